//===- Object.cpp - object, None, NotImplemented, Ellipsis ---------------===//
///
/// `object` supplies the defaults every type inherits: identity hashing and
/// equality, the generic attribute protocol (data descriptors on the type,
/// then the instance dict, then other descriptors and class attributes),
/// `<X object at 0x...>` reprs, and the argument checks of object.__new__ /
/// object.__init__.
///
//===----------------------------------------------------------------------===//
#include "runtime/Abstract.h"
#include "runtime/Errors.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <cstdio>

namespace kiln::rt {

Type ObjectType, NoneType, NotImplementedType, EllipsisType;
Object NoneObject, NotImplementedObject, EllipsisObject;

Dict **instanceDictPtr(Value obj) {
  if (obj.isSmall())
    return nullptr;
  Type *t = obj.obj()->type;
  int32_t off = t->dictOffset;
  if (off == 0)
    return nullptr;
  char *base = reinterpret_cast<char *>(obj.obj());
  if (off < 0) {
    // After the items of a tuple subclass instance.
    Tuple *tup = obj.as<Tuple>();
    return reinterpret_cast<Dict **>(base + sizeof(Tuple) + tup->size * sizeof(Value));
  }
  return reinterpret_cast<Dict **>(base + off);
}

Value genericGetAttr(Value obj, Str *name) {
  Type *t = typeOf(obj);
  Value attr = typeLookup(t, name);
  DescrGetFn get = nullptr;
  if (attr) {
    Type *at = typeOf(attr);
    get = at->descrGet;
    if (get && at->descrSet)
      return get(attr, obj, Value::object(t));
  }
  Dict **dp = instanceDictPtr(obj);
  if (dp && *dp) {
    Value v = dictGetStr(*dp, name);
    if (v)
      return v;
  }
  if (get)
    return get(attr, obj, Value::object(t));
  if (attr)
    return attr;
  return raise(&AttributeErrorType, "'%s' object has no attribute '%s'", typeName(t),
               strToUtf8(name).c_str());
}

int genericSetAttr(Value obj, Str *name, Value value) {
  Type *t = typeOf(obj);
  Value attr = typeLookup(t, name);
  if (attr) {
    DescrSetFn set = typeOf(attr)->descrSet;
    if (set)
      return set(attr, obj, value);
  }
  Dict **dp = instanceDictPtr(obj);
  if (!dp) {
    if (attr)
      raise(&AttributeErrorType, "'%s' object attribute '%s' is read-only", typeName(t),
            strToUtf8(name).c_str());
    else
      raise(&AttributeErrorType, "'%s' object has no attribute '%s'", typeName(t),
            strToUtf8(name).c_str());
    return -1;
  }
  if (!*dp) {
    if (!value) {
      raise(&AttributeErrorType, "'%s' object has no attribute '%s'", typeName(t),
            strToUtf8(name).c_str());
      return -1;
    }
    *dp = dictNew();
    if (!*dp)
      return -1;
  }
  if (value)
    return dictSetStr(*dp, internStr(name), value);
  int r = dictDel(*dp, Value::object(name));
  if (r == 0) {
    raise(&AttributeErrorType, "'%s' object has no attribute '%s'", typeName(t),
          strToUtf8(name).c_str());
    return -1;
  }
  return r < 0 ? -1 : 0;
}

Value objectRepr(Value self) {
  Type *t = typeOf(self);
  char buf[64];
  snprintf(buf, sizeof buf, " object at %p>", (void *)self.bits());
  std::string qn = strToUtf8(t->qualname ? t->qualname : t->name);
  Value mod = (t->flags & TF_HEAPTYPE) ? dictGetStr(t->dict, names.module) : Value();
  if (mod && isStr(mod) && !strEqualsAscii(mod.as<Str>(), "builtins"))
    return strFromUtf8("<" + strToUtf8(mod) + "." + qn + buf);
  return strFromUtf8("<" + qn + buf);
}

/// object.__str__: repr() (through Abstract's repr, which guards
/// recursive containers).
/// object.__str__: the repr slot's result, unchecked (str() checks it).
Value objectStr(Value self) {
  UnaryFn r = typeOf(self)->repr;
  return r ? r(self) : objectRepr(self);
}

bool objectHash(Value self, int64_t *out) {
  // CPython: the address rotated by 4 bits.
  uint64_t p = self.bits();
  *out = int64_t((p >> 4) | (p << 60));
  if (*out == -1)
    *out = -2;
  return true;
}

bool hashNotImplemented(Value self, int64_t *out) {
  raiseUnhashable(self);
  return false;
}

Value objectRichCompare(Value a, Value b, int op) {
  switch (op) {
  case 2: // ==
    return a == b ? TrueValue : NotImplemented();
  case 3: { // != : the inverse of __eq__ unless it is NotImplemented
    RichCmpFn eq = typeOf(a)->richcompare;
    if (!eq)
      return NotImplemented();
    Value r = eq(a, b, 2);
    if (!r || r == NotImplemented())
      return r;
    int t = isTrue(r);
    if (t < 0)
      return Value();
    return boolValue(!t);
  }
  default:
    return NotImplemented();
  }
}

namespace {

bool excessArgs(size_t nargs, Tuple *kwnames) { return nargs || (kwnames && kwnames->size); }

} // namespace

Value objectNew(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  if (excessArgs(nargs, kwnames)) {
    if (type->newFn != objectNew) {
      raise(&TypeErrorType, "object.__new__() takes exactly one argument (the type to instantiate)");
      return Value();
    }
    if (type->init == objectInit) {
      raise(&TypeErrorType, "%s() takes no arguments", typeName(type));
      return Value();
    }
  }
  if (type->flags & TF_ABSTRACT) {
    Value am = typeLookup(type, names.abstractmethods);
    std::string list;
    int count = 0;
    if (am) {
      Value sorted = listFromIterable(am);
      if (!sorted)
        return Value();
      if (listSort(sorted.as<List>(), Value(), false) < 0)
        return Value();
      List *l = sorted.as<List>();
      for (int64_t i = 0; i < l->size; i++) {
        if (i)
          list += ", ";
        list += strToUtf8(l->items[i]); // 3.11: names unquoted
        count++;
      }
    }
    return raise(&TypeErrorType,
                 "Can't instantiate abstract class %s with abstract method%s %s",
                 typeName(type), count == 1 ? "" : "s", list.c_str());
  }
  if (type->dictOffset > 0 && (type->flags & TF_HEAPTYPE)) {
    // Instances of classes get attributes, in __init__ mostly: the object
    // and its instance dict (with its first table) are one allocation.
    size_t size = type->instanceSize;
    size = (size + 15) & ~size_t(15);
    Object *o = allocObject(type, kDictWithTableBytes, size);
    if (!o)
      return Value();
    Dict *d = reinterpret_cast<Dict *>(reinterpret_cast<char *>(o) + size);
    dictInitWithTable(d);
    *reinterpret_cast<Dict **>(reinterpret_cast<char *>(o) + type->dictOffset) = d;
    return Value::object(o);
  }
  return Value::object(allocObject(type));
}

int objectInit(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  if (excessArgs(nargs, kwnames)) {
    Type *type = typeOf(self);
    if (type->init != objectInit) {
      raise(&TypeErrorType,
            "object.__init__() takes exactly one argument (the instance to initialize)");
      return -1;
    }
    if (type->newFn == objectNew) {
      raise(&TypeErrorType, "%s() takes no arguments", typeName(type));
      return -1;
    }
  }
  return 0;
}

namespace {

Value objectGetClass(Value self) { return Value::object(typeOf(self)); }

int objectSetClass(Value self, Value value) {
  if (!value) {
    raise(&TypeErrorType, "can't delete __class__ attribute");
    return -1;
  }
  if (!isType(value)) {
    raise(&TypeErrorType, "__class__ must be set to a class, not '%s' object", typeName(value));
    return -1;
  }
  Type *newType = value.as<Type>(), *old = typeOf(self);
  bool modules = isSubtype(newType, &ModuleType) && isSubtype(old, &ModuleType);
  if (!modules && (!(newType->flags & TF_HEAPTYPE) || !(old->flags & TF_HEAPTYPE))) {
    raise(&TypeErrorType,
          "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return -1;
  }
  if (!compatibleForAssignment(old, newType, "__class__"))
    return -1;
  self.obj()->type = newType;
  return 0;
}

const GetSetDef objectGetSets[] = {
    {"__class__", objectGetClass, objectSetClass},
    {nullptr},
};

Value objectFormat(Value self, Value spec) {
  if (!isStr(spec))
    return raise(&TypeErrorType, "__format__() argument must be str, not %s", typeName(spec));
  if (spec.as<Str>()->length)
    return raise(&TypeErrorType, "unsupported format string passed to %s.__format__",
                 typeName(self));
  return str(self);
}

Value objectDir(Value self) {
  Dict *all = dictNew();
  Dict **dp = instanceDictPtr(self);
  if (dp && *dp) {
    int64_t pos = 0;
    Value k, v;
    while (dictNext(*dp, &pos, &k, &v))
      dictSet(all, k, None());
  }
  Type *t = typeOf(self);
  for (int64_t i = 0; i < t->mro->size; i++) {
    Dict *d = t->mro->items[i].as<Type>()->dict;
    int64_t pos = 0;
    Value k, v;
    while (dictNext(d, &pos, &k, &v))
      dictSet(all, k, None());
  }
  return dictKeysList(all);
}

Value objectInitSubclass(Value cls, const Value *args, size_t nargs, Tuple *kwnames) {
  if (nargs || (kwnames && kwnames->size))
    return raise(&TypeErrorType, "%s.__init_subclass__() takes no keyword arguments",
                 cls ? typeName(cls.as<Type>()) : "object");
  return None();
}

Value objectSubclassHook(Value cls, const Value *args, size_t nargs, Tuple *kwnames) {
  return NotImplemented();
}

Value objectSizeof(Value self) { return intFromI64(typeOf(self)->instanceSize); }

Value objectReduceEx(Value self, Value protocol) {
  return raise(&TypeErrorType, "cannot pickle '%s' object", typeName(self));
}

Value objectNewWrapper(Value self, const Value *args, size_t nargs, Tuple *kwnames);

Value objectReduce(Value self) {
  return raise(&TypeErrorType, "cannot pickle '%s' object", typeName(self));
}

/// object.__getstate__: the instance dict when it has entries, else None
/// (slot values are not collected: no pickling exists to use them).
Value objectGetState(Value self) {
  Type *t = typeOf(self);
  if (t->dictOffset && self.isObject()) {
    Dict *d = *reinterpret_cast<Dict **>(reinterpret_cast<char *>(self.obj()) + t->dictOffset);
    if (d && d->used)
      return Value::object(d);
  }
  return None();
}

const MethodDef objectMethods[] = {
    KILN_METH_NOARGS("__reduce__", objectReduce),
    KILN_METH_NOARGS("__getstate__", objectGetState),
    KILN_METH_O("__format__", objectFormat),
    KILN_METH_NOARGS("__dir__", objectDir),
    {"__init_subclass__", reinterpret_cast<void *>(static_cast<FastKwFn>(objectInitSubclass)),
     CallKind::FastKw, nullptr, MethodDef::Class},
    {"__subclasshook__", reinterpret_cast<void *>(static_cast<FastKwFn>(objectSubclassHook)),
     CallKind::FastKw, nullptr, MethodDef::Class},
    KILN_METH_NOARGS("__sizeof__", objectSizeof),
    KILN_METH_O("__reduce_ex__", objectReduceEx),
    {nullptr},
};

Value noneRepr(Value) { return Value::object(intern("None")); }
int noneBool(Value) { return 0; }
Value notImplRepr(Value) { return Value::object(intern("NotImplemented")); }
int notImplBool(Value) { return 1; }
Value ellipsisRepr(Value) { return Value::object(intern("Ellipsis")); }

Value singletonNew(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  if (excessArgs(nargs, kwnames))
    return raise(&TypeErrorType, "%s takes no arguments", typeName(type));
  if (type == &NoneType)
    return None();
  if (type == &NotImplementedType)
    return NotImplemented();
  return Ellipsis();
}

} // namespace

void initObjectType() {
  typeInitBuiltin(&ObjectType, "object", nullptr, sizeof(Object));
  ObjectType.repr = objectRepr;
  ObjectType.str = objectStr;
  ObjectType.hash = objectHash;
  ObjectType.richcompare = objectRichCompare;
  ObjectType.getattr = genericGetAttr;
  ObjectType.setattr = genericSetAttr;
  ObjectType.newFn = objectNew;
  ObjectType.init = objectInit;
  ObjectType.doc = Value::object(intern(
      "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments "
      "and returns a new featureless\ninstance that has no instance attributes and "
      "cannot be given any.\n"));
  typeReady(&ObjectType, objectMethods, objectGetSets);

  NoneObject.type = &NoneType;
  NotImplementedObject.type = &NotImplementedType;
  EllipsisObject.type = &EllipsisType;
  typeInitBuiltin(&NoneType, "NoneType", &ObjectType, sizeof(Object), 0);
  NoneType.repr = noneRepr;
  NoneType.boolSlot = noneBool;
  NoneType.newFn = singletonNew;
  typeReady(&NoneType);
  typeInitBuiltin(&NotImplementedType, "NotImplementedType", &ObjectType, sizeof(Object), 0);
  NotImplementedType.repr = notImplRepr;
  NotImplementedType.boolSlot = notImplBool;
  NotImplementedType.newFn = singletonNew;
  typeReady(&NotImplementedType);
  typeInitBuiltin(&EllipsisType, "ellipsis", &ObjectType, sizeof(Object), 0);
  EllipsisType.repr = ellipsisRepr;
  EllipsisType.newFn = singletonNew;
  typeReady(&EllipsisType);
}

} // namespace kiln::rt
