//===- Abstract.cpp - The object protocol ---------------------------------===//
#include "runtime/GcVector.h"
#include "runtime/Abstract.h"
#include "runtime/Errors.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/objects/Bytes.h"
#include "runtime/objects/GenericAlias.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Float.h"
#include "runtime/objects/Format.h"
#include "runtime/objects/Function.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <cstring>
#include <vector>

namespace kiln::rt {

// --- Attributes ------------------------------------------------------------------

Value getAttr(Value obj, Str *name) {
  GetAttrFn ga = typeOf(obj)->getattr;
  if (!ga)
    return raise(&AttributeErrorType, "'%s' object has no attribute '%s'", typeName(obj),
                 strToUtf8(name).c_str());
  Value r = ga(obj, name);
  if (!r && errMatches(&AttributeErrorType)) {
    // Fill in AttributeError.name/obj (3.10+), used by "Did you mean".
    Value e = ts.curExc;
    extern void attributeErrorSetContext(Value exc, Value obj, Str * name);
    attributeErrorSetContext(e, obj, name);
  }
  return r;
}

Value getAttr(Value obj, const char *name) { return getAttr(obj, intern(name)); }

Value getAttrOpt(Value obj, Str *name) {
  Value r = getAttr(obj, name);
  if (!r && errMatches(&AttributeErrorType))
    clearError();
  return r;
}

int setAttr(Value obj, Str *name, Value value) {
  SetAttrFn sa = typeOf(obj)->setattr;
  if (!sa) {
    if (typeOf(obj)->getattr)
      raise(&AttributeErrorType, "'%s' object has no attribute '%s'", typeName(obj),
            strToUtf8(name).c_str());
    else
      raise(&TypeErrorType, "'%s' object has no attributes (%s .%s)", typeName(obj),
            value ? "assign to" : "del", strToUtf8(name).c_str());
    return -1;
  }
  return sa(obj, name, value);
}

int delAttr(Value obj, Str *name) { return setAttr(obj, name, Value()); }

Value lookupSpecial(Value obj, Str *name) {
  Type *t = typeOf(obj);
  Value attr = typeLookup(t, name);
  if (!attr)
    return Value();
  DescrGetFn get = typeOf(attr)->descrGet;
  if (get)
    return get(attr, obj, Value::object(t));
  return attr;
}

bool getMethod(Value obj, Str *name, Value *out) {
  Type *t = typeOf(obj);
  if (t->getattr == genericGetAttr) {
    Value attr = typeLookup(t, name);
    if (attr) {
      Type *at = typeOf(attr);
      if (at == &FunctionType || at == &MethodDescrType) {
        Dict **dp = instanceDictPtr(obj);
        Value shadow = dp && *dp ? dictGetStr(*dp, name) : Value();
        if (!shadow) {
          *out = attr;
          return true;
        }
        *out = shadow;
        return false;
      }
    }
  }
  *out = getAttr(obj, name);
  return false;
}

// --- Calls ------------------------------------------------------------------------

Value call(Value callable, const Value *args, size_t nargs, Tuple *kwnames) {
  Type *t = typeOf(callable);
  if (t == &FunctionType)
    return functionCall(callable, args, nargs, kwnames);
  CallFn c = t->call;
  if (!c)
    return raise(&TypeErrorType, "'%s' object is not callable", typeName(callable));
  if (!enterCall(" while calling a Python object"))
    return Value();
  Value r = c(callable, args, nargs, kwnames);
  leaveCall();
  return r;
}

Value call(Value callable, std::initializer_list<Value> args) {
  return call(callable, args.begin(), args.size(), nullptr);
}

Value callWithTupleDict(Value callable, Value args, Value kwargs) {
  Tuple *t = args ? args.as<Tuple>() : emptyTuple();
  if (!kwargs || kwargs.as<Dict>()->used == 0)
    return call(callable, t->items, size_t(t->size), nullptr);
  Dict *d = kwargs.as<Dict>();
  size_t nkw = size_t(d->used);
  GcVector<Value> all(t->items, t->items + t->size);
  Tuple *kwnames = tupleNew(int64_t(nkw));
  int64_t pos = 0, i = 0;
  Value k, v;
  while (dictNext(d, &pos, &k, &v)) {
    if (!isStr(k))
      return raise(&TypeErrorType, "keywords must be strings");
    kwnames->items[i++] = k;
    all.push_back(v);
  }
  return call(callable, all.data(), size_t(t->size), kwnames);
}

Value callMethod(Value obj, Str *name, std::initializer_list<Value> args) {
  Value m = getAttr(obj, name);
  if (!m)
    return Value();
  return call(m, args.begin(), args.size(), nullptr);
}

bool isCallable(Value v) { return typeOf(v)->call != nullptr; }

// --- Operators ----------------------------------------------------------------------

namespace {

const char *opSymbols[] = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
const char *inplaceSymbols[] = {"+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=",
                                "-=", "/=", "^="};

/// CPython's binary_op1: left slot, right slot (first when the right type
/// is a subclass), NotImplemented when neither applies.
Value binaryOp1(Value a, Value b, int op) {
  Type *ta = typeOf(a), *tb = typeOf(b);
  BinaryFn slotA = ta->binary[op];
  BinaryFn slotB = ta != tb ? tb->binary[op] : nullptr;
  if (slotB == slotA)
    slotB = nullptr;
  if (slotA) {
    if (slotB && isSubtype(tb, ta)) {
      Value r = slotB(a, b);
      if (r != NotImplemented())
        return r;
      slotB = nullptr;
    }
    Value r = slotA(a, b);
    if (r != NotImplemented())
      return r;
  }
  if (slotB)
    return slotB(a, b);
  return NotImplemented();
}

Value binaryTypeError(Value a, Value b, const char *sym) {
  if (!strcmp(sym, "**"))
    return raise(&TypeErrorType, "unsupported operand type(s) for %s or pow(): '%s' and '%s'",
                 sym, typeName(a), typeName(b));
  if (!strcmp(sym, ">>") && typeOf(a) == &BuiltinFunctionType &&
      !strcmp(a.as<BuiltinFunction>()->def->name, "print"))
    return raise(&TypeErrorType,
                 "unsupported operand type(s) for >>: '%s' and '%s'. Did you mean "
                 "\"print(<message>, file=<output_stream>)\"?",
                 typeName(a), typeName(b));
  return raise(&TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", sym,
               typeName(a), typeName(b));
}

} // namespace

Value concatTypeError(Value a, Value b) {
  if (isBytes(a) || isByteArray(a))
    return raise(&TypeErrorType, "can't concat %s to %s", typeName(b), typeName(a));
  const char *kind = isStr(a) ? "str" : isList(a) ? "list" : "tuple";
  return raise(&TypeErrorType, "can only concatenate %s (not \"%s\") to %s", kind, typeName(b),
               kind);
}

Value binaryOp(Value a, Value b, int op) {
  bool inplace = op >= kNumBinaryOps;
  int base = inplace ? op - kNumBinaryOps : op;
  if (inplace) {
    Type *ta = typeOf(a);
    BinaryFn ip = ta->inplace[base];
    if (ip && base == 0 && (ta->flags & TF_CONCAT)) {
      // `list += x` (bytearray too) is CPython's sq_inplace_concat, tried
      // after x's __radd__, which a number slot of x's type may answer.
      Type *tb = typeOf(b);
      BinaryFn other = tb->binary[0];
      if (other && other != ta->binary[0]) {
        Value r = other(a, b);
        if (r != NotImplemented())
          return r;
      }
      return ip(a, b);
    }
    if (ip) {
      Value r = ip(a, b);
      if (r != NotImplemented())
        return r;
    }
  }
  Value r = binaryOp1(a, b, base);
  if (r != NotImplemented())
    return r;
  // Sequence concatenation/repetition through the sequence protocol is
  // folded into the + and * slots of the built-in sequences, which answer
  // NotImplemented for an operand they cannot take (so that the other
  // operand's __radd__ / __rmul__ gets its turn); then CPython's sequence
  // message.
  if (base == 0 && (isStr(a) || isList(a) || isTuple(a) || isBytes(a) || isByteArray(a)))
    return concatTypeError(a, b);
  if (base == 5) {
    auto isSeq = [](Value v) {
      return isStr(v) || isBytes(v) || isByteArray(v) || isList(v) || isTuple(v);
    };
    if (isSeq(a) || isSeq(b))
      return raise(&TypeErrorType, "can't multiply sequence by non-int of type '%s'",
                   typeName(isSeq(a) ? b : a));
  }
  return binaryTypeError(a, b, inplace ? inplaceSymbols[base] : opSymbols[base]);
}

namespace {
Value unaryError(const char *sym, Value v) {
  return raise(&TypeErrorType, "bad operand type for %s: '%s'", sym, typeName(v));
}
} // namespace

Value unaryNegative(Value v) {
  if (v.isSmall())
    return intFromI64(-v.smallValue());
  UnaryFn f = typeOf(v)->negative;
  return f ? f(v) : unaryError("unary -", v);
}

Value unaryPositive(Value v) {
  if (v.isSmall())
    return v;
  UnaryFn f = typeOf(v)->positive;
  return f ? f(v) : unaryError("unary +", v);
}

Value unaryInvert(Value v) {
  if (v.isSmall())
    return Value::small(~v.smallValue());
  UnaryFn f = typeOf(v)->invert;
  return f ? f(v) : unaryError("unary ~", v);
}

Value absolute(Value v) {
  UnaryFn f = typeOf(v)->absolute;
  return f ? f(v) : unaryError("abs()", v);
}

Value power3(Value a, Value b, Value m) {
  if (isNone(m))
    return binaryOp(a, b, 8);
  TernaryFn f = typeOf(a)->power3;
  if (f) {
    Value r = f(a, b, m);
    if (r != NotImplemented())
      return r;
  }
  if (typeOf(b)->power3 && typeOf(b)->power3 != f) {
    Value r = typeOf(b)->power3(a, b, m);
    if (r != NotImplemented())
      return r;
  }
  return raise(&TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
               typeName(a), typeName(b), typeName(m));
}

Value divmod(Value a, Value b) {
  // divmod dispatches through __divmod__/__rdivmod__.
  Value f = lookupSpecial(a, names.divmod);
  if (f) {
    Value r = call(f, {b});
    if (!r || r != NotImplemented())
      return r;
  } else if (errOccurred()) {
    return Value();
  }
  if (typeOf(a) != typeOf(b)) {
    Value g = lookupSpecial(b, names.rdivmod);
    if (g) {
      Value r = call(g, {a});
      if (!r || r != NotImplemented())
        return r;
    } else if (errOccurred()) {
      return Value();
    }
  }
  return raise(&TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'",
               typeName(a), typeName(b));
}

int isTrue(Value v) {
  if (v == TrueValue)
    return 1;
  if (v == FalseValue || v == None())
    return 0;
  if (v.isSmall())
    return v.smallValue() != 0;
  Type *t = v.obj()->type;
  if (t->boolSlot)
    return t->boolSlot(v);
  if (t->len) {
    int64_t n = t->len(v);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

Value unaryNot(Value v) {
  int t = isTrue(v);
  if (t < 0)
    return Value();
  return boolValue(!t);
}

// --- Comparisons ----------------------------------------------------------------------

namespace {
const int swappedOp[] = {4, 5, 2, 3, 0, 1};
const char *cmpSymbols[] = {"<", "<=", "==", "!=", ">", ">="};
} // namespace

Value richCompare(Value a, Value b, int op) {
  if (a.isSmall() && b.isSmall()) {
    int64_t x = a.smallValue(), y = b.smallValue();
    return boolValue(compareNumbers(op, x, y));
  }
  if (!enterCall(" in comparison"))
    return Value();
  Type *ta = typeOf(a), *tb = typeOf(b);
  bool checkedReverse = false;
  Value r;
  if (ta != tb && isSubtype(tb, ta) && tb->richcompare) {
    checkedReverse = true;
    r = tb->richcompare(b, a, swappedOp[op]);
    if (r != NotImplemented()) {
      leaveCall();
      return r;
    }
  }
  if (ta->richcompare) {
    r = ta->richcompare(a, b, op);
    if (r != NotImplemented()) {
      leaveCall();
      return r;
    }
  }
  if (!checkedReverse && tb->richcompare) {
    r = tb->richcompare(b, a, swappedOp[op]);
    if (r != NotImplemented()) {
      leaveCall();
      return r;
    }
  }
  leaveCall();
  if (op == 2)
    return boolValue(a == b);
  if (op == 3)
    return boolValue(a != b);
  return raise(&TypeErrorType, "'%s' not supported between instances of '%s' and '%s'",
               cmpSymbols[op], typeName(a), typeName(b));
}

int richCompareBool(Value a, Value b, int op) {
  if (a == b) {
    if (op == 2)
      return 1;
    if (op == 3)
      return 0;
  }
  Value r = richCompare(a, b, op);
  if (!r)
    return -1;
  if (r == TrueValue)
    return 1;
  if (r == FalseValue)
    return 0;
  return isTrue(r);
}

// --- Text ----------------------------------------------------------------------------

namespace {
/// Containers whose built-in repr is running, for `[...]` on recursion
/// (CPython's Py_ReprEnter list).
GcVector<Object *> reprStack;
} // namespace

Value reprGuarded(Value v, const char *recursive, UnaryFn body) {
  for (Object *o : reprStack)
    if (o == v.obj())
      return recursive ? strFromAscii(recursive)
                       : strFromUtf8(std::string(typeName(v)) + "(...)");
  reprStack.push_back(v.obj());
  Value r = body(v);
  reprStack.pop_back();
  return r;
}

Value repr(Value v) {
  if (v.isSmall())
    return intRepr(v);
  Type *t = v.obj()->type;
  if (t == &StrType)
    return strRepr(v);
  UnaryFn r = t->repr ? t->repr : objectRepr;
  if (!enterCall(" while getting the repr of an object"))
    return Value();
  Value res = r(v);
  leaveCall();
  if (res && !isStr(res))
    return raise(&TypeErrorType, "__repr__ returned non-string (type %s)", typeName(res));
  return res;
}

Value str(Value v) {
  if (isExactStr(v))
    return v;
  if (v.isSmall())
    return intRepr(v);
  Type *t = v.obj()->type;
  // Without a str slot of its own, the repr slot answers (object.__str__),
  // and a non-str result is reported as __str__'s, as CPython does.
  UnaryFn s = t->str ? t->str : (t->repr ? t->repr : objectRepr);
  if (!enterCall(" while getting the str of an object"))
    return Value();
  Value res = s(v);
  leaveCall();
  if (res && !isStr(res))
    return raise(&TypeErrorType, "__str__ returned non-string (type %s)", typeName(res));
  return res;
}

Value ascii(Value v) {
  Value r = repr(v);
  if (!r)
    return Value();
  if (r.as<Str>()->ascii)
    return r;
  return strFromUtf8(asciiEscape(strToUtf8(r)));
}

Value format(Value v, Value spec) {
  if (!spec)
    spec = Value::object(names.empty);
  if (isExactStr(v) && spec.as<Str>()->length == 0)
    return v;
  if (v.isSmall() && spec.as<Str>()->length == 0)
    return intRepr(v);
  // The __format__ of exact int, float and str cannot be replaced: called
  // directly, without a bound method.
  if (isStr(spec)) {
    Str *sp = spec.as<Str>();
    if (isExactInt(v))
      return formatInt(v, sp);
    if (isExactFloat(v))
      return sp->length ? formatFloat(floatValue(v), sp) : str(v);
    if (isExactStr(v))
      return formatStr(v, sp);
  }
  Value f = lookupSpecial(v, names.format);
  if (!f) {
    if (!errOccurred())
      raise(&TypeErrorType, "Type %s doesn't define __format__", typeName(v));
    return Value();
  }
  Value r = call(f, {spec});
  if (r && !isStr(r))
    return raise(&TypeErrorType, "__format__ must return a str, not %s", typeName(r));
  return r;
}

bool reprUtf8(Value v, std::string &out) {
  Value r = repr(v);
  if (!r)
    return false;
  out = strToUtf8(r);
  return true;
}

// --- Hashing ---------------------------------------------------------------------------

Value raiseUnhashable(Value v) {
  return raise(&TypeErrorType, "unhashable type: '%s'", typeName(v));
}

bool hash(Value v, int64_t *out) {
  if (v.isSmall()) {
    *out = intHash(v);
    return true;
  }
  Type *t = v.obj()->type;
  if (t == &StrType) {
    *out = strHash(v.as<Str>());
    return true;
  }
  if (!t->hash) {
    raiseUnhashable(v);
    return false;
  }
  return t->hash(v, out);
}

// --- Iteration ---------------------------------------------------------------------------

namespace {

/// The iterator of objects that only have __getitem__.
struct SeqIter : Object {
  Value seq;
  int64_t index;
};
Type SeqIterType;

Value seqIterNext(Value v) {
  SeqIter *it = v.as<SeqIter>();
  if (!it->seq)
    return Value();
  Value item = getItem(it->seq, intFromI64(it->index));
  if (!item) {
    if (errMatches(&IndexErrorType) || errMatches(&StopIterationType)) {
      clearError();
      it->seq = Value();
    }
    return Value();
  }
  it->index++;
  return item;
}

/// What is left of a sequence with a length; NotImplemented (no hint) for
/// one without.
Value seqIterLengthHint(Value v) {
  SeqIter *it = v.as<SeqIter>();
  if (!it->seq)
    return Value::small(0);
  if (!typeOf(it->seq)->len)
    return NotImplemented();
  int64_t n = length(it->seq);
  if (n < 0)
    return Value();
  return Value::small(n - it->index >= 0 ? n - it->index : 0);
}

const MethodDef seqIterMethods[] = {
    KILN_METH_NOARGS("__length_hint__", seqIterLengthHint),
    {nullptr},
};

Value iterSelf(Value v) { return v; }

} // namespace

Value getIter(Value v) {
  Type *t = typeOf(v);
  if (t->iter) {
    Value it = t->iter(v);
    if (it && !typeOf(it)->next)
      return raise(&TypeErrorType, "iter() returned non-iterator of type '%s'", typeName(it));
    return it;
  }
  if (t->getitem && !(t->flags & TF_MAPPING) && t != &DictType) {
    SeqIter *it = newObject<SeqIter>(&SeqIterType);
    if (!it)
      return Value();
    it->seq = v;
    it->index = 0;
    return Value::object(it);
  }
  return raise(&TypeErrorType, "'%s' object is not iterable", typeName(v));
}

Value iterNext(Value it) {
  IterNextFn n = typeOf(it)->next;
  if (!n)
    return raise(&TypeErrorType, "'%s' object is not an iterator", typeName(it));
  Value v = n(it);
  // As PyIter_Next: a StopIteration (a generator returning a value) is
  // just the end of the iteration for consumers.
  if (!v && errOccurred() && errMatches(&StopIterationType))
    clearError();
  return v;
}

// --- Containers ---------------------------------------------------------------------------

Value getItem(Value container, Value key) {
  Type *t = typeOf(container);
  if (t->getitem)
    return t->getitem(container, key);
  if (isType(container)) {
    if (container == Value::object(&TypeType))
      return genericAliasNew(container, key); // type[int]: no __class_getitem__ on type
    Value cgi = getAttrOpt(container, names.class_getitem);
    if (cgi)
      return call(cgi, {key});
    if (errOccurred())
      return Value();
    return raise(&TypeErrorType, "type '%s' is not subscriptable",
                 typeName(container.as<Type>()));
  }
  return raise(&TypeErrorType, "'%s' object is not subscriptable", typeName(container));
}

int setItem(Value container, Value key, Value value) {
  SetItemFn f = typeOf(container)->setitem;
  if (!f) {
    raise(&TypeErrorType, "'%s' object does not support item assignment", typeName(container));
    return -1;
  }
  return f(container, key, value);
}

int delItem(Value container, Value key) {
  SetItemFn f = typeOf(container)->setitem;
  if (!f) {
    raise(&TypeErrorType, "'%s' object doesn't support item deletion", typeName(container));
    return -1;
  }
  return f(container, key, Value());
}

int64_t length(Value v) {
  LenFn f = typeOf(v)->len;
  if (!f) {
    raise(&TypeErrorType, "object of type '%s' has no len()", typeName(v));
    return -1;
  }
  return f(v);
}

int contains(Value container, Value item) {
  ContainsFn f = typeOf(container)->contains;
  if (f)
    return f(container, item);
  int result = 0;
  Value it = getIter(container);
  if (!it) {
    if (errMatches(&TypeErrorType)) {
      clearError();
      raise(&TypeErrorType, "argument of type '%s' is not iterable", typeName(container));
    }
    return -1;
  }
  for (;;) {
    Value x = iterNext(it);
    if (!x)
      return errOccurred() ? -1 : 0;
    int eq = equal(x, item);
    if (eq != 0) {
      result = eq;
      break;
    }
  }
  return result;
}

int64_t lengthHint(Value v, int64_t dflt) {
  if (LenFn f = typeOf(v)->len) {
    int64_t n = f(v);
    if (n >= 0)
      return n;
    if (!errMatches(&TypeErrorType))
      return -1;
    clearError();
  }
  Value hint = lookupSpecial(v, names.length_hint);
  if (!hint)
    return errOccurred() ? -1 : dflt;
  Value r = call(hint, nullptr, 0, nullptr);
  if (!r) {
    if (!errMatches(&TypeErrorType))
      return -1;
    clearError();
    return dflt;
  }
  if (r == NotImplemented())
    return dflt;
  if (!isInt(r)) {
    raise(&TypeErrorType, "__length_hint__ must be an integer, not %s", typeName(r));
    return -1;
  }
  int64_t n;
  if (!intAsI64(r, &n)) {
    raise(&OverflowErrorType, "cannot fit 'int' into an index-sized integer");
    return -1;
  }
  if (n < 0) {
    raise(&ValueErrorType, "__length_hint__() should return >= 0");
    return -1;
  }
  return n;
}

// --- Numbers --------------------------------------------------------------------------------

Value numberInt(Value v) {
  if (isExactInt(v))
    return v;
  return call(Value::object(&IntType), {v});
}

Value numberFloat(Value v) {
  if (isExactFloat(v))
    return v;
  return call(Value::object(&FloatType), {v});
}

// --- isinstance / issubclass -------------------------------------------------------------

namespace {

/// The __bases__ of a class-like object, or null.
Value abstractBases(Value cls) {
  Value b = getAttrOpt(cls, intern("__bases__"));
  if (!b || !isTuple(b))
    return Value();
  return b;
}

int abstractIsSubclass(Value derived, Value cls) {
  for (;;) {
    if (derived == cls)
      return 1;
    Value bases = abstractBases(derived);
    if (!bases)
      return errOccurred() ? -1 : 0;
    Tuple *t = bases.as<Tuple>();
    if (t->size == 0)
      return 0;
    for (int64_t i = 0; i + 1 < t->size; i++) {
      int r = abstractIsSubclass(t->items[i], cls);
      if (r != 0)
        return r;
    }
    derived = t->items[t->size - 1];
  }
}

} // namespace

int isInstanceOf(Value obj, Value cls) {
  if (isType(cls) && typeOf(obj) == cls.as<Type>())
    return 1;
  if (isExactTuple(cls)) {
    Tuple *t = cls.as<Tuple>();
    for (int64_t i = 0; i < t->size; i++) {
      int r = isInstanceOf(obj, t->items[i]);
      if (r != 0)
        return r;
    }
    return 0;
  }
  if (isType(cls) && typeOf(cls) == &TypeType)
    return isInstance(obj, cls.as<Type>()) ||
           [&] {
             Value c = getAttrOpt(obj, names.class_);
             return c && isType(c) && c.as<Type>() != typeOf(obj) &&
                    isSubtype(c.as<Type>(), cls.as<Type>());
           }();
  Value checker = lookupSpecial(cls, names.instancecheck);
  if (checker) {
    if (!enterCall(" in __instancecheck__"))
      return -1;
    Value r = call(checker, {obj});
    leaveCall();
    if (!r)
      return -1;
    return isTrue(r);
  }
  if (errOccurred())
    return -1;
  if (!isType(cls) && !abstractBases(cls)) {
    raise(&TypeErrorType,
          "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
  }
  Value c = getAttrOpt(obj, names.class_);
  if (!c)
    return errOccurred() ? -1 : 0;
  return abstractIsSubclass(c, cls);
}

int isSubclassOf(Value derived, Value cls) {
  if (isType(cls) && isType(derived) && typeOf(cls) == &TypeType)
    return isSubtype(derived.as<Type>(), cls.as<Type>());
  if (isExactTuple(cls)) {
    Tuple *t = cls.as<Tuple>();
    for (int64_t i = 0; i < t->size; i++) {
      int r = isSubclassOf(derived, t->items[i]);
      if (r != 0)
        return r;
    }
    return 0;
  }
  Value checker = lookupSpecial(cls, names.subclasscheck);
  if (checker) {
    if (!enterCall(" in __subclasscheck__"))
      return -1;
    Value r = call(checker, {derived});
    leaveCall();
    if (!r)
      return -1;
    return isTrue(r);
  }
  if (errOccurred())
    return -1;
  if (!isType(derived) && !abstractBases(derived)) {
    raise(&TypeErrorType, "issubclass() arg 1 must be a class");
    return -1;
  }
  if (!isType(cls) && !abstractBases(cls)) {
    raise(&TypeErrorType, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
  }
  return abstractIsSubclass(derived, cls);
}

void initAbstract() {
  typeInitBuiltin(&SeqIterType, "iterator", &ObjectType, sizeof(SeqIter), 0);
  SeqIterType.iter = iterSelf;
  SeqIterType.next = seqIterNext;
  typeReady(&SeqIterType, seqIterMethods);
}

} // namespace kiln::rt
