//===- TypeSlots.cpp - Slots <-> dunder methods ---------------------------===//
///
/// Two directions, one table (kSlotDefs):
///  - a built-in type's slot is exposed in its dict as a wrapper descriptor
///    (`int.__add__`, `list.__len__`), so Python code can call and inherit
///    it;
///  - a heap type's slot is chosen from the dunders its MRO defines: when
///    every dunder of the slot's group is still the wrapper of one built-in
///    function, that function is inherited directly (a subclass of list
///    keeps list's fast __len__); otherwise a dispatcher calls the dunder.
///
/// The binary dispatchers follow CPython's rules for reflected operands:
/// `a + b` tries b.__radd__ first when type(b) is a proper subclass of
/// type(a) that overrides it.
///
//===----------------------------------------------------------------------===//
#include "runtime/Abstract.h"
#include "runtime/Errors.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Exception.h"
#include "runtime/objects/Function.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <array>
#include <cstring>
#include <utility>

namespace kiln::rt {

Type WrapperDescrType, MethodWrapperType;

namespace {

enum class SlotKind : uint8_t {
  Repr, Str, Hash, RichCmp, GetAttribute, GetAttr, SetAttr, DelAttr, Call, Iter, Next,
  Get, Set, Delete, Init, Len, GetItem, SetItem, DelItem, Contains, Bool, Neg, Pos,
  Invert, Abs, Int, Float, Index, BinL, BinR, Inplace,
};

struct SlotDef {
  const char *name;
  SlotKind kind;
  int index; ///< compare op or NB_* index
};

const SlotDef kSlotDefs[] = {
    {"__repr__", SlotKind::Repr, 0},
    {"__str__", SlotKind::Str, 0},
    {"__hash__", SlotKind::Hash, 0},
    {"__lt__", SlotKind::RichCmp, 0},
    {"__le__", SlotKind::RichCmp, 1},
    {"__eq__", SlotKind::RichCmp, 2},
    {"__ne__", SlotKind::RichCmp, 3},
    {"__gt__", SlotKind::RichCmp, 4},
    {"__ge__", SlotKind::RichCmp, 5},
    {"__getattribute__", SlotKind::GetAttribute, 0},
    {"__getattr__", SlotKind::GetAttr, 0},
    {"__setattr__", SlotKind::SetAttr, 0},
    {"__delattr__", SlotKind::DelAttr, 0},
    {"__call__", SlotKind::Call, 0},
    {"__iter__", SlotKind::Iter, 0},
    {"__next__", SlotKind::Next, 0},
    {"__get__", SlotKind::Get, 0},
    {"__set__", SlotKind::Set, 0},
    {"__delete__", SlotKind::Delete, 0},
    {"__init__", SlotKind::Init, 0},
    {"__len__", SlotKind::Len, 0},
    {"__getitem__", SlotKind::GetItem, 0},
    {"__setitem__", SlotKind::SetItem, 0},
    {"__delitem__", SlotKind::DelItem, 0},
    {"__contains__", SlotKind::Contains, 0},
    {"__bool__", SlotKind::Bool, 0},
    {"__neg__", SlotKind::Neg, 0},
    {"__pos__", SlotKind::Pos, 0},
    {"__invert__", SlotKind::Invert, 0},
    {"__abs__", SlotKind::Abs, 0},
    {"__int__", SlotKind::Int, 0},
    {"__float__", SlotKind::Float, 0},
    {"__index__", SlotKind::Index, 0},
#define BIN(l, r, i, in) {l, SlotKind::BinL, i}, {r, SlotKind::BinR, i}, {in, SlotKind::Inplace, i},
    BIN("__add__", "__radd__", 0, "__iadd__")
    BIN("__and__", "__rand__", 1, "__iand__")
    BIN("__floordiv__", "__rfloordiv__", 2, "__ifloordiv__")
    BIN("__lshift__", "__rlshift__", 3, "__ilshift__")
    BIN("__matmul__", "__rmatmul__", 4, "__imatmul__")
    BIN("__mul__", "__rmul__", 5, "__imul__")
    BIN("__mod__", "__rmod__", 6, "__imod__")
    BIN("__or__", "__ror__", 7, "__ior__")
    BIN("__pow__", "__rpow__", 8, "__ipow__")
    BIN("__rshift__", "__rrshift__", 9, "__irshift__")
    BIN("__sub__", "__rsub__", 10, "__isub__")
    BIN("__truediv__", "__rtruediv__", 11, "__itruediv__")
    BIN("__xor__", "__rxor__", 12, "__ixor__")
#undef BIN
};
constexpr int kNumSlotDefs = sizeof(kSlotDefs) / sizeof(kSlotDefs[0]);

Str *slotNames[kNumSlotDefs];

Str *slotName(int i) {
  if (!slotNames[i])
    slotNames[i] = intern(kSlotDefs[i].name);
  return slotNames[i];
}

/// The function stored in \p t's slot for a slot def (as void*).
void *slotFunction(Type *t, const SlotDef &d) {
  switch (d.kind) {
  case SlotKind::Repr: return (void *)t->repr;
  case SlotKind::Str: return (void *)t->str;
  case SlotKind::Hash: return (void *)t->hash;
  case SlotKind::RichCmp: return (void *)t->richcompare;
  case SlotKind::GetAttribute: return (void *)t->getattr;
  case SlotKind::GetAttr: return nullptr;
  case SlotKind::SetAttr:
  case SlotKind::DelAttr: return (void *)t->setattr;
  case SlotKind::Call: return (void *)t->call;
  case SlotKind::Iter: return (void *)t->iter;
  case SlotKind::Next: return (void *)t->next;
  case SlotKind::Get: return (void *)t->descrGet;
  case SlotKind::Set:
  case SlotKind::Delete: return (void *)t->descrSet;
  case SlotKind::Init: return (void *)t->init;
  case SlotKind::Len: return (void *)t->len;
  case SlotKind::GetItem: return (void *)t->getitem;
  case SlotKind::SetItem:
  case SlotKind::DelItem: return (void *)t->setitem;
  case SlotKind::Contains: return (void *)t->contains;
  case SlotKind::Bool: return (void *)t->boolSlot;
  case SlotKind::Neg: return (void *)t->negative;
  case SlotKind::Pos: return (void *)t->positive;
  case SlotKind::Invert: return (void *)t->invert;
  case SlotKind::Abs: return (void *)t->absolute;
  case SlotKind::Int: return (void *)t->toInt;
  case SlotKind::Float: return (void *)t->toFloat;
  case SlotKind::Index: return (void *)t->toIndex;
  case SlotKind::BinL:
  case SlotKind::BinR: return (void *)t->binary[d.index];
  case SlotKind::Inplace: return (void *)t->inplace[d.index];
  }
  return nullptr;
}

// --- Wrapper descriptors: built-in slots as dunder methods -------------------

struct WrapperDescr : Object {
  Type *owner;
  const SlotDef *def;
  void *fn;
};

struct MethodWrapper : Object {
  WrapperDescr *descr;
  Value self;
};

Value checkArgs(const WrapperDescr *w, size_t nargs, size_t want, Tuple *kwnames) {
  if (kwnames && kwnames->size)
    return raise(&TypeErrorType, "wrapper %s() takes no keyword arguments", w->def->name);
  if (nargs != want)
    return raise(&TypeErrorType, "expected %zu argument%s, got %zu", want, want == 1 ? "" : "s",
                 nargs);
  return None();
}

/// The built-in sequences' + and * are CPython's sq_concat / sq_repeat:
/// called as methods (`"".__add__(1)`), they raise where the operator
/// answers NotImplemented to give the other operand its turn.
Value sequenceResult(const WrapperDescr *w, Value self, Value arg, Value r) {
  if (r != NotImplemented() || !(w->owner->flags & TF_CONCAT))
    return r;
  if (w->def->index == 0 && w->def->kind != SlotKind::BinR)
    return concatTypeError(self, arg);
  if (w->def->index == 5)
    return raise(&TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(arg));
  return r;
}

/// Calls the wrapped slot with self and the arguments.
Value wrapperInvoke(const WrapperDescr *w, Value self, const Value *args, size_t nargs,
                    Tuple *kwnames) {
  const SlotDef &d = *w->def;
  auto need = [&](size_t n) { return checkArgs(w, nargs, n, kwnames); };
  switch (d.kind) {
  case SlotKind::Repr:
  case SlotKind::Str:
  case SlotKind::Iter:
  case SlotKind::Neg:
  case SlotKind::Pos:
  case SlotKind::Invert:
  case SlotKind::Abs:
  case SlotKind::Int:
  case SlotKind::Float:
  case SlotKind::Index:
    if (!need(0))
      return Value();
    return reinterpret_cast<UnaryFn>(w->fn)(self);
  case SlotKind::Next: {
    if (!need(0))
      return Value();
    Value r = reinterpret_cast<IterNextFn>(w->fn)(self);
    if (!r && !errOccurred())
      return raiseObject(Value::object(&StopIterationType));
    return r;
  }
  case SlotKind::Hash: {
    if (!need(0))
      return Value();
    int64_t h;
    if (!reinterpret_cast<HashFn>(w->fn)(self, &h))
      return Value();
    return intFromI64(h);
  }
  case SlotKind::RichCmp:
    if (!need(1))
      return Value();
    return reinterpret_cast<RichCmpFn>(w->fn)(self, args[0], d.index);
  case SlotKind::GetAttribute:
    if (!need(1))
      return Value();
    if (!isStr(args[0]))
      return raise(&TypeErrorType, "attribute name must be string, not '%s'", typeName(args[0]));
    return reinterpret_cast<GetAttrFn>(w->fn)(self, args[0].as<Str>());
  case SlotKind::GetAttr:
    return Value();
  case SlotKind::SetAttr:
    if (!need(2))
      return Value();
    if (!isStr(args[0]))
      return raise(&TypeErrorType, "attribute name must be string, not '%s'", typeName(args[0]));
    if (reinterpret_cast<SetAttrFn>(w->fn)(self, args[0].as<Str>(), args[1]) < 0)
      return Value();
    return None();
  case SlotKind::DelAttr:
    if (!need(1))
      return Value();
    if (!isStr(args[0]))
      return raise(&TypeErrorType, "attribute name must be string, not '%s'", typeName(args[0]));
    if (reinterpret_cast<SetAttrFn>(w->fn)(self, args[0].as<Str>(), Value()) < 0)
      return Value();
    return None();
  case SlotKind::Call:
    return reinterpret_cast<CallFn>(w->fn)(self, args, nargs, kwnames);
  case SlotKind::Get: {
    if (kwnames && kwnames->size)
      return raise(&TypeErrorType, "wrapper __get__() takes no keyword arguments");
    if (nargs < 1 || nargs > 2)
      return raise(&TypeErrorType, "expected 1 or 2 arguments, got %zu", nargs);
    Value obj = isNone(args[0]) ? Value() : args[0];
    Value type = nargs > 1 ? args[1] : Value();
    if (isNone(type))
      type = Value();
    if (!obj && !type)
      return raise(&TypeErrorType, "__get__(None, None) is invalid");
    if (!type)
      type = Value::object(typeOf(obj));
    return reinterpret_cast<DescrGetFn>(w->fn)(self, obj, type);
  }
  case SlotKind::Set:
    if (!need(2))
      return Value();
    if (reinterpret_cast<DescrSetFn>(w->fn)(self, args[0], args[1]) < 0)
      return Value();
    return None();
  case SlotKind::Delete:
    if (!need(1))
      return Value();
    if (reinterpret_cast<DescrSetFn>(w->fn)(self, args[0], Value()) < 0)
      return Value();
    return None();
  case SlotKind::Init:
    if (reinterpret_cast<InitFn>(w->fn)(self, args, nargs, kwnames) < 0)
      return Value();
    return None();
  case SlotKind::Len: {
    if (!need(0))
      return Value();
    int64_t n = reinterpret_cast<LenFn>(w->fn)(self);
    if (n < 0)
      return Value();
    return intFromI64(n);
  }
  case SlotKind::GetItem:
    if (!need(1))
      return Value();
    return reinterpret_cast<BinaryFn>(w->fn)(self, args[0]);
  case SlotKind::SetItem:
    if (!need(2))
      return Value();
    if (reinterpret_cast<SetItemFn>(w->fn)(self, args[0], args[1]) < 0)
      return Value();
    return None();
  case SlotKind::DelItem:
    if (!need(1))
      return Value();
    if (reinterpret_cast<SetItemFn>(w->fn)(self, args[0], Value()) < 0)
      return Value();
    return None();
  case SlotKind::Contains: {
    if (!need(1))
      return Value();
    int r = reinterpret_cast<ContainsFn>(w->fn)(self, args[0]);
    if (r < 0)
      return Value();
    return boolValue(r);
  }
  case SlotKind::Bool: {
    if (!need(0))
      return Value();
    int r = reinterpret_cast<InquiryFn>(w->fn)(self);
    if (r < 0)
      return Value();
    return boolValue(r);
  }
  case SlotKind::BinL:
  case SlotKind::Inplace:
    if (d.kind == SlotKind::BinL && d.index == 8 && nargs == 2) {
      // __pow__(other, mod)
      if (isNone(args[1]))
        return reinterpret_cast<BinaryFn>(w->fn)(self, args[0]);
      TernaryFn p3 = w->owner->power3;
      if (!p3)
        return NotImplemented();
      return p3(self, args[0], args[1]);
    }
    if (!need(1))
      return Value();
    return sequenceResult(w, self, args[0], reinterpret_cast<BinaryFn>(w->fn)(self, args[0]));
  case SlotKind::BinR:
    if (!need(1))
      return Value();
    return sequenceResult(w, self, args[0], reinterpret_cast<BinaryFn>(w->fn)(args[0], self));
  }
  return Value();
}

Value wrapperDescrCall(Value callable, const Value *args, size_t nargs, Tuple *kwnames) {
  WrapperDescr *w = callable.as<WrapperDescr>();
  if (nargs < 1)
    return raise(&TypeErrorType, "descriptor '%s' of '%s' object needs an argument",
                 w->def->name, typeName(w->owner));
  if (!isInstance(args[0], w->owner))
    return raise(&TypeErrorType, "descriptor '%s' requires a '%s' object but received a '%s'",
                 w->def->name, typeName(w->owner), typeName(args[0]));
  return wrapperInvoke(w, args[0], args + 1, nargs - 1, kwnames);
}

Value wrapperDescrGet(Value descr, Value obj, Value type) {
  if (!obj)
    return descr;
  WrapperDescr *w = descr.as<WrapperDescr>();
  if (!isInstance(obj, w->owner))
    return raise(&TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                 w->def->name, typeName(w->owner), typeName(obj));
  MethodWrapper *m = newObject<MethodWrapper>(&MethodWrapperType);
  if (!m)
    return Value();
  m->descr = w;
  m->self = obj;
  return Value::object(m);
}

Value wrapperDescrRepr(Value self) {
  WrapperDescr *w = self.as<WrapperDescr>();
  return strFromUtf8(std::string("<slot wrapper '") + w->def->name + "' of '" +
                     typeName(w->owner) + "' objects>");
}

Value methodWrapperCall(Value callable, const Value *args, size_t nargs, Tuple *kwnames) {
  MethodWrapper *m = callable.as<MethodWrapper>();
  return wrapperInvoke(m->descr, m->self, args, nargs, kwnames);
}

Value methodWrapperRepr(Value self) {
  MethodWrapper *m = self.as<MethodWrapper>();
  char buf[32];
  snprintf(buf, sizeof buf, "%p", (void *)m->self.bits());
  return strFromUtf8(std::string("<method-wrapper '") + m->descr->def->name + "' of " +
                     typeName(m->self) + " object at " + buf + ">");
}

Value wrapperGetName(Value self) {
  return Value::object(intern(self.as<WrapperDescr>()->def->name));
}
Value wrapperGetQualname(Value self) {
  WrapperDescr *w = self.as<WrapperDescr>();
  return strFromUtf8(std::string(typeName(w->owner)) + "." + w->def->name);
}
Value wrapperGetObjclass(Value self) { return Value::object(self.as<WrapperDescr>()->owner); }
Value methodWrapperGetName(Value self) {
  return Value::object(intern(self.as<MethodWrapper>()->descr->def->name));
}
Value methodWrapperGetSelf(Value self) { return self.as<MethodWrapper>()->self; }

const GetSetDef wrapperGetSets[] = {
    {"__name__", wrapperGetName, nullptr},
    {"__qualname__", wrapperGetQualname, nullptr},
    {"__objclass__", wrapperGetObjclass, nullptr},
    {nullptr},
};
const GetSetDef methodWrapperGetSets[] = {
    {"__name__", methodWrapperGetName, nullptr},
    {"__self__", methodWrapperGetSelf, nullptr},
    {nullptr},
};

// --- Dispatchers of heap types ---------------------------------------------

Value callSpecial0(Value self, Str *name) {
  bool found;
  Value r = callSpecial(self, name, nullptr, 0, &found);
  if (!found && !errOccurred())
    return raise(&AttributeErrorType, "%s", strToUtf8(name).c_str());
  return r;
}

Value callSpecial1(Value self, Str *name, Value arg, bool *found) {
  return callSpecial(self, name, &arg, 1, found);
}

Value slotRepr(Value self) { return callSpecial0(self, names.repr); }
Value slotStr(Value self) { return callSpecial0(self, names.str); }

bool slotHash(Value self, int64_t *out) {
  Value r = callSpecial0(self, names.hash);
  if (!r)
    return false;
  if (!isInt(r)) {
    raise(&TypeErrorType, "__hash__ method should return an integer");
    return false;
  }
  // A result that fits in 64 bits is the hash as it is; only larger ones
  // are reduced as hash(int) does (CPython's slot_tp_hash).
  int64_t h;
  if (!intAsI64(r, &h))
    h = intHash(r);
  *out = h == -1 ? -2 : h;
  return true;
}

Str *richNames(int op) {
  switch (op) {
  case 0: return names.lt;
  case 1: return names.le;
  case 2: return names.eq;
  case 3: return names.ne;
  case 4: return names.gt;
  default: return names.ge;
  }
}

Value slotRichCompare(Value self, Value other, int op) {
  bool found;
  Value r = callSpecial1(self, richNames(op), other, &found);
  if (!found && !errOccurred())
    return NotImplemented();
  return r;
}

Value slotGetAttribute(Value self, Str *name) {
  Value n = Value::object(name);
  bool found;
  Value r = callSpecial(self, names.getattribute, &n, 1, &found);
  if (!found && !errOccurred())
    return genericGetAttr(self, name);
  return r;
}

/// __getattribute__ then, on AttributeError, __getattr__.
Value slotGetAttrHook(Value self, Str *name) {
  Type *t = typeOf(self);
  Value ga = typeLookup(t, names.getattribute);
  Value r;
  if (!ga || (typeOf(ga) == &WrapperDescrType &&
              ga.as<WrapperDescr>()->fn == reinterpret_cast<void *>(genericGetAttr)))
    r = genericGetAttr(self, name);
  else
    r = slotGetAttribute(self, name);
  if (r || !errMatches(&AttributeErrorType))
    return r;
  Value hook = typeLookup(t, names.getattr);
  if (!hook)
    return r;
  clearError();
  Value n = Value::object(name);
  bool found;
  return callSpecial(self, names.getattr, &n, 1, &found);
}

int slotSetAttr(Value self, Str *name, Value value) {
  bool found;
  Value r;
  if (value) {
    Value args[2] = {Value::object(name), value};
    r = callSpecial(self, names.setattr, args, 2, &found);
  } else {
    Value n = Value::object(name);
    r = callSpecial(self, names.delattr, &n, 1, &found);
  }
  if (!found && !errOccurred())
    return genericSetAttr(self, name, value);
  return r ? 0 : -1;
}

Value slotCall(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value f = lookupSpecial(self, names.call);
  if (!f) {
    if (!errOccurred())
      raise(&TypeErrorType, "'%s' object is not callable", typeName(self));
    return Value();
  }
  return call(f, args, nargs, kwnames);
}

Value slotIter(Value self) {
  Value f = typeLookup(typeOf(self), names.iter);
  if (f && isNone(f))
    return raise(&TypeErrorType, "'%s' object is not iterable", typeName(self));
  return callSpecial0(self, names.iter);
}

Value slotNext(Value self) {
  Value r = callSpecial0(self, names.next);
  if (!r && errMatches(&StopIterationType) && isNone(stopIterationValue(ts.curExc))) {
    // The iteration protocol's "end": no exception. A StopIteration with a
    // value stays (the result yield from / await pass on), as a
    // generator's next slot leaves it.
    clearError();
  }
  return r;
}

Value slotDescrGet(Value self, Value obj, Value type) {
  Value args[2] = {obj ? obj : None(), type ? type : None()};
  bool found;
  return callSpecial(self, names.get, args, 2, &found);
}

int slotDescrSet(Value self, Value obj, Value value) {
  bool found;
  Value r;
  if (value) {
    Value args[2] = {obj, value};
    r = callSpecial(self, names.set, args, 2, &found);
  } else {
    r = callSpecial(self, names.delete_, &obj, 1, &found);
  }
  if (!found && !errOccurred()) {
    raise(&AttributeErrorType, value ? "__set__" : "__delete__");
    return -1;
  }
  return r ? 0 : -1;
}

/// The check and error of slotInit for __init__'s result \p r.
int initResult(Value r) {
  if (!r)
    return -1;
  if (!isNone(r)) {
    raise(&TypeErrorType, "__init__() should return None, not '%s'", typeName(r));
    return -1;
  }
  return 0;
}

int slotInit(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value f = typeLookup(typeOf(self), names.init);
  if (!f)
    return 0;
  Value r;
  if (typeOf(f) == &FunctionType) {
    size_t total = nargs + (kwnames ? kwnames->size : 0);
    ValueBuffer<16> buf;
    Value *all = total + 1 <= 16 ? buf.data() : allocValues(total + 1);
    all[0] = self;
    for (size_t i = 0; i < total; i++)
      all[i + 1] = args[i];
    r = functionCall(f, all, nargs + 1, kwnames);
  } else {
    Value bound = lookupSpecial(self, names.init);
    if (!bound)
      return -1;
    r = call(bound, args, nargs, kwnames);
  }
  return initResult(r);
}

} // namespace

Value typeCallWithRoom(Type *type, Value *args, size_t nargs) {
  // What type.__call__ does for such a class (objectNew, then slotInit),
  // with __init__ called on the caller's argument array.
  if (type->newFn != objectNew || type->init != slotInit || typeOf(Value::object(type)) != &TypeType)
    return call(Value::object(type), args, nargs, nullptr);
  Value init = typeLookup(type, names.init);
  if (!init || typeOf(init) != &FunctionType)
    return call(Value::object(type), args, nargs, nullptr);
  Value obj = objectNew(type, args, nargs, nullptr);
  if (!obj)
    return Value();
  args[-1] = obj;
  if (initResult(functionCall(init, args - 1, nargs + 1, nullptr)) < 0)
    return Value();
  return obj;
}

Value slotNew(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  Value f = typeLookup(type, names.new_);
  if (!f)
    return raise(&TypeErrorType, "cannot create '%s' instances", typeName(type));
  // __new__ is a static method: get it through the descriptor protocol.
  DescrGetFn get = typeOf(f)->descrGet;
  if (get) {
    f = get(f, Value(), Value::object(type));
    if (!f)
      return Value();
  }
  size_t total = nargs + (kwnames ? kwnames->size : 0);
  ValueBuffer<16> buf;
  Value *all = total + 1 <= 16 ? buf.data() : allocValues(total + 1);
  all[0] = Value::object(type);
  for (size_t i = 0; i < total; i++)
    all[i + 1] = args[i];
  return call(f, all, nargs + 1, kwnames);
}

namespace {

int64_t slotLen(Value self) {
  Value r = callSpecial0(self, names.len);
  if (!r)
    return -1;
  if (!isInt(r)) {
    Value idx = lookupSpecial(r, names.index);
    if (!idx) {
      if (!errOccurred())
        raise(&TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(r));
      return -1;
    }
    r = call(idx, {});
    if (!r)
      return -1;
  }
  if (intSign(r) < 0) {
    raise(&ValueErrorType, "__len__() should return >= 0");
    return -1;
  }
  int64_t n;
  if (!intAsI64(r, &n)) {
    raise(&OverflowErrorType, "cannot fit 'int' into an index-sized integer");
    return -1;
  }
  return n;
}

Value slotGetItem(Value self, Value key) {
  bool found;
  Value r = callSpecial1(self, names.getitem, key, &found);
  if (!found && !errOccurred())
    return raise(&TypeErrorType, "'%s' object is not subscriptable", typeName(self));
  return r;
}

int slotSetItem(Value self, Value key, Value value) {
  bool found;
  Value r;
  if (value) {
    Value args[2] = {key, value};
    r = callSpecial(self, names.setitem, args, 2, &found);
    if (!found && !errOccurred())
      raise(&TypeErrorType, "'%s' object does not support item assignment", typeName(self));
  } else {
    r = callSpecial(self, names.delitem, &key, 1, &found);
    if (!found && !errOccurred())
      raise(&TypeErrorType, "'%s' object doesn't support item deletion", typeName(self));
  }
  return r ? 0 : -1;
}

int slotContains(Value self, Value item) {
  Value f = typeLookup(typeOf(self), names.contains);
  if (f && isNone(f)) {
    raise(&TypeErrorType, "'%s' object is not a container", typeName(self));
    return -1;
  }
  bool found;
  Value r = callSpecial1(self, names.contains, item, &found);
  if (!found) {
    if (errOccurred())
      return -1;
    // No __contains__: fall back to iteration.
    int result = 0;
    if (!forEach(self, [&](Value v) {
          int eq = equal(v, item);
          if (eq != 0) {
            result = eq;
            return false;
          }
          return true;
        }))
      return -1;
    return result;
  }
  if (!r)
    return -1;
  return isTrue(r);
}

int slotBool(Value self) {
  Type *t = typeOf(self);
  Value f = typeLookup(t, names.bool_);
  if (f) {
    Value r = callSpecial0(self, names.bool_);
    if (!r)
      return -1;
    if (!isBool(r)) {
      raise(&TypeErrorType, "__bool__ should return bool, returned %s", typeName(r));
      return -1;
    }
    return r == TrueValue;
  }
  Value lf = typeLookup(t, names.len);
  if (lf) {
    int64_t n = slotLen(self);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

#define UNARY_DISPATCH(fn, nm)                                                            \
  Value fn(Value self) { return callSpecial0(self, names.nm); }
UNARY_DISPATCH(slotNeg, neg)
UNARY_DISPATCH(slotPos, pos)
UNARY_DISPATCH(slotInvert, invert)
UNARY_DISPATCH(slotAbs, abs_)
UNARY_DISPATCH(slotInt, int_)
UNARY_DISPATCH(slotFloat, float_)
UNARY_DISPATCH(slotIndex, index)
#undef UNARY_DISPATCH

/// The slot-def index of each binary operator's __op__ / __rop__ /
/// __iop__, found once (the dispatchers below run on every operator).
struct OperatorDefs {
  int16_t left[kNumBinaryOps], right[kNumBinaryOps], inplace[kNumBinaryOps];
  OperatorDefs() {
    for (int op = 0; op < kNumBinaryOps; op++)
      left[op] = right[op] = inplace[op] = -1;
    for (int i = 0; i < kNumSlotDefs; i++) {
      int op = kSlotDefs[i].index;
      int16_t *table = kSlotDefs[i].kind == SlotKind::BinL    ? left
                       : kSlotDefs[i].kind == SlotKind::BinR  ? right
                       : kSlotDefs[i].kind == SlotKind::Inplace ? inplace
                                                                : nullptr;
      if (table && op >= 0 && op < kNumBinaryOps && table[op] < 0)
        table[op] = int16_t(i);
    }
  }
};
const OperatorDefs operatorDefs;

Str *binaryName(int op, bool right) {
  int i = right ? operatorDefs.right[op] : operatorDefs.left[op];
  return slotName(i < 0 ? 0 : i);
}

Str *inplaceName(int op) {
  int i = operatorDefs.inplace[op];
  return i < 0 ? nullptr : slotName(i);
}

template <int Op> Value slotBinary(Value a, Value b);

/// CPython's SLOT1BINFULL: \p a's __op__ and \p b's __rop__, reflected first
/// when b's type is a subclass overriding it.
template <int Op> Value slotBinary(Value a, Value b) {
  Type *ta = typeOf(a), *tb = typeOf(b);
  BinaryFn self = slotBinary<Op>;
  Str *lname = binaryName(Op, false), *rname = binaryName(Op, true);
  bool doOther = ta != tb && tb->binary[Op] == self && typeLookup(tb, rname);
  if (ta->binary[Op] == self) {
    if (doOther && isSubtype(tb, ta)) {
      Value rm = typeLookup(tb, rname);
      Value lm = typeLookup(ta, rname);
      if (rm != lm) {
        bool found;
        Value r = callSpecial1(b, rname, a, &found);
        if (!r && errOccurred())
          return Value();
        if (found && r != NotImplemented())
          return r;
        doOther = false;
      }
    }
    bool found;
    Value r = callSpecial1(a, lname, b, &found);
    if (!r && errOccurred())
      return Value();
    if (found && (r != NotImplemented() || ta == tb))
      return r;
    if (!found && ta == tb)
      return NotImplemented();
  }
  if (doOther) {
    bool found;
    Value r = callSpecial1(b, rname, a, &found);
    if (!r && errOccurred())
      return Value();
    if (found)
      return r;
  }
  return NotImplemented();
}

template <int Op> Value slotInplace(Value a, Value b) {
  bool found;
  Value r = callSpecial1(a, inplaceName(Op), b, &found);
  if (!found && !errOccurred())
    return NotImplemented();
  return r;
}

template <int... Ops> constexpr auto makeBinaryTable(std::integer_sequence<int, Ops...>) {
  return std::array<BinaryFn, sizeof...(Ops)>{slotBinary<Ops>...};
}
template <int... Ops> constexpr auto makeInplaceTable(std::integer_sequence<int, Ops...>) {
  return std::array<BinaryFn, sizeof...(Ops)>{slotInplace<Ops>...};
}
const auto kBinaryDispatch = makeBinaryTable(std::make_integer_sequence<int, kNumBinaryOps>());
const auto kInplaceDispatch = makeInplaceTable(std::make_integer_sequence<int, kNumBinaryOps>());

// --- Choosing heap-type slots ------------------------------------------------

/// When every dunder of the group that the MRO defines is the wrapper of one
/// and the same built-in function, returns that function; when none is
/// defined returns null with *defined false; else returns null with
/// *defined true (a dispatcher is needed).
void *commonWrapped(Type *t, std::initializer_list<int> defs, bool *defined) {
  void *fn = nullptr;
  *defined = false;
  bool mixed = false;
  for (int i : defs) {
    Value attr = typeLookup(t, slotName(i));
    if (!attr)
      continue;
    *defined = true;
    if (typeOf(attr) == &WrapperDescrType && attr.as<WrapperDescr>()->def->kind == kSlotDefs[i].kind) {
      void *f = attr.as<WrapperDescr>()->fn;
      if (fn && f != fn)
        mixed = true;
      fn = f;
    } else {
      mixed = true;
    }
  }
  return mixed ? nullptr : fn;
}

int defIndex(const char *name) {
  for (int i = 0; i < kNumSlotDefs; i++)
    if (!strcmp(kSlotDefs[i].name, name))
      return i;
  return -1;
}

template <class F> F choose(Type *t, std::initializer_list<int> defs, F dispatcher) {
  bool defined;
  void *fn = commonWrapped(t, defs, &defined);
  if (!defined)
    return nullptr;
  if (fn)
    return reinterpret_cast<F>(fn);
  return dispatcher;
}

} // namespace

Value callSpecial(Value self, Str *name, const Value *args, size_t nargs, bool *found) {
  Value attr = typeLookup(typeOf(self), name);
  if (!attr) {
    *found = false;
    return Value();
  }
  *found = true;
  Type *at = typeOf(attr);
  if (at == &FunctionType) {
    ValueBuffer<8> buf;
    Value *all = nargs + 1 <= 8 ? buf.data() : allocValues(nargs + 1);
    all[0] = self;
    for (size_t i = 0; i < nargs; i++)
      all[i + 1] = args[i];
    return functionCall(attr, all, nargs + 1, nullptr);
  }
  if (at->descrGet) {
    Value bound = at->descrGet(attr, self, Value::object(typeOf(self)));
    if (!bound)
      return Value();
    return call(bound, args, nargs, nullptr);
  }
  return call(attr, args, nargs, nullptr);
}

void addSlotWrappers(Type *type) {
  for (int i = 0; i < kNumSlotDefs; i++) {
    const SlotDef &d = kSlotDefs[i];
    void *fn = slotFunction(type, d);
    if (!fn)
      continue;
    // Only slots the type defines itself (not inherited) get a wrapper.
    if (type->base && slotFunction(type->base, d) == fn)
      continue;
    if (d.kind == SlotKind::BinR && d.index == 0 && (type->flags & TF_CONCAT))
      continue;
    if (d.kind == SlotKind::Hash && fn == reinterpret_cast<void *>(hashNotImplemented)) {
      dictSetStr(type->dict, slotName(i), None());
      continue;
    }
    if (dictGetStr(type->dict, slotName(i)))
      continue;
    WrapperDescr *w = newObject<WrapperDescr>(&WrapperDescrType);
    w->owner = type;
    w->def = &d;
    w->fn = fn;
    dictSetStr(type->dict, slotName(i), Value::object(w));
  }
}

void fixupHeapSlots(Type *t) {
  static const int iRepr = defIndex("__repr__"), iStr = defIndex("__str__"),
                   iHash = defIndex("__hash__"), iGetAttribute = defIndex("__getattribute__"),
                   iGetAttr = defIndex("__getattr__"), iSetAttr = defIndex("__setattr__"),
                   iDelAttr = defIndex("__delattr__"), iCall = defIndex("__call__"),
                   iIter = defIndex("__iter__"), iNext = defIndex("__next__"),
                   iGet = defIndex("__get__"), iSet = defIndex("__set__"),
                   iDelete = defIndex("__delete__"), iInit = defIndex("__init__"),
                   iLen = defIndex("__len__"), iGetItem = defIndex("__getitem__"),
                   iSetItem = defIndex("__setitem__"), iDelItem = defIndex("__delitem__"),
                   iContains = defIndex("__contains__"), iBool = defIndex("__bool__"),
                   iNeg = defIndex("__neg__"), iPos = defIndex("__pos__"),
                   iInvert = defIndex("__invert__"), iAbs = defIndex("__abs__"),
                   iInt = defIndex("__int__"), iFloat = defIndex("__float__"),
                   iIndex = defIndex("__index__"), iLt = defIndex("__lt__");
  t->repr = choose<UnaryFn>(t, {iRepr}, slotRepr);
  t->str = choose<UnaryFn>(t, {iStr}, slotStr);
  Value h = typeLookup(t, names.hash);
  if (h && isNone(h))
    t->hash = hashNotImplemented;
  else
    t->hash = choose<HashFn>(t, {iHash}, slotHash);
  t->richcompare =
      choose<RichCmpFn>(t, {iLt, iLt + 1, iLt + 2, iLt + 3, iLt + 4, iLt + 5}, slotRichCompare);
  if (typeLookup(t, names.getattr)) {
    t->getattr = slotGetAttrHook;
    t->flags |= TF_HAS_GETATTR_HOOK;
  } else {
    t->getattr = choose<GetAttrFn>(t, {iGetAttribute}, slotGetAttribute);
    t->flags &= ~TF_HAS_GETATTR_HOOK;
  }
  (void)iGetAttr;
  t->setattr = choose<SetAttrFn>(t, {iSetAttr, iDelAttr}, slotSetAttr);
  t->call = choose<CallFn>(t, {iCall}, slotCall);
  t->iter = choose<UnaryFn>(t, {iIter}, slotIter);
  t->next = choose<IterNextFn>(t, {iNext}, slotNext);
  t->descrGet = choose<DescrGetFn>(t, {iGet}, slotDescrGet);
  t->descrSet = choose<DescrSetFn>(t, {iSet, iDelete}, slotDescrSet);
  t->init = choose<InitFn>(t, {iInit}, slotInit);
  t->len = choose<LenFn>(t, {iLen}, slotLen);
  t->getitem = choose<BinaryFn>(t, {iGetItem}, slotGetItem);
  t->setitem = choose<SetItemFn>(t, {iSetItem, iDelItem}, slotSetItem);
  t->contains = choose<ContainsFn>(t, {iContains}, slotContains);
  bool boolDefined;
  void *boolFn = commonWrapped(t, {iBool}, &boolDefined);
  if (boolDefined && boolFn)
    t->boolSlot = reinterpret_cast<InquiryFn>(boolFn);
  else if (boolDefined || t->len == slotLen)
    t->boolSlot = slotBool;
  else
    t->boolSlot = nullptr;
  t->negative = choose<UnaryFn>(t, {iNeg}, slotNeg);
  t->positive = choose<UnaryFn>(t, {iPos}, slotPos);
  t->invert = choose<UnaryFn>(t, {iInvert}, slotInvert);
  t->absolute = choose<UnaryFn>(t, {iAbs}, slotAbs);
  t->toInt = choose<UnaryFn>(t, {iInt}, slotInt);
  t->toFloat = choose<UnaryFn>(t, {iFloat}, slotFloat);
  t->toIndex = choose<UnaryFn>(t, {iIndex}, slotIndex);
  for (int op = 0; op < kNumBinaryOps; op++) {
    int l = -1, r = -1, in = -1;
    for (int i = 0; i < kNumSlotDefs; i++) {
      if (kSlotDefs[i].index != op)
        continue;
      if (kSlotDefs[i].kind == SlotKind::BinL)
        l = i;
      else if (kSlotDefs[i].kind == SlotKind::BinR)
        r = i;
      else if (kSlotDefs[i].kind == SlotKind::Inplace)
        in = i;
    }
    t->binary[op] = choose<BinaryFn>(t, {l, r}, kBinaryDispatch[op]);
    t->inplace[op] = choose<BinaryFn>(t, {in}, kInplaceDispatch[op]);
  }
  // power3 and toComplex come from the solid base.
  t->power3 = t->base ? t->base->power3 : nullptr;
  // __new__: a built-in type's own __new__ keeps that type's allocator.
  Value nw = typeLookup(t, names.new_);
  Type *owner = nullptr;
  if (nw && typeOf(nw) == &BuiltinFunctionType && nw.as<BuiltinFunction>()->self &&
      isType(nw.as<BuiltinFunction>()->self) &&
      !strcmp(nw.as<BuiltinFunction>()->def->name, "__new__"))
    owner = nw.as<BuiltinFunction>()->self.as<Type>();
  t->newFn = owner ? owner->newFn : slotNew;
}

void typeUpdateSlot(Type *type, Str *name) {
  if (!(type->flags & TF_HEAPTYPE))
    return;
  fixupHeapSlots(type);
  if (type->subclasses) {
    List *subs = static_cast<List *>(type->subclasses);
    for (int64_t i = 0; i < subs->size; i++)
      typeUpdateSlot(subs->items[i].as<Type>(), name);
  }
}

void initWrapperTypes() {
  typeInitBuiltin(&WrapperDescrType, "wrapper_descriptor", &ObjectType, sizeof(WrapperDescr), 0);
  WrapperDescrType.call = wrapperDescrCall;
  WrapperDescrType.descrGet = wrapperDescrGet;
  WrapperDescrType.repr = wrapperDescrRepr;
  typeReady(&WrapperDescrType, nullptr, wrapperGetSets);
  typeInitBuiltin(&MethodWrapperType, "method-wrapper", &ObjectType, sizeof(MethodWrapper), 0);
  MethodWrapperType.call = methodWrapperCall;
  MethodWrapperType.repr = methodWrapperRepr;
  typeReady(&MethodWrapperType, nullptr, methodWrapperGetSets);
}

} // namespace kiln::rt
