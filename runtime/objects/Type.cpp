//===- Type.cpp - type objects: MRO, lookup, calls, class creation ------===//
///
/// Readying a type computes its MRO (C3 for classes with several bases),
/// inherits every slot its base defines and it does not, and builds its
/// dict. Class statements end in typeNew: the solid base decides the
/// instance layout (base fields, then the instance dict unless __slots__
/// forbids it, then one Value per __slots__ name), the namespace becomes the
/// class dict, and the dunder methods found along the MRO decide the slots
/// (TypeSlots.cpp).
///
//===----------------------------------------------------------------------===//
#include "runtime/GcVector.h"
#include "runtime/objects/GenericAlias.h"
#include "runtime/objects/Type.h"
#include "runtime/Abstract.h"
#include "runtime/Errors.h"
#include "runtime/Frame.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Exception.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"

#include <cstring>
#include <vector>

namespace kiln::rt {

Type TypeType;

const char *typeName(const Type *t) { return t->cname; }

/// A GC copy of \p text for Type::cname of heap types.
static const char *gcCString(const std::string &text) {
  char *p = static_cast<char *>(gcAllocAtomic(text.size() + 1));
  if (p)
    memcpy(p, text.c_str(), text.size() + 1);
  return p;
}

const char *typeName(Value v) { return typeName(typeOf(v)); }

bool isSubtype(const Type *t, const Type *base) {
  if (t == base)
    return true;
  if (t->mro) {
    for (int64_t i = 0; i < t->mro->size; i++)
      if (t->mro->items[i].as<Type>() == base)
        return true;
    return false;
  }
  for (const Type *b = t->base; b; b = b->base)
    if (b == base)
      return true;
  return false;
}

namespace {

/// The attribute-lookup cache (CPython's type method cache): MRO lookups
/// keyed by (version tag, interned name). Stored names stay alive through
/// the cache itself, so a pointer match is a name match.
struct AttrCacheEntry {
  uint32_t version;
  Str *name;
  Value value; ///< null: the name is on no type of the MRO
};
constexpr size_t kAttrCacheSize = 4096;
AttrCacheEntry attrCache[kAttrCacheSize];
uint32_t nextVersionTag = 1;

inline size_t attrCacheIndex(uint32_t version, Str *name) {
  return (size_t(reinterpret_cast<uintptr_t>(name) >> 4) ^ (size_t(version) * 2654435761u)) &
         (kAttrCacheSize - 1);
}

Value typeLookupUncached(Type *type, Str *name) {
  Tuple *mro = type->mro;
  if (!mro)
    return type->dict ? dictGetStr(type->dict, name) : Value();
  for (int64_t i = 0; i < mro->size; i++) {
    Type *t = mro->items[i].as<Type>();
    if (!t->dict)
      continue;
    Value v = dictGetStr(t->dict, name);
    if (v)
      return v;
  }
  return Value();
}

} // namespace

Value typeLookup(Type *type, Str *name) {
  uint32_t version = type->versionTag;
  if (version) {
    AttrCacheEntry &e = attrCache[attrCacheIndex(version, name)];
    if (e.version == version && e.name == name)
      return e.value;
  }
  Value v = typeLookupUncached(type, name);
  if (!version && type->mro && nextVersionTag) // tags run out after 2^32 changes
    version = type->versionTag = nextVersionTag++;
  if (version && name->interned) {
    AttrCacheEntry &e = attrCache[attrCacheIndex(version, name)];
    e.version = version;
    e.name = name;
    e.value = v;
  }
  return v;
}

void typeModified(Type *type) {
  type->versionTag = 0;
  if (type->subclasses) {
    List *subs = static_cast<List *>(type->subclasses);
    for (int64_t i = 0; i < subs->size; i++)
      typeModified(subs->items[i].as<Type>());
  }
}

// --- Readying ---------------------------------------------------------------

namespace {

/// X.__new__(cls, ...): allocates an instance of the subtype cls with X's
/// allocator.
Value newWrapper(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Type *owner = self.as<Type>();
  if (nargs < 1)
    return raise(&TypeErrorType, "%s.__new__(): not enough arguments", typeName(owner));
  Value sub = args[0];
  if (!isType(sub))
    return raise(&TypeErrorType, "%s.__new__(X): X is not a type object (%s)", typeName(owner),
                 typeName(sub));
  if (!isSubtype(sub.as<Type>(), owner))
    return raise(&TypeErrorType, "%s.__new__(%s): %s is not a subtype of %s", typeName(owner),
                 typeName(sub.as<Type>()), typeName(sub.as<Type>()), typeName(owner));
  // The nearest class of sub that does not define __new__ in Python must
  // allocate as X does: object.__new__(int) would skip int's allocator.
  Type *allocator = sub.as<Type>();
  while (allocator && allocator->newFn == slotNew)
    allocator = allocator->base;
  if (allocator && allocator->newFn != owner->newFn)
    return raise(&TypeErrorType, "%s.__new__(%s) is not safe, use %s.__new__()", typeName(owner),
                 typeName(sub.as<Type>()), typeName(allocator));
  return owner->newFn(sub.as<Type>(), args + 1, nargs - 1, kwnames);
}

const MethodDef newWrapperDef = {"__new__", reinterpret_cast<void *>(static_cast<FastKwFn>(newWrapper)),
                                 CallKind::FastKw};

} // namespace

void typeInitBuiltin(Type *type, const char *name, Type *base, uint32_t instanceSize,
                     uint32_t flags) {
  type->type = &TypeType;
  type->cname = name;
  type->base = base;
  type->instanceSize = instanceSize;
  type->flags |= flags | TF_IMMUTABLE;
}

namespace {

/// Inherits each slot the type leaves empty from its base.
void inheritSlots(Type *t, Type *b) {
#define INHERIT(field)                                                                    \
  if (!t->field)                                                                          \
    t->field = b->field;
  INHERIT(repr) INHERIT(str) INHERIT(richcompare) INHERIT(getattr)
  INHERIT(setattr) INHERIT(call) INHERIT(iter) INHERIT(next) INHERIT(descrGet) INHERIT(descrSet)
  INHERIT(init) INHERIT(power3) INHERIT(negative) INHERIT(positive)
  INHERIT(invert) INHERIT(absolute) INHERIT(boolSlot) INHERIT(toInt) INHERIT(toFloat)
  INHERIT(toIndex) INHERIT(toComplex) INHERIT(len) INHERIT(getitem) INHERIT(setitem)
  INHERIT(contains)
#undef INHERIT
  // __hash__ is inherited together with __eq__ (a type overriding
  // comparison without hashing is unhashable, fixed up by typeNew).
  if (!t->hash && !t->richcompare)
    t->hash = b->hash;
  if (!t->hash)
    t->hash = b->hash;
  if (!t->newFn)
    t->newFn = b->newFn;
  for (int i = 0; i < kNumBinaryOps; i++) {
    if (!t->binary[i])
      t->binary[i] = b->binary[i];
    if (!t->inplace[i])
      t->inplace[i] = b->inplace[i];
  }
  t->flags |= b->flags & (TF_SUBCLASS_MASK | TF_SEQUENCE | TF_MAPPING);
  if (!t->dictOffset)
    t->dictOffset = b->dictOffset;
}

} // namespace

void typeReady(Type *type, const MethodDef *methods, const GetSetDef *getsets,
               const MemberDef *members) {
  if (type->flags & TF_READY)
    return;
  if (!type->type)
    type->type = &TypeType;
  if (type->base && !(type->base->flags & TF_READY))
    typeReady(type->base);
  if (!type->name) {
    // "module.name" built-in names: __name__ is the last part.
    const char *dot = strrchr(type->cname, '.');
    type->name = intern(dot ? dot + 1 : type->cname);
  }
  if (!type->qualname)
    type->qualname = type->name;
  if (!type->bases)
    type->bases = type->base ? tupleOf({Value::object(type->base)}) : emptyTuple();
  // Single inheritance: the MRO is the type followed by its base's MRO.
  if (!type->mro) {
    int64_t n = type->base ? type->base->mro->size : 0;
    Tuple *mro = tupleNew(n + 1);
    mro->items[0] = Value::object(type);
    for (int64_t i = 0; i < n; i++)
      mro->items[i + 1] = type->base->mro->items[i];
    type->mro = mro;
  }
  if (!type->dict)
    type->dict = dictNew();
  addSlotWrappers(type);
  if (type->base)
    inheritSlots(type, type->base);
  // A type with its own allocator exposes it as __new__ (a built-in bound
  // to the type, as CPython's tp_new wrapper).
  if (type->newFn && (!type->base || type->base->newFn != type->newFn) &&
      !dictGetStr(type->dict, names.new_))
    dictSetStr(type->dict, names.new_, builtinFunctionNew(&newWrapperDef, Value::object(type)));
  if (methods)
    addMethods(type, methods);
  if (getsets)
    addGetSets(type, getsets);
  if (members)
    addMembers(type, members);
  if (!dictGetStr(type->dict, names.doc))
    dictSetStr(type->dict, names.doc, type->doc ? type->doc : None());
  type->flags |= TF_READY;
  typeModified(type);
  // Built-in types are __subclasses__() of their base too, in the order
  // they are readied.
  if (type->base) {
    if (!type->base->subclasses)
      type->base->subclasses = listNew();
    listAppend(static_cast<List *>(type->base->subclasses), Value::object(type));
  }
}

// --- MRO -------------------------------------------------------------------

namespace {

/// C3 linearization of \p type with \p bases. Null with TypeError when no
/// consistent order exists.
Tuple *computeMro(Type *type, Tuple *bases) {
  if (bases->size == 1) {
    Type *b = bases->items[0].as<Type>();
    Tuple *mro = tupleNew(b->mro->size + 1);
    mro->items[0] = Value::object(type);
    for (int64_t i = 0; i < b->mro->size; i++)
      mro->items[i + 1] = b->mro->items[i];
    return mro;
  }
  // Sequences to merge: each base's MRO, then the bases list itself.
  GcVector<GcVector<Type *>> seqs;
  for (int64_t i = 0; i < bases->size; i++) {
    Type *b = bases->items[i].as<Type>();
    GcVector<Type *> s;
    for (int64_t j = 0; j < b->mro->size; j++)
      s.push_back(b->mro->items[j].as<Type>());
    seqs.push_back(std::move(s));
  }
  GcVector<Type *> basesSeq;
  for (int64_t i = 0; i < bases->size; i++)
    basesSeq.push_back(bases->items[i].as<Type>());
  seqs.push_back(basesSeq);
  GcVector<Type *> result{type};
  std::vector<size_t> pos(seqs.size(), 0);
  for (;;) {
    bool empty = true;
    Type *candidate = nullptr;
    for (size_t i = 0; i < seqs.size() && !candidate; i++) {
      if (pos[i] >= seqs[i].size())
        continue;
      empty = false;
      Type *c = seqs[i][pos[i]];
      bool inTail = false;
      for (size_t j = 0; j < seqs.size() && !inTail; j++)
        for (size_t k = pos[j] + 1; k < seqs[j].size(); k++)
          if (seqs[j][k] == c) {
            inTail = true;
            break;
          }
      if (!inTail)
        candidate = c;
    }
    if (empty)
      break;
    if (!candidate) {
      // CPython names the bases that remain unmerged, in base order.
      std::string names;
      GcVector<Type *> seen;
      for (size_t i = 0; i + 1 < seqs.size(); i++) {
        if (pos[i] >= seqs[i].size())
          continue;
        Type *c = seqs[i][pos[i]];
        bool dup = false;
        for (Type *s : seen)
          dup |= s == c;
        if (dup)
          continue;
        seen.push_back(c);
        if (!names.empty())
          names += ", ";
        names += strToUtf8(c->name);
      }
      raise(&TypeErrorType,
            "Cannot create a consistent method resolution\norder (MRO) for bases %s",
            names.c_str());
      return nullptr;
    }
    result.push_back(candidate);
    for (size_t i = 0; i < seqs.size(); i++)
      if (pos[i] < seqs[i].size() && seqs[i][pos[i]] == candidate)
        pos[i]++;
  }
  Tuple *mro = tupleNew(int64_t(result.size()));
  for (size_t i = 0; i < result.size(); i++)
    mro->items[i] = Value::object(result[i]);
  return mro;
}

/// The base whose instance layout the new class extends: the most derived
/// "solid" base. Null with TypeError on a layout conflict.
Type *solidBase(Type *t) {
  // A heap type adds only a dict/slots to its base's layout; a type with
  // __slots__ is its own solid base.
  auto addsSlots = [](Type *h) {
    // Only real slots change the layout: not `__slots__ = ()`, nor the
    // __dict__ / __weakref__ entries (as CPython's extra_ivars).
    if (!h->slotNames || !isTuple(h->slotNames))
      return false;
    Tuple *names = h->slotNames.as<Tuple>();
    for (int64_t i = 0; i < names->size; i++) {
      Value n = names->items[i];
      if (!isStr(n) || (!strEqualsAscii(n.as<Str>(), "__dict__") &&
                        !strEqualsAscii(n.as<Str>(), "__weakref__")))
        return true;
    }
    return false;
  };
  while (t->base && (t->flags & TF_HEAPTYPE) && !addsSlots(t))
    t = t->base;
  while (t->base && t->instanceSize == t->base->instanceSize && t->itemSize == t->base->itemSize &&
         !(t->flags & TF_HEAPTYPE))
    t = t->base;
  return t;
}

Type *bestBase(Tuple *bases) {
  Type *winner = nullptr, *base = nullptr;
  for (int64_t i = 0; i < bases->size; i++) {
    Type *b = bases->items[i].as<Type>();
    Type *candidate = solidBase(b);
    if (!winner) {
      winner = candidate;
      base = b;
    } else if (isSubtype(winner, candidate)) {
      // keep
    } else if (isSubtype(candidate, winner)) {
      winner = candidate;
      base = b;
    } else {
      raise(&TypeErrorType, "multiple bases have instance lay-out conflict");
      return nullptr;
    }
  }
  return base;
}

} // namespace

Type *calculateMetaclass(Type *meta, Tuple *bases) {
  Type *winner = meta;
  for (int64_t i = 0; i < bases->size; i++) {
    Type *bt = typeOf(bases->items[i]);
    if (isSubtype(winner, bt))
      continue;
    if (isSubtype(bt, winner)) {
      winner = bt;
      continue;
    }
    raise(&TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a "
                          "(non-strict) subclass of the metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

// --- Class creation ----------------------------------------------------------

namespace {

bool isIdentifier(Str *s) {
  if (s->length == 0)
    return false;
  for (int64_t i = 0; i < s->length; i++) {
    uint32_t c = s->at(i);
    bool ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 128 ||
              (i > 0 && c >= '0' && c <= '9');
    if (!ok)
      return false;
  }
  return true;
}

/// Processes __slots__: checks names, mangles private ones, adds member
/// descriptors. Returns false on error.
bool setupSlots(Type *type, Value slots, Type *base, bool *addDict) {
  Value seq = isStr(slots) ? Value::object(tupleOf({slots})) : tupleFromIterable(slots);
  if (!seq)
    return false;
  Tuple *names = seq.as<Tuple>();
  if (names->size && (base->itemSize || (base->flags & (TF_INT_SUBCLASS | TF_BYTES_SUBCLASS |
                                                        TF_TUPLE_SUBCLASS)))) {
    raise(&TypeErrorType, "nonempty __slots__ not supported for subtype of '%s'",
          typeName(base));
    return false;
  }
  GcVector<Str *> members;
  for (int64_t i = 0; i < names->size; i++) {
    Value n = names->items[i];
    if (!isStr(n)) {
      raise(&TypeErrorType, "__slots__ items must be strings, not '%s'", typeName(n));
      return false;
    }
    Str *s = n.as<Str>();
    if (!isIdentifier(s)) {
      raise(&TypeErrorType, "__slots__ must be identifiers");
      return false;
    }
    if (strEqualsAscii(s, "__dict__")) {
      if (*addDict == false && base->dictOffset == 0) {
        *addDict = true;
        continue;
      }
      raise(&TypeErrorType, "__dict__ slot disallowed: we already got one");
      return false;
    }
    if (strEqualsAscii(s, "__weakref__"))
      continue;
    // Private names are mangled with the class name.
    std::string text = strToUtf8(s);
    if (text.size() > 2 && text[0] == '_' && text[1] == '_' &&
        !(text.size() > 4 && text.substr(text.size() - 2) == "__")) {
      std::string cls = strToUtf8(type->name);
      size_t k = 0;
      while (k < cls.size() && cls[k] == '_')
        k++;
      if (k < cls.size())
        text = "_" + cls.substr(k) + text;
    }
    Str *name = intern(text);
    if (dictGetStr(type->dict, name)) {
      raise(&ValueErrorType, "'%s' in __slots__ conflicts with class variable", text.c_str());
      return false;
    }
    members.push_back(name);
  }
  uint32_t offset = type->instanceSize;
  for (Str *name : members) {
    MemberDescr *d = newObject<MemberDescr>(&MemberDescrType);
    d->name = name;
    d->owner = type;
    d->offset = offset;
    d->readonly = false;
    offset += sizeof(Value);
    dictSetStr(type->dict, name, Value::object(d));
  }
  type->instanceSize = offset;
  type->slotNames = Value::object(names);
  return true;
}

Value getDictAttr(Value self);
int setDictAttr(Value self, Value v);
Value getWeakrefAttr(Value) { return None(); }

const GetSetDef instanceDictGetSet[] = {{"__dict__", getDictAttr, setDictAttr}, {nullptr}};
const GetSetDef instanceWeakrefGetSet[] = {{"__weakref__", getWeakrefAttr, nullptr}, {nullptr}};

Value getDictAttr(Value self) {
  Dict **slot = instanceDictPtr(self);
  if (!slot)
    return raise(&AttributeErrorType, "This object has no __dict__");
  if (!*slot)
    *slot = dictNew();
  return Value::object(*slot);
}

int setDictAttr(Value self, Value v) {
  Dict **slot = instanceDictPtr(self);
  if (!slot) {
    raise(&AttributeErrorType, "This object has no __dict__");
    return -1;
  }
  if (!v) {
    raise(&TypeErrorType, "cannot delete __dict__");
    return -1;
  }
  if (!isDict(v)) {
    raise(&TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", typeName(v));
    return -1;
  }
  *slot = v.as<Dict>();
  return 0;
}

/// Wraps plain functions that Python treats as implicit static/class methods.
void wrapImplicitMethods(Dict *dict) {
  Value nw = dictGetStr(dict, names.new_);
  if (nw && typeOf(nw) == &FunctionType)
    dictSetStr(dict, names.new_, call(Value::object(&StaticMethodType), {nw}));
  for (Str *n : {names.init_subclass, names.class_getitem}) {
    Value f = dictGetStr(dict, n);
    if (f && typeOf(f) == &FunctionType)
      dictSetStr(dict, n, call(Value::object(&ClassMethodType), {f}));
  }
}

} // namespace

Value typeNew(Type *meta, Value nameV, Value basesV, Value dictV, Tuple *kwnames,
              const Value *kwvalues) {
  if (!isStr(nameV))
    return raise(&TypeErrorType, "type.__new__() argument 1 must be str, not %s",
                 typeName(nameV));
  if (!isTuple(basesV))
    return raise(&TypeErrorType, "type.__new__() argument 2 must be tuple, not %s",
                 typeName(basesV));
  if (!isDict(dictV))
    return raise(&TypeErrorType, "type.__new__() argument 3 must be dict, not %s",
                 typeName(dictV));
  Tuple *bases = basesV.as<Tuple>();
  // The metaclass check comes first, as in CPython (type('X', (1,), {})
  // is a metaclass conflict).
  if (!calculateMetaclass(meta, bases))
    return Value();
  for (int64_t i = 0; i < bases->size; i++) {
    Value b = bases->items[i];
    if (!isType(b))
      return raise(&TypeErrorType, "bases must be types");
    if (!(b.as<Type>()->flags & TF_BASETYPE))
      return raise(&TypeErrorType, "type '%s' is not an acceptable base type",
                   typeName(b.as<Type>()));
    for (int64_t j = 0; j < i; j++)
      if (bases->items[j] == b)
        return raise(&TypeErrorType, "duplicate base class %s", typeName(b.as<Type>()));
  }
  Type *winner = calculateMetaclass(meta, bases);
  if (!winner)
    return Value();
  if (winner != meta && winner->newFn != meta->newFn)
    {
    Value args[3] = {nameV, basesV, dictV};
    return winner->newFn(winner, args, 3, nullptr);
  }
  meta = winner;
  if (bases->size == 0)
    bases = tupleOf({Value::object(&ObjectType)});
  Type *base = bestBase(bases);
  if (!base)
    return Value();

  Type *type = newObject<Type>(meta);
  if (!type)
    return Value();
  // The new object starts zeroed; default member initializers don't run.
  type->name = internStr(nameV.as<Str>());
  type->cname = gcCString(strToUtf8(type->name));
  type->base = base;
  type->bases = bases;
  type->flags = TF_HEAPTYPE | TF_BASETYPE | (base->flags & (TF_SUBCLASS_MASK | TF_SEQUENCE | TF_MAPPING));
  type->instanceSize = base->instanceSize;
  type->itemSize = base->itemSize;
  type->dictOffset = base->dictOffset;
  type->atomic = false;
  type->dict = dictCopy(dictV.as<Dict>());
  Dict *dict = type->dict;

  // __qualname__ comes from the namespace (and is removed from it).
  Value qn = dictGetStr(dict, names.qualname);
  if (qn) {
    if (!isStr(qn))
      return raise(&TypeErrorType, "type __qualname__ must be a str, not %s", typeName(qn));
    type->qualname = qn.as<Str>();
    dictDel(dict, Value::object(names.qualname));
  } else {
    type->qualname = type->name;
  }
  if (!dictGetStr(dict, names.module)) {
    if (ts.frame && ts.frame->globals) {
      Value mn = dictGetStr(ts.frame->globals, names.name);
      if (mn)
        dictSetStr(dict, names.module, mn);
    }
  }
  wrapImplicitMethods(dict);

  Value mro = Value::object(computeMro(type, bases));
  if (!mro.as<Tuple>())
    return Value();
  type->mro = mro.as<Tuple>();

  // Layout: slots or an instance dict.
  Value slots = dictGetStr(dict, names.slots);
  bool addDict = false;
  if (slots) {
    if (!setupSlots(type, slots, base, &addDict))
      return Value();
    // Any base (beyond the solid one) with a dict gives instances a dict.
    for (int64_t i = 0; i < bases->size; i++)
      if (bases->items[i].as<Type>()->dictOffset)
        type->dictOffset = bases->items[i].as<Type>()->dictOffset;
  } else {
    addDict = true;
  }
  // After the slots: a '__doc__' slot is a member, not a conflict.
  if (!dictGetStr(dict, names.doc))
    dictSetStr(dict, names.doc, None());
  if (addDict && !type->dictOffset) {
    if (base->itemSize) {
      type->dictOffset = -1; // after the items (tuple subclasses)
    } else {
      type->dictOffset = int32_t(type->instanceSize);
      type->instanceSize += sizeof(Value);
    }
    addGetSets(type, instanceDictGetSet);
    addGetSets(type, instanceWeakrefGetSet);
  } else if (addDict) {
    bool baseHasDictDescr = false;
    for (int64_t i = 1; i < type->mro->size; i++)
      if (type->mro->items[i].as<Type>()->flags & TF_HEAPTYPE)
        baseHasDictDescr = true;
    if (!baseHasDictDescr) {
      addGetSets(type, instanceDictGetSet);
      addGetSets(type, instanceWeakrefGetSet);
    }
  }

  // Defining __eq__ without __hash__ makes instances unhashable.
  if (dictGetStr(dict, names.eq) && !dictGetStr(dict, names.hash))
    dictSetStr(dict, names.hash, None());

  fixupHeapSlots(type);
  type->flags |= TF_READY;

  // Register with the bases for slot updates and __subclasses__().
  for (int64_t i = 0; i < bases->size; i++) {
    Type *b = bases->items[i].as<Type>();
    if (!b->subclasses)
      b->subclasses = listNew();
    listAppend(static_cast<List *>(b->subclasses), Value::object(type));
  }

  // __classcell__: the cell behind zero-argument super() and __class__.
  Value cell = dictGetStr(dict, names.classcell);
  if (cell) {
    if (typeOf(cell) != &CellType)
      return raise(&TypeErrorType, "__classcell__ must be a nonlocal cell, not %s",
                   typeName(cell));
    cell.as<Cell>()->contents = Value::object(type);
    dictDel(dict, Value::object(names.classcell));
  }

  typeModified(type); // its dict was filled in above
  // __set_name__ on attributes, then __init_subclass__ of the parent.
  int64_t pos = 0;
  Value k, v;
  List *items = listNew();
  while (dictNext(dict, &pos, &k, &v)) {
    listAppend(items, k);
    listAppend(items, v);
  }
  for (int64_t i = 0; i < items->size; i += 2) {
    Value setName = lookupSpecial(items->items[i + 1], names.set_name);
    if (!setName) {
      if (errOccurred())
        return Value();
      continue;
    }
    if (!call(setName, {Value::object(type), items->items[i]})) {
      Value err = takeError();
      // 3.11 wraps the error: RuntimeError(...) from err.
      std::string msg = "Error calling __set_name__ on '" +
                        std::string(typeName(items->items[i + 1])) + "' instance " +
                        strToUtf8(repr(items->items[i]).as<Str>()) + " in '" +
                        strToUtf8(type->name) + "'";
      Value wrapped = exceptionNew(&RuntimeErrorType, tupleOf({strFromUtf8(msg)}));
      if (!wrapped)
        return Value();
      BaseException *w = wrapped.as<BaseException>();
      w->cause = err;
      w->context = err;
      w->suppressContext = true;
      setCurrentException(wrapped);
      return Value();
    }
  }
  // super(type, type).__init_subclass__(**kwargs)
  Value sup = call(Value::object(&SuperType), {Value::object(type), Value::object(type)});
  if (!sup)
    return Value();
  Value isc = getAttr(sup, names.init_subclass);
  if (!isc)
    return Value();
  size_t nkw = kwnames ? kwnames->size : 0;
  if (!call(isc, kwvalues, 0, nkw ? kwnames : nullptr))
    return Value();
  return Value::object(type);
}

// --- The type type's slots ----------------------------------------------------

namespace {

Value typeRepr(Value self) {
  Type *t = self.as<Type>();
  Value mod = t->dict ? dictGetStr(t->dict, names.module) : Value();
  std::string qn = strToUtf8(t->qualname ? t->qualname : t->name);
  if ((t->flags & TF_HEAPTYPE) && mod && isStr(mod) && !strEqualsAscii(mod.as<Str>(), "builtins"))
    return strFromUtf8("<class '" + strToUtf8(mod) + "." + qn + "'>");
  if (!(t->flags & TF_HEAPTYPE)) {
    const char *cn = t->cname;
    const char *dot = strrchr(cn, '.');
    (void)dot;
    return strFromUtf8("<class '" + std::string(cn) + "'>");
  }
  return strFromUtf8("<class '" + qn + "'>");
}

Value typeCall(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Type *type = self.as<Type>();
  if (type == &TypeType && nargs == 1 && !kwnames)
    return Value::object(typeOf(args[0]));
  if (type == &TypeType && nargs != 3)
    return raise(&TypeErrorType, "type() takes 1 or 3 arguments");
  if (!type->newFn)
    return raise(&TypeErrorType, "cannot create '%s' instances", typeName(type));
  Value obj = type->newFn(type, args, nargs, kwnames);
  if (!obj)
    return Value();
  Type *ot = typeOf(obj);
  if (!isSubtype(ot, type))
    return obj;
  if (type == &TypeType && nargs == 1)
    return obj;
  if (ot->init) {
    if (ot->init(obj, args, nargs, kwnames) < 0)
      return Value();
  }
  return obj;
}

Value typeNewSlot(Type *meta, const Value *args, size_t nargs, Tuple *kwnames) {
  size_t nkw = kwnames ? kwnames->size : 0;
  if (nargs == 1 && nkw == 0 && meta == &TypeType)
    return Value::object(typeOf(args[0]));
  if (nargs != 3)
    return raise(&TypeErrorType, "type.__new__() takes exactly 3 arguments (%zu given)", nargs);
  return typeNew(meta, args[0], args[1], args[2], kwnames, args + nargs);
}

int typeInit(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  if (nargs != 1 && nargs != 3) {
    raise(&TypeErrorType, "type.__init__() takes 1 or 3 arguments");
    return -1;
  }
  return 0;
}

/// type.__getattribute__: the metatype's data descriptors, then the
/// class's own MRO (binding descriptors to the class), then the metatype's
/// other attributes.
Value typeGetAttr(Value self, Str *name) {
  Type *type = self.as<Type>();
  Type *meta = typeOf(self);
  Value metaAttr = typeLookup(meta, name);
  DescrGetFn metaGet = nullptr;
  if (metaAttr) {
    Type *mt = typeOf(metaAttr);
    metaGet = mt->descrGet;
    if (metaGet && mt->descrSet)
      return metaGet(metaAttr, self, Value::object(meta));
  }
  Value attr = typeLookup(type, name);
  if (attr) {
    DescrGetFn get = typeOf(attr)->descrGet;
    if (get)
      return get(attr, Value(), self);
    return attr;
  }
  if (metaGet)
    return metaGet(metaAttr, self, Value::object(meta));
  if (metaAttr)
    return metaAttr;
  return raise(&AttributeErrorType, "type object '%s' has no attribute '%s'",
               strToUtf8(type->name).c_str(), strToUtf8(name).c_str());
}

int typeSetAttr(Value self, Str *name, Value value) {
  Type *type = self.as<Type>();
  if (!(type->flags & TF_HEAPTYPE)) {
    raise(&TypeErrorType,
          "cannot set '%s' attribute of immutable type '%s'", strToUtf8(name).c_str(),
          typeName(type));
    return -1;
  }
  Value metaAttr = typeLookup(typeOf(self), name);
  if (metaAttr) {
    DescrSetFn set = typeOf(metaAttr)->descrSet;
    if (set)
      return set(metaAttr, self, value);
  }
  name = internStr(name);
  typeModified(type);
  if (value) {
    if (dictSetStr(type->dict, name, value) < 0)
      return -1;
  } else {
    int r = dictDel(type->dict, Value::object(name));
    if (r < 0)
      return -1;
    if (r == 0) {
      raise(&AttributeErrorType, "type object '%s' has no attribute '%s'",
            strToUtf8(type->name).c_str(), strToUtf8(name).c_str());
      return -1;
    }
  }
  if (name->length > 4 && name->at(0) == '_' && name->at(1) == '_')
    typeUpdateSlot(type, name);
  return 0;
}

Value typeGetName(Value self) { return Value::object(self.as<Type>()->name); }
int typeSetName(Value self, Value v) {
  Type *t = self.as<Type>();
  if (!(t->flags & TF_HEAPTYPE)) {
    raise(&TypeErrorType, "cannot set '__name__' attribute of immutable type '%s'", typeName(t));
    return -1;
  }
  if (!v || !isStr(v)) {
    raise(&TypeErrorType, "can only assign string to %s.__name__, not '%s'",
          strToUtf8(t->name).c_str(), v ? typeName(v) : "NoneType");
    return -1;
  }
  t->name = internStr(v.as<Str>());
  t->cname = gcCString(strToUtf8(t->name));
  return 0;
}
Value typeGetQualname(Value self) {
  Type *t = self.as<Type>();
  return Value::object(t->qualname ? t->qualname : t->name);
}
int typeSetQualname(Value self, Value v) {
  Type *t = self.as<Type>();
  if (!v || !isStr(v)) {
    raise(&TypeErrorType, "can only assign string to %s.__qualname__, not '%s'",
          strToUtf8(t->name).c_str(), v ? typeName(v) : "NoneType");
    return -1;
  }
  t->qualname = v.as<Str>();
  return 0;
}
Value typeGetBases(Value self) { return Value::object(self.as<Type>()->bases); }

// --- __bases__ assignment ----------------------------------------------------
//
// `C.__bases__ = (A, B)` keeps C's own instance layout, so the new bases
// must lay out instances as the old ones did (CPython's
// compatible_for_assignment, in Kiln's terms: the same deallocation kind,
// then the same nearest base that adds fields, or siblings adding the same
// fields). Then the MROs of C and of every subclass are recomputed (all
// restored if one fails), C moves between the bases' __subclasses__
// lists, and the slots and attribute caches of the hierarchy are redone.

/// Whether CPython frees instances with the GC's deallocator: classes and
/// the built-in containers, not object, the numbers, str, bytes, bytearray.
bool gcFreed(const Type *t) {
  while (!(t->flags & TF_HEAPTYPE)) {
    if (t == &ObjectType || t == &IntType || t == &FloatType || t == &ComplexType ||
        t == &StrType || t == &BytesType || t == &ByteArrayType)
      return false;
    if (!t->base || t->base == &ObjectType)
      return true;
    t = t->base;
  }
  return true;
}

bool addsWeakref(const Type *t);

/// Whether instances of \p t can be weakly referenced in CPython (a field
/// Kiln's instances do not have): classes that added __weakref__, type,
/// set, frozenset and module.
bool hasWeakref(const Type *t) {
  for (; t; t = t->base) {
    if (t == &TypeType || t == &SetType || t == &FrozenSetType || t == &ModuleType)
      return true;
    if (addsWeakref(t))
      return true;
  }
  return false;
}

/// A class adds CPython's __weakref__ field unless its __slots__ leave it
/// out or a base has it.
bool addsWeakref(const Type *t) {
  if (!(t->flags & TF_HEAPTYPE) || hasWeakref(t->base))
    return false;
  if (!t->slotNames || !isTuple(t->slotNames))
    return true;
  Tuple *names = t->slotNames.as<Tuple>();
  for (int64_t i = 0; i < names->size; i++)
    if (isStr(names->items[i]) && strEqualsAscii(names->items[i].as<Str>(), "__weakref__"))
      return true;
  return false;
}

/// The child adds nothing to its base's instances (CPython's
/// compatible_with_tp_base).
bool addsNothing(const Type *child) {
  const Type *p = child->base;
  return p && child->instanceSize == p->instanceSize && child->itemSize == p->itemSize &&
         child->dictOffset == p->dictOffset && gcFreed(child) == gcFreed(p) &&
         !addsWeakref(child);
}

/// Two classes of the same base that add the same fields (CPython's
/// same_slots_added). Like CPython, a dict after a variable-size base
/// (int, tuple, bytes) does not count as the same.
bool sameFieldsAdded(Type *a, Type *b) {
  if (!(a->flags & TF_HEAPTYPE) || !(b->flags & TF_HEAPTYPE))
    return false;
  if (a->instanceSize != b->instanceSize || a->itemSize != b->itemSize ||
      (a->dictOffset != 0) != (b->dictOffset != 0) || addsWeakref(a) != addsWeakref(b))
    return false;
  Type *base = a->base;
  if (a->dictOffset && (isSubtype(base, &IntType) || isSubtype(base, &TupleType) ||
                        isSubtype(base, &BytesType)))
    return false;
  if (a->slotNames && b->slotNames) {
    int eq = equal(a->slotNames, b->slotNames);
    if (eq < 0)
      clearError();
    return eq == 1;
  }
  return true;
}


/// Recomputes the MRO of \p t and of its subclasses, depth first, saving
/// the old ones in \p saved (type, mro pairs). False on error.
bool recomputeMros(Type *t, List *saved) {
  Tuple *mro = computeMro(t, t->bases);
  if (!mro)
    return false;
  listAppend(saved, Value::object(t));
  listAppend(saved, Value::object(t->mro));
  t->mro = mro;
  if (t->subclasses) {
    List *subs = static_cast<List *>(t->subclasses);
    for (int64_t i = 0; i < subs->size; i++)
      if (!recomputeMros(subs->items[i].as<Type>(), saved))
        return false;
  }
  return true;
}

void removeSubclass(Type *base, Type *sub) {
  List *l = static_cast<List *>(base->subclasses);
  if (!l)
    return;
  int64_t j = 0;
  for (int64_t i = 0; i < l->size; i++)
    if (l->items[i] != Value::object(sub))
      l->items[j++] = l->items[i];
  listResize(l, j);
}

/// Slots of \p t and its subclasses from their new MROs.
void refreshSlots(Type *t) {
  fixupHeapSlots(t);
  if (t->subclasses) {
    List *subs = static_cast<List *>(t->subclasses);
    for (int64_t i = 0; i < subs->size; i++)
      refreshSlots(subs->items[i].as<Type>());
  }
}

int typeSetBases(Value self, Value v) {
  Type *type = self.as<Type>();
  if (!v) {
    raise(&TypeErrorType, "cannot delete '__bases__' attribute of immutable type '%s'",
          typeName(type));
    return -1;
  }
  if (!isTuple(v)) {
    raise(&TypeErrorType, "can only assign tuple to %s.__bases__, not %s", typeName(type),
          typeName(v));
    return -1;
  }
  Tuple *bases = v.as<Tuple>();
  if (bases->size == 0) {
    raise(&TypeErrorType, "can only assign non-empty tuple to %s.__bases__, not ()",
          typeName(type));
    return -1;
  }
  for (int64_t i = 0; i < bases->size; i++) {
    Value b = bases->items[i];
    if (!isType(b)) {
      raise(&TypeErrorType, "%s.__bases__ must be tuple of classes, not '%s'", typeName(type),
            typeName(b));
      return -1;
    }
    if (isSubtype(b.as<Type>(), type)) {
      raise(&TypeErrorType, "a __bases__ item causes an inheritance cycle");
      return -1;
    }
  }
  for (int64_t i = 0; i < bases->size; i++)
    if (!(bases->items[i].as<Type>()->flags & TF_BASETYPE)) {
      raise(&TypeErrorType, "type '%s' is not an acceptable base type",
            typeName(bases->items[i].as<Type>()));
      return -1;
    }
  Type *newBase = bestBase(bases);
  if (!newBase || !compatibleForAssignment(type->base, newBase, "__bases__"))
    return -1;
  for (int64_t i = 0; i < bases->size; i++)
    for (int64_t j = 0; j < i; j++)
      if (bases->items[j] == bases->items[i]) {
        raise(&TypeErrorType, "duplicate base class %s", typeName(bases->items[i].as<Type>()));
        return -1;
      }
  Tuple *oldBases = type->bases;
  Type *oldBase = type->base;
  type->bases = bases;
  type->base = newBase;
  List *saved = listNew();
  if (!recomputeMros(type, saved)) {
    for (int64_t i = saved->size - 2; i >= 0; i -= 2)
      saved->items[i].as<Type>()->mro = saved->items[i + 1].as<Tuple>();
    type->bases = oldBases;
    type->base = oldBase;
    return -1;
  }
  for (int64_t i = 0; i < oldBases->size; i++)
    removeSubclass(oldBases->items[i].as<Type>(), type);
  for (int64_t i = 0; i < bases->size; i++) {
    Type *b = bases->items[i].as<Type>();
    if (!b->subclasses)
      b->subclasses = listNew();
    listAppend(static_cast<List *>(b->subclasses), Value::object(type));
  }
  typeModified(type);
  refreshSlots(type);
  return 0;
}
Value typeGetBase(Value self) {
  Type *b = self.as<Type>()->base;
  return b ? Value::object(b) : None();
}
Value typeGetMro(Value self) { return Value::object(self.as<Type>()->mro); }
Value typeGetDict(Value self);
Value typeGetModule(Value self) {
  Type *t = self.as<Type>();
  if (t->flags & TF_HEAPTYPE) {
    Value m = dictGetStr(t->dict, names.module);
    if (!m)
      return raise(&AttributeErrorType, "__module__");
    return m;
  }
  const char *dot = strrchr(t->cname, '.');
  if (dot)
    return strFromUtf8(std::string(t->cname, dot));
  return Value::object(intern("builtins"));
}
int typeSetModule(Value self, Value v) {
  Type *t = self.as<Type>();
  if (!(t->flags & TF_HEAPTYPE)) {
    raise(&TypeErrorType, "cannot set '__module__' attribute of immutable type '%s'",
          typeName(t));
    return -1;
  }
  typeModified(t);
  return dictSetStr(t->dict, names.module, v ? v : None());
}
int typeSetDoc(Value self, Value v) {
  Type *t = self.as<Type>();
  if (!v || (t->flags & TF_IMMUTABLE)) {
    raise(&TypeErrorType, "cannot %s '__doc__' attribute of immutable type '%s'",
          v ? "set" : "delete", strToUtf8(t->name).c_str());
    return -1;
  }
  typeModified(t);
  return dictSetStr(t->dict, names.doc, v);
}

Value typeGetDoc(Value self) {
  Type *t = self.as<Type>();
  Value d = dictGetStr(t->dict, names.doc);
  if (!d)
    return None();
  DescrGetFn get = typeOf(d)->descrGet;
  if (get)
    return get(d, Value(), self);
  return d;
}
Value typeGetAbstract(Value self) {
  Type *t = self.as<Type>();
  Value v = t != &TypeType ? dictGetStr(t->dict, names.abstractmethods) : Value();
  if (!v)
    return raise(&AttributeErrorType, "__abstractmethods__");
  return v;
}
int typeSetAbstract(Value self, Value v) {
  Type *t = self.as<Type>();
  if (v) {
    int truth = isTrue(v);
    if (truth < 0)
      return -1;
    if (truth)
      t->flags |= TF_ABSTRACT;
    else
      t->flags &= ~TF_ABSTRACT;
    return typeModified(t), dictSetStr(t->dict, names.abstractmethods, v);
  }
  t->flags &= ~TF_ABSTRACT;
  typeModified(t);
  return dictDel(t->dict, Value::object(names.abstractmethods)) < 0 ? -1 : 0;
}

const GetSetDef typeGetSets[] = {
    {"__name__", typeGetName, typeSetName},
    {"__qualname__", typeGetQualname, typeSetQualname},
    {"__bases__", typeGetBases, typeSetBases},
    {"__base__", typeGetBase, nullptr},
    {"__mro__", typeGetMro, nullptr},
    {"__dict__", typeGetDict, nullptr},
    {"__module__", typeGetModule, typeSetModule},
    {"__doc__", typeGetDoc, typeSetDoc},
    {"__abstractmethods__", typeGetAbstract, typeSetAbstract},
    {nullptr},
};

Value typeMroMethod(Value self) {
  Tuple *mro = computeMro(self.as<Type>(), self.as<Type>()->bases);
  if (!mro)
    return Value();
  return Value::object(listFromArray(mro->items, mro->size));
}

Value typeSubclasses(Value self) {
  Type *t = self.as<Type>();
  List *out = listNew();
  if (t->subclasses) {
    List *l = static_cast<List *>(t->subclasses);
    for (int64_t i = 0; i < l->size; i++)
      listAppend(out, l->items[i]);
  }
  return Value::object(out);
}

Value typeInstanceCheck(Value self, Value obj) {
  return boolValue(isInstance(obj, self.as<Type>()) ||
                   [&] {
                     Value cls = getAttrOpt(obj, names.class_);
                     return cls && isType(cls) && isSubtype(cls.as<Type>(), self.as<Type>());
                   }());
}

Value typeSubclassCheck(Value self, Value sub) {
  if (!isType(sub))
    return raise(&TypeErrorType, "issubclass() arg 1 must be a class");
  return boolValue(isSubtype(sub.as<Type>(), self.as<Type>()));
}

Value typePrepare(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  return Value::object(dictNew());
}

Value typeDir(Value self);

const MethodDef typeMethods[] = {
    KILN_METH_NOARGS("mro", typeMroMethod),
    KILN_METH_NOARGS("__subclasses__", typeSubclasses),
    KILN_METH_O("__instancecheck__", typeInstanceCheck),
    KILN_METH_O("__subclasscheck__", typeSubclassCheck),
    {"__prepare__", reinterpret_cast<void *>(static_cast<FastKwFn>(typePrepare)),
     CallKind::FastKw, nullptr, MethodDef::Class},
    KILN_METH_NOARGS("__dir__", typeDir),
    {nullptr},
};

void collectTypeAttrs(Type *t, Dict *into) {
  for (int64_t i = 0; i < t->mro->size; i++) {
    Dict *d = t->mro->items[i].as<Type>()->dict;
    int64_t pos = 0;
    Value k, v;
    while (dictNext(d, &pos, &k, &v))
      dictSet(into, k, None());
  }
}

Value typeDir(Value self) {
  Dict *all = dictNew();
  collectTypeAttrs(self.as<Type>(), all);
  return dictKeysList(all);
}

Value typeOr(Value a, Value b);

} // namespace

bool compatibleForAssignment(Type *oldTo, Type *newTo, const char *attr) {
  if (gcFreed(oldTo) != gcFreed(newTo)) {
    raise(&TypeErrorType, "%s assignment: '%s' deallocator differs from '%s'", attr,
          typeName(newTo), typeName(oldTo));
    return false;
  }
  Type *newBase = newTo, *oldBase = oldTo;
  while (addsNothing(newBase))
    newBase = newBase->base;
  while (addsNothing(oldBase))
    oldBase = oldBase->base;
  // Built-in exceptions share one struct; their attributes differ.
  if ((newBase != oldBase &&
       (newBase->base != oldBase->base || !sameFieldsAdded(newBase, oldBase))) ||
      exceptionFieldsDiffer(newTo, oldTo)) {
    raise(&TypeErrorType, "%s assignment: '%s' object layout differs from '%s'", attr,
          typeName(newTo), typeName(oldTo));
    return false;
  }
  return true;
}

Value mappingProxyNew(Value mapping);

namespace {
Value typeGetDict(Value self) { return mappingProxyNew(Value::object(self.as<Type>()->dict)); }
} // namespace

bool typeHash(Value self, int64_t *out) {
  *out = int64_t(self.bits() >> 4);
  return true;
}

void initTypeType() {
  typeInitBuiltin(&TypeType, "type", &ObjectType, sizeof(Type));
  TypeType.flags |= TF_TYPE_SUBCLASS;
  TypeType.repr = typeRepr;
  TypeType.call = typeCall;
  TypeType.binary[7] = unionOr; // int | str
  TypeType.newFn = typeNewSlot;
  TypeType.init = typeInit;
  TypeType.getattr = typeGetAttr;
  TypeType.setattr = typeSetAttr;
  TypeType.hash = typeHash;
  // A class's instance dict is its namespace (metaclass instances too).
  TypeType.dictOffset = int32_t(offsetof(Type, dict));
  typeReady(&TypeType, typeMethods, typeGetSets);
}

} // namespace kiln::rt
