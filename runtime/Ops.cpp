//===- Ops.cpp - Opcode-level semantics -----------------------------------===//
#include "runtime/GcVector.h"
#include "runtime/Ops.h"
#include "runtime/Abstract.h"
#include "runtime/Errors.h"
#include "runtime/Frame.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/Runtime.h"
#include "runtime/objects/Code.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Exception.h"
#include "runtime/objects/Function.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Set.h"
#include "runtime/objects/Slice.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <cstring>

namespace kiln::rt {

// --- Names ---------------------------------------------------------------------

namespace {

Value nameError(Str *name) {
  Value exc = exceptionNew(&NameErrorType,
                           tupleOf({strFromUtf8("name '" + strToUtf8(name) + "' is not defined")}));
  if (!exc)
    return Value();
  exc.as<BaseException>()->fields[0] = Value::object(name);
  setCurrentException(exc);
  return Value();
}

} // namespace

Value opLoadName(Frame *f, Str *name) {
  Value locals = f->locals;
  if (locals) {
    Value v;
    if (isExactDict(locals)) {
      v = dictGetStr(locals.as<Dict>(), name);
    } else {
      v = getItem(locals, Value::object(name));
      if (!v) {
        if (!errMatches(&KeyErrorType))
          return Value();
        clearError();
      }
    }
    if (v)
      return v;
  }
  Value v = dictGetStr(f->globals, name);
  if (v)
    return v;
  v = dictGetStr(f->builtins, name);
  if (v)
    return v;
  return nameError(name);
}

Value opLoadGlobal(Frame *f, Str *name) {
  Value v = dictGetStr(f->globals, name);
  if (v)
    return v;
  v = dictGetStr(f->builtins, name);
  if (v)
    return v;
  return nameError(name);
}

Value opLoadGlobalCached(Frame *f, Str *name, GlobalCache *cache) {
  if (Value *slot = dictLookupSlotStr(f->globals, name)) {
    *cache = {f->globals, f->globals->version, nullptr, 0, slot};
    return *slot;
  }
  if (Value *slot = dictLookupSlotStr(f->builtins, name)) {
    *cache = {f->globals, f->globals->version, f->builtins, f->builtins->version, slot};
    return *slot;
  }
  return opLoadGlobal(f, name);
}

int opStoreName(Frame *f, Str *name, Value v) {
  Value locals = f->locals;
  if (!locals) {
    raise(&SystemErrorType, "no locals found when storing '%s'", strToUtf8(name).c_str());
    return -1;
  }
  if (isExactDict(locals))
    return dictSetStr(locals.as<Dict>(), name, v);
  return setItem(locals, Value::object(name), v);
}

int opDeleteName(Frame *f, Str *name) {
  Value locals = f->locals;
  if (!locals) {
    raise(&SystemErrorType, "no locals when deleting '%s'", strToUtf8(name).c_str());
    return -1;
  }
  if (isExactDict(locals)) {
    int r = dictDel(locals.as<Dict>(), Value::object(name));
    if (r == 0) {
      nameError(name);
      return -1;
    }
    return r < 0 ? -1 : 0;
  }
  if (delItem(locals, Value::object(name)) < 0) {
    if (errMatches(&KeyErrorType)) {
      clearError();
      nameError(name);
    }
    return -1;
  }
  return 0;
}

int opDeleteGlobal(Frame *f, Str *name) {
  int r = dictDel(f->globals, Value::object(name));
  if (r == 0) {
    nameError(name);
    return -1;
  }
  return r < 0 ? -1 : 0;
}

Value opLoadClassDeref(Frame *f, int index) {
  Str *name = f->code->localsplusNames->items[index].as<Str>();
  Value locals = f->locals;
  if (locals) {
    Value v;
    if (isExactDict(locals)) {
      v = dictGetStr(locals.as<Dict>(), name);
    } else {
      v = getItem(locals, Value::object(name));
      if (!v) {
        if (!errMatches(&KeyErrorType))
          return Value();
        clearError();
      }
    }
    if (v)
      return v;
  }
  Value v = f->localsplus()[index].as<Cell>()->contents;
  if (!v)
    return opUnboundDeref(f, index);
  return v;
}

Value opUnboundLocal(Frame *f, int index) {
  Str *name = f->code->localsplusNames->items[index].as<Str>();
  Value exc = exceptionNew(
      &UnboundLocalErrorType,
      tupleOf({strFromUtf8("cannot access local variable '" + strToUtf8(name) +
                           "' where it is not associated with a value")}));
  if (exc) {
    exc.as<BaseException>()->fields[0] = Value::object(name);
    setCurrentException(exc);
  }
  return Value();
}

Value opUnboundDeref(Frame *f, int index) {
  Code *co = f->code;
  if (index < co->nlocalsplus - co->nfrees)
    return opUnboundLocal(f, index);
  Str *name = co->localsplusNames->items[index].as<Str>();
  Value exc = exceptionNew(&NameErrorType,
                           tupleOf({strFromUtf8("cannot access free variable '" + strToUtf8(name) +
                                                "' where it is not associated with a value in "
                                                "enclosing scope")}));
  if (exc) {
    exc.as<BaseException>()->fields[0] = Value::object(name);
    setCurrentException(exc);
  }
  return Value();
}

// --- Unpacking ------------------------------------------------------------------

namespace {

/// A slice bound of None or a small int, clamped to [0, length] as
/// slice.indices does for step 1; false for any other bound.
bool clampedBound(Value v, int64_t length, int64_t dflt, int64_t *out) {
  if (isNone(v)) {
    *out = dflt;
    return true;
  }
  if (!v.isSmall())
    return false;
  int64_t i = v.smallValue();
  if (i < 0) {
    i += length;
    if (i < 0)
      i = 0;
  } else if (i > length) {
    i = length;
  }
  *out = i;
  return true;
}

} // namespace

Value opGetSlice(Value container, Value start, Value stop) {
  int64_t length = -1;
  if (isExactStr(container))
    length = container.as<Str>()->length;
  else if (isExactList(container))
    length = container.as<List>()->size;
  else if (isExactTuple(container))
    length = container.as<Tuple>()->size;
  int64_t lo, hi;
  if (length >= 0 && clampedBound(start, length, 0, &lo) && clampedBound(stop, length, length, &hi)) {
    if (hi < lo)
      hi = lo;
    if (isExactStr(container))
      return strSubstring(container, lo, hi);
    if (isExactList(container))
      return Value::object(listFromArray(container.as<List>()->items + lo, hi - lo));
    if (lo == 0 && hi == length)
      return container; // an exact tuple's whole slice is itself
    return Value::object(tupleFromArray(container.as<Tuple>()->items + lo, hi - lo));
  }
  Value slice = sliceNew(start, stop, None());
  if (!slice)
    return Value();
  return getItem(container, slice);
}

bool opUnpack(Value seq, int n, Value *out) {
  const Value *items = nullptr;
  int64_t size = -1;
  if (isExactTuple(seq)) {
    items = seq.as<Tuple>()->items;
    size = seq.as<Tuple>()->size;
  } else if (isExactList(seq)) {
    items = seq.as<List>()->items;
    size = seq.as<List>()->size;
  }
  if (items) {
    if (size == n) {
      for (int i = 0; i < n; i++)
        out[i] = items[i];
      return true;
    }
    if (size < n)
      raise(&ValueErrorType, "not enough values to unpack (expected %d, got %lld)", n,
            (long long)size);
    else
      raise(&ValueErrorType, "too many values to unpack (expected %d)", n);
    return false;
  }
  Value it = getIter(seq);
  if (!it) {
    if (errMatches(&TypeErrorType) && !typeOf(seq)->iter && !typeOf(seq)->getitem) {
      clearError();
      raise(&TypeErrorType, "cannot unpack non-iterable %s object", typeName(seq));
    }
    return false;
  }
  for (int i = 0; i < n; i++) {
    Value v = iterNext(it);
    if (!v) {
      if (!errOccurred())
        raise(&ValueErrorType, "not enough values to unpack (expected %d, got %d)", n, i);
      return false;
    }
    out[i] = v;
  }
  Value extra = iterNext(it);
  if (extra) {
    raise(&ValueErrorType, "too many values to unpack (expected %d)", n);
    return false;
  }
  return !errOccurred();
}

bool opUnpackEx(Value seq, int before, int after, Value *out) {
  Value it = getIter(seq);
  if (!it) {
    if (errMatches(&TypeErrorType) && !typeOf(seq)->iter && !typeOf(seq)->getitem) {
      clearError();
      raise(&TypeErrorType, "cannot unpack non-iterable %s object", typeName(seq));
    }
    return false;
  }
  for (int i = 0; i < before; i++) {
    Value v = iterNext(it);
    if (!v) {
      if (!errOccurred())
        raise(&ValueErrorType, "not enough values to unpack (expected at least %d, got %d)",
              before + after, i);
      return false;
    }
    out[i] = v;
  }
  Value rest = listFromIterable(it);
  if (!rest)
    return false;
  List *l = rest.as<List>();
  if (l->size < after) {
    raise(&ValueErrorType, "not enough values to unpack (expected at least %d, got %lld)",
          before + after, (long long)(before + l->size));
    return false;
  }
  for (int i = 0; i < after; i++)
    out[before + 1 + i] = l->items[l->size - after + i];
  listResize(l, l->size - after);
  out[before] = rest;
  return true;
}

// --- Exceptions --------------------------------------------------------------------

bool opRaise(Value exc, Value cause, int argc) {
  if (argc == 0) {
    Value handled = handledException();
    if (!handled) {
      raise(&RuntimeErrorType, "No active exception to reraise");
      return false;
    }
    ts.curExc = handled;
    return true;
  }
  Value instance;
  if (isExceptionClass(exc)) {
    instance = call(exc, {});
    if (!instance)
      return false;
    if (!isException(instance)) {
      raise(&TypeErrorType,
            "calling %s should have returned an instance of BaseException, not %s",
            strToUtf8(repr(exc)).c_str(), typeName(instance));
      return false;
    }
  } else if (isException(exc)) {
    instance = exc;
  } else {
    raise(&TypeErrorType, "exceptions must derive from BaseException");
    return false;
  }
  if (cause) {
    Value c;
    if (isExceptionClass(cause)) {
      c = call(cause, {});
      if (!c)
        return false;
    } else if (isException(cause)) {
      c = cause;
    } else if (isNone(cause)) {
      c = Value();
    } else {
      raise(&TypeErrorType, "exception causes must derive from BaseException");
      return false;
    }
    instance.as<BaseException>()->cause = c;
    instance.as<BaseException>()->suppressContext = true;
  }
  setCurrentException(instance);
  return false;
}

namespace {
bool checkCatchable(Value type, bool star) {
  auto bad = [&]() {
    raise(&TypeErrorType, "catching classes that do not inherit from BaseException is not allowed");
    return false;
  };
  if (isTuple(type)) {
    Tuple *t = type.as<Tuple>();
    for (int64_t i = 0; i < t->size; i++) {
      if (!isExceptionClass(t->items[i]))
        return bad();
      if (star && isSubtype(t->items[i].as<Type>(), &BaseExceptionGroupType)) {
        raise(&TypeErrorType, "catching ExceptionGroup with except* is not allowed. Use except instead.");
        return false;
      }
    }
    return true;
  }
  if (!isExceptionClass(type))
    return bad();
  if (star && isSubtype(type.as<Type>(), &BaseExceptionGroupType)) {
    raise(&TypeErrorType, "catching ExceptionGroup with except* is not allowed. Use except instead.");
    return false;
  }
  return true;
}
} // namespace

int opExceptionMatches(Value exc, Value type) {
  if (!checkCatchable(type, false))
    return -1;
  return isInstanceOf(exc, type);
}

bool opExceptionGroupMatch(Value eg, Value type, Value *rest, Value *match) {
  if (!checkCatchable(type, true))
    return false;
  if (isNone(eg)) {
    *rest = None();
    *match = None();
    return true;
  }
  int m = isInstanceOf(eg, type);
  if (m < 0)
    return false;
  if (m) {
    // A naked exception matching except*: wrap it in a group.
    Value matched = eg;
    if (!isInstance(eg, &BaseExceptionGroupType)) {
      matched = call(Value::object(&BaseExceptionGroupType),
                     {strFromAscii(""), Value::object(tupleOf({eg}))});
      if (!matched)
        return false;
      matched.as<BaseException>()->traceback = eg.as<BaseException>()->traceback;
    }
    *match = matched;
    *rest = None();
    ts.excInfo->value = matched; // a bare `raise` in the handler re-raises the match
    return true;
  }
  if (isInstance(eg, &BaseExceptionGroupType)) {
    Value pair = callMethod(eg, intern("split"), {type});
    if (!pair)
      return false;
    Tuple *t = pair.as<Tuple>();
    *match = t->items[0];
    *rest = t->items[1];
    if (!isNone(*match))
      ts.excInfo->value = *match;
    return true;
  }
  *match = None();
  *rest = eg;
  return true;
}

namespace {

/// Collects the leaf exceptions of \p e (by identity) into \p out.
void collectLeaves(Value e, GcVector<Value> &out) {
  if (isInstance(e, &BaseExceptionGroupType)) {
    Tuple *t = e.as<BaseException>()->fields[1].as<Tuple>();
    for (int64_t i = 0; i < t->size; i++)
      collectLeaves(t->items[i], out);
  } else {
    out.push_back(e);
  }
}

/// The part of group \p e whose leaves are in \p keep (null when none).
Value projectGroup(Value e, const GcVector<Value> &keep) {
  if (!isInstance(e, &BaseExceptionGroupType)) {
    for (Value k : keep)
      if (k == e)
        return e;
    return Value();
  }
  GcVector<Value> leaves;
  collectLeaves(e, leaves);
  auto pred = [&](Value x) {
    for (Value k : keep)
      if (k == x)
        return true;
    return false;
  };
  // split() with a predicate on leaves.
  struct Pred : Object {};
  List *kept = listNew();
  Tuple *t = e.as<BaseException>()->fields[1].as<Tuple>();
  for (int64_t i = 0; i < t->size; i++) {
    Value sub = projectGroup(t->items[i], keep);
    if (sub)
      listAppend(kept, sub);
  }
  (void)pred;
  if (kept->size == 0)
    return Value();
  if (kept->size == t->size) {
    bool same = true;
    for (int64_t i = 0; i < t->size; i++)
      same &= kept->items[i] == t->items[i];
    if (same)
      return e;
  }
  Value g = callMethod(e, intern("derive"), {Value::object(kept)});
  if (!g)
    return Value();
  BaseException *src = e.as<BaseException>(), *dst = g.as<BaseException>();
  dst->traceback = src->traceback;
  dst->cause = src->cause;
  dst->context = src->context;
  dst->suppressContext = src->suppressContext;
  if (src->dict) {
    Value notes = dictGetStr(src->dict, names.notes);
    if (notes) {
      if (!dst->dict)
        dst->dict = dictNew();
      dictSetStr(dst->dict, names.notes, notes);
    }
  }
  return g;
}

} // namespace

Value opPrepReraiseStar(Value orig, Value listV) {
  List *raised = listV.as<List>();
  if (raised->size == 0)
    return None();
  if (!isInstance(orig, &BaseExceptionGroupType)) {
    // A naked exception caught by except*: at most one item to re-raise.
    for (int64_t i = 0; i < raised->size; i++)
      if (!isNone(raised->items[i]))
        return raised->items[i];
    return None();
  }
  GcVector<Value> origLeaves;
  collectLeaves(orig, origLeaves);
  GcVector<Value> reraisedLeaves;
  List *newRaised = listNew();
  for (int64_t i = 0; i < raised->size; i++) {
    Value e = raised->items[i];
    if (isNone(e))
      continue;
    GcVector<Value> leaves;
    collectLeaves(e, leaves);
    bool fromOrig = !leaves.empty();
    for (Value l : leaves) {
      bool found = false;
      for (Value o : origLeaves)
        found |= o == l;
      fromOrig &= found;
    }
    if (fromOrig)
      for (Value l : leaves)
        reraisedLeaves.push_back(l);
    else
      listAppend(newRaised, e);
  }
  Value reraised = reraisedLeaves.empty() ? Value() : projectGroup(orig, reraisedLeaves);
  if (errOccurred())
    return Value();
  if (newRaised->size == 0)
    return reraised ? reraised : None();
  if (reraised)
    listAppend(newRaised, reraised);
  if (newRaised->size == 1)
    return newRaised->items[0];
  return call(Value::object(&ExceptionGroupType), {strFromAscii(""), Value::object(newRaised)});
}

// --- with --------------------------------------------------------------------------

Value opBeforeWith(Value mgr, Value *exitOut) {
  Value enter = lookupSpecial(mgr, names.enter);
  if (!enter) {
    if (!errOccurred())
      raise(&TypeErrorType, "'%s' object does not support the context manager protocol",
            typeName(mgr));
    return Value();
  }
  Value exit = lookupSpecial(mgr, names.exit);
  if (!exit) {
    if (!errOccurred())
      raise(&TypeErrorType,
            "'%s' object does not support the context manager protocol (missed __exit__ method)",
            typeName(mgr));
    return Value();
  }
  *exitOut = exit;
  return call(enter, {});
}

Value opWithExceptStart(Value exit, Value exc) {
  Value tb = exc.as<BaseException>()->traceback;
  return call(exit, {Value::object(typeOf(exc)), exc, tb ? tb : None()});
}

// --- Calls and collection building --------------------------------------------------

namespace {
/// How call errors name the callee: `module.qualname()`, with no module for
/// builtins, or str(func) when it has no __qualname__ (CPython's
/// _PyObject_FunctionStr).
std::string funcDescription(Value func) {
  Value qual = getAttrOpt(func, names.qualname);
  if (!qual || !isStr(qual)) {
    clearError();
    Value s = str(func);
    if (!s) {
      clearError();
      return typeName(func);
    }
    return strToUtf8(s);
  }
  Value mod = getAttrOpt(func, names.module);
  clearError();
  std::string q = strToUtf8(qual) + "()";
  if (mod && isStr(mod) && !strEqualsAscii(mod.as<Str>(), "builtins"))
    return strToUtf8(mod) + "." + q;
  return q;
}
} // namespace

Value opCallFunctionEx(Value func, Value args, Value kwargs) {
  if (!isExactTuple(args)) {
    if (!typeOf(args)->iter && !typeOf(args)->getitem)
      return raise(&TypeErrorType, "%s argument after * must be an iterable, not %s",
                   funcDescription(func).c_str(), typeName(args));
    args = tupleFromIterable(args);
    if (!args)
      return Value();
  }
  if (kwargs && !isExactDict(kwargs)) {
    Dict *d = dictNew();
    if (opDictMerge(Value::object(d), kwargs, func) < 0)
      return Value();
    kwargs = Value::object(d);
  }
  return callWithTupleDict(func, args, kwargs);
}

int opDictMerge(Value dict, Value other, Value func) {
  Value desc = strFromUtf8(funcDescription(func));
  return dictMerge(dict.as<Dict>(), other, true, desc);
}

int opDictUpdate(Value dict, Value other) {
  if (dictMerge(dict.as<Dict>(), other, false, Value()) < 0) {
    return -1;
  }
  return 0;
}

int opListExtend(Value list, Value iterable) {
  if (listExtend(list.as<List>(), iterable) < 0) {
    if (errMatches(&TypeErrorType) && !typeOf(iterable)->iter && !typeOf(iterable)->getitem) {
      clearError();
      raise(&TypeErrorType, "Value after * must be an iterable, not %s", typeName(iterable));
    }
    return -1;
  }
  return 0;
}

Value opFormatValue(Value v, int conversion, Value spec) {
  switch (conversion) {
  case 1: v = str(v); break;
  case 2: v = repr(v); break;
  case 3: v = ascii(v); break;
  default: break;
  }
  if (!v)
    return Value();
  if (!spec && isExactStr(v))
    return v;
  return format(v, spec);
}

Value opBuildString(const Value *items, int n) { return strConcatMany(items, n); }

// --- Pattern matching -----------------------------------------------------------------

bool opMatchMapping(Value subject) { return typeOf(subject)->flags & TF_MAPPING; }

/// Sequence patterns match sequences other than str, bytes and bytearray.
bool opMatchSequence(Value subject) {
  return (typeOf(subject)->flags & TF_SEQUENCE) && !isStr(subject) && !isBytes(subject) &&
         !isInstance(subject, &ByteArrayType);
}

Value opMatchKeys(Value subject, Value keysV) {
  Tuple *keys = keysV.as<Tuple>();
  if (keys->size == 0)
    return Value::object(emptyTuple());
  Value get = getAttr(subject, "get");
  if (!get)
    return Value();
  // A unique sentinel tells "missing" from a stored None.
  static Object sentinelObj{&ObjectType};
  Value sentinel = Value::object(&sentinelObj);
  Tuple *values = tupleNew(keys->size);
  SetObject *seen = setNew();
  for (int64_t i = 0; i < keys->size; i++) {
    Value k = keys->items[i];
    int dup = setAdd(seen, k);
    if (dup < 0)
      return Value();
    if (dup == 0) {
      Value r = repr(k);
      return raise(&ValueErrorType, "mapping pattern checks duplicate key (%s)",
                   r ? strToUtf8(r).c_str() : "?");
    }
    Value v = call(get, {k, sentinel});
    if (!v)
      return Value();
    if (v == sentinel)
      return None();
    values->items[i] = v;
  }
  return Value::object(values);
}

Value opMatchClass(Value subject, Value cls, int nargs, Value kwnamesV) {
  if (!isType(cls))
    return raise(&TypeErrorType, "called match pattern must be a type");
  int inst = isInstanceOf(subject, cls);
  if (inst < 0)
    return Value();
  if (!inst)
    return None();
  Type *type = cls.as<Type>();
  Tuple *kwnames = kwnamesV.as<Tuple>();
  List *attrs = listNew();
  GcVector<Value> seen;
  auto getOne = [&](Value name) -> Value {
    for (Value s : seen)
      if (isStr(s) && strEqual(s.as<Str>(), name.as<Str>())) {
        raise(&TypeErrorType, "%s() got multiple sub-patterns for attribute %s", typeName(type),
              strToUtf8(repr(name)).c_str());
        return Value();
      }
    seen.push_back(name);
    Value v = getAttrOpt(subject, name.as<Str>());
    return v;
  };
  if (nargs) {
    // Self-matching built-ins take the subject itself as the one positional.
    bool selfMatch = type->flags & (TF_INT_SUBCLASS | TF_STR_SUBCLASS | TF_TUPLE_SUBCLASS |
                                    TF_LIST_SUBCLASS | TF_DICT_SUBCLASS | TF_BYTES_SUBCLASS |
                                    TF_FLOAT_SUBCLASS);
    selfMatch |= type == &BoolType || type == &SetType || type == &FrozenSetType ||
                 type == &ByteArrayType;
    Value matchArgs = getAttrOpt(cls, names.match_args);
    if (!matchArgs && errOccurred())
      return Value();
    if (!matchArgs && selfMatch && !(type->flags & TF_HEAPTYPE && false)) {
      if (nargs > 1)
        return raise(&TypeErrorType, "%s() accepts 1 positional sub-pattern (%d given)",
                     typeName(type), nargs);
      listAppend(attrs, subject);
    } else {
      if (!matchArgs)
        matchArgs = Value::object(emptyTuple());
      if (!isTuple(matchArgs))
        return raise(&TypeErrorType, "%s.__match_args__ must be a tuple (got %s)",
                     typeName(type), typeName(matchArgs));
      Tuple *ma = matchArgs.as<Tuple>();
      if (nargs > ma->size)
        return raise(&TypeErrorType, "%s() accepts %lld positional sub-pattern%s (%d given)",
                     typeName(type), (long long)ma->size, ma->size == 1 ? "" : "s", nargs);
      for (int i = 0; i < nargs; i++) {
        Value n = ma->items[i];
        if (!isStr(n))
          return raise(&TypeErrorType, "__match_args__ elements must be strings (got %s)",
                       typeName(n));
        Value v = getOne(n);
        if (!v)
          return errOccurred() ? Value() : None();
        listAppend(attrs, v);
      }
    }
  }
  for (int64_t i = 0; i < kwnames->size; i++) {
    Value v = getOne(kwnames->items[i]);
    if (!v)
      return errOccurred() ? Value() : None();
    listAppend(attrs, v);
  }
  return Value::object(tupleFromArray(attrs->items, attrs->size));
}

// --- Miscellaneous ---------------------------------------------------------------------

bool opSetupAnnotations(Frame *f) {
  Value locals = f->locals;
  if (!locals) {
    raise(&SystemErrorType, "no locals found when setting up annotations");
    return false;
  }
  if (isExactDict(locals)) {
    if (dictGetStr(locals.as<Dict>(), names.annotations))
      return true;
    return dictSetStr(locals.as<Dict>(), names.annotations, Value::object(dictNew())) == 0;
  }
  Value v = getItem(locals, Value::object(names.annotations));
  if (v)
    return true;
  if (!errMatches(&KeyErrorType))
    return false;
  clearError();
  return setItem(locals, Value::object(names.annotations), Value::object(dictNew())) == 0;
}

bool opPrintExpr(Value v) {
  Value hook = sysGet("displayhook");
  if (!hook) {
    raise(&RuntimeErrorType, "lost sys.displayhook");
    return false;
  }
  return !call(hook, {v}).isNull();
}

Value opImportName(Frame *f, Str *name, Value fromlist, Value level) {
  Value imp = dictGetStr(f->builtins, names.import_);
  if (!imp)
    return raise(&ImportErrorType, "__import__ not found");
  if (typeOf(imp) == &BuiltinFunctionType) {
    int64_t lv = 0;
    if (!intToSsize(level, &lv))
      return Value();
    return importModule(Value::object(name), Value::object(f->globals), fromlist, int(lv));
  }
  Value locals = f->locals ? f->locals : None();
  return call(imp, {Value::object(name), Value::object(f->globals), locals, fromlist, level});
}

bool opHandleSignals() {
  if (ts.sigintPending) {
    ts.sigintPending = 0;
    raiseObject(Value::object(&KeyboardInterruptType));
    return false;
  }
  return true;
}

} // namespace kiln::rt
