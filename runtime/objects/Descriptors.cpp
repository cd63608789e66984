//===- Descriptors.cpp - getset/member descriptors, property, staticmethod,
//                        classmethod, super ------------------------------===//
#include "runtime/Abstract.h"
#include "runtime/Args.h"
#include "runtime/Errors.h"
#include "runtime/Frame.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/objects/Code.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Function.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <cstring>

namespace kiln::rt {

Type GetSetDescrType, MemberDescrType, PropertyType, StaticMethodType, ClassMethodType,
    SuperType;

void addGetSets(Type *type, const GetSetDef *defs) {
  for (const GetSetDef *d = defs; d->name; d++) {
    GetSetDescr *g = newObject<GetSetDescr>(&GetSetDescrType);
    g->def = d;
    g->owner = type;
    dictSetStr(type->dict, intern(d->name), Value::object(g));
  }
}

void addMembers(Type *type, const MemberDef *defs) {
  for (const MemberDef *d = defs; d->name; d++) {
    MemberDescr *m = newObject<MemberDescr>(&MemberDescrType);
    m->name = intern(d->name);
    m->owner = type;
    m->offset = d->offset;
    m->readonly = d->readonly;
    dictSetStr(type->dict, m->name, Value::object(m));
  }
}

namespace {

// --- getset ----------------------------------------------------------------------

Value getsetGet(Value descr, Value obj, Value type) {
  if (!obj)
    return descr;
  GetSetDescr *g = descr.as<GetSetDescr>();
  if (!isInstance(obj, g->owner))
    return raise(&TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                 g->def->name, typeName(g->owner), typeName(obj));
  return g->def->get(obj);
}

int getsetSet(Value descr, Value obj, Value value) {
  GetSetDescr *g = descr.as<GetSetDescr>();
  if (!g->def->set) {
    raise(&AttributeErrorType, "attribute '%s' of '%s' objects is not writable", g->def->name,
          typeName(g->owner));
    return -1;
  }
  if (!isInstance(obj, g->owner)) {
    raise(&TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
          g->def->name, typeName(g->owner), typeName(obj));
    return -1;
  }
  return g->def->set(obj, value);
}

Value getsetRepr(Value v) {
  GetSetDescr *g = v.as<GetSetDescr>();
  return strFromUtf8(std::string("<attribute '") + g->def->name + "' of '" + typeName(g->owner) +
                     "' objects>");
}

// --- member (__slots__ and fixed fields) -------------------------------------------

Value *memberSlot(MemberDescr *m, Value obj) {
  return reinterpret_cast<Value *>(reinterpret_cast<char *>(obj.obj()) + m->offset);
}

Value memberGet(Value descr, Value obj, Value type) {
  if (!obj)
    return descr;
  MemberDescr *m = descr.as<MemberDescr>();
  if (!isInstance(obj, m->owner))
    return raise(&TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                 strToUtf8(m->name).c_str(), typeName(m->owner), typeName(obj));
  Value v = *memberSlot(m, obj);
  if (!v) {
    if (m->owner->flags & TF_HEAPTYPE)
      return raise(&AttributeErrorType, "'%s' object has no attribute '%s'", typeName(obj),
                   strToUtf8(m->name).c_str());
    return None();
  }
  return v;
}

int memberSet(Value descr, Value obj, Value value) {
  MemberDescr *m = descr.as<MemberDescr>();
  if (m->readonly) {
    raise(&AttributeErrorType, "readonly attribute");
    return -1;
  }
  if (!isInstance(obj, m->owner)) {
    raise(&TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
          strToUtf8(m->name).c_str(), typeName(m->owner), typeName(obj));
    return -1;
  }
  Value *slot = memberSlot(m, obj);
  if (!value && !*slot && (m->owner->flags & TF_HEAPTYPE)) {
    // CPython's message for deleting an unset slot is just its name.
    raise(&AttributeErrorType, "%s", strToUtf8(m->name).c_str());
    return -1;
  }
  *slot = value ? value : ((m->owner->flags & TF_HEAPTYPE) ? Value() : None());
  return 0;
}

Value memberRepr(Value v) {
  MemberDescr *m = v.as<MemberDescr>();
  return strFromUtf8("<member '" + strToUtf8(m->name) + "' of '" + typeName(m->owner) +
                     "' objects>");
}

Value memberGetName(Value v) { return Value::object(v.as<MemberDescr>()->name); }
const GetSetDef memberGetSets[] = {{"__name__", memberGetName, nullptr}, {nullptr}};

// --- property --------------------------------------------------------------------

struct Property : Object {
  Value fget, fset, fdel, doc;
  Value name;
  Dict *dict;
};

Property *prop(Value v) { return v.as<Property>(); }

std::string propertyName(Property *p) {
  if (p->name && isStr(p->name))
    return strToUtf8(p->name);
  return "";
}

Value propertyGet(Value descr, Value obj, Value type) {
  if (!obj)
    return descr;
  Property *p = prop(descr);
  if (!p->fget || isNone(p->fget)) {
    std::string n = propertyName(p);
    if (!n.empty())
      return raise(&AttributeErrorType, "property '%s' of '%s' object has no getter", n.c_str(),
                   typeName(obj));
    return raise(&AttributeErrorType, "unreadable attribute");
  }
  return call(p->fget, {obj});
}

int propertySet(Value descr, Value obj, Value value) {
  Property *p = prop(descr);
  Value f = value ? p->fset : p->fdel;
  if (!f || isNone(f)) {
    std::string n = propertyName(p);
    if (!n.empty())
      raise(&AttributeErrorType, value ? "property '%s' of '%s' object has no setter"
                                       : "property '%s' of '%s' object has no deleter",
            n.c_str(), typeName(obj));
    else
      raise(&AttributeErrorType, value ? "can't set attribute" : "can't delete attribute");
    return -1;
  }
  Value r = value ? call(f, {obj, value}) : call(f, {obj});
  return r ? 0 : -1;
}

int propertyInit(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[4];
  if (!parseArgs({"property", {"fget", "fset", "fdel", "doc"}, 0}, args, nargs, kwnames, a))
    return -1;
  Property *p = prop(self);
  p->fget = a[0] && !isNone(a[0]) ? a[0] : Value();
  p->fset = a[1] && !isNone(a[1]) ? a[1] : Value();
  p->fdel = a[2] && !isNone(a[2]) ? a[2] : Value();
  p->doc = a[3] ? a[3] : Value();
  if ((!p->doc || isNone(p->doc)) && p->fget) {
    Value d = getAttrOpt(p->fget, names.doc);
    if (!d && errOccurred())
      return -1;
    p->doc = d;
  }
  if (p->fget) {
    p->name = getAttrOpt(p->fget, names.name);
    clearError();
  }
  return 0;
}

Value propertyCopy(Value self, Value fget, Value fset, Value fdel) {
  Property *p = prop(self);
  Value args[4] = {fget ? fget : (p->fget ? p->fget : None()),
                   fset ? fset : (p->fset ? p->fset : None()),
                   fdel ? fdel : (p->fdel ? p->fdel : None()), p->doc ? p->doc : None()};
  Value np = call(Value::object(typeOf(self)), args, 4);
  if (np && typeOf(np) == &PropertyType && p->name && !fget)
    prop(np)->name = p->name;
  return np;
}

Value propGetter(Value self, Value f) { return propertyCopy(self, f, Value(), Value()); }
Value propSetter(Value self, Value f) { return propertyCopy(self, Value(), f, Value()); }
Value propDeleter(Value self, Value f) { return propertyCopy(self, Value(), Value(), f); }
Value propSetName(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("__set_name__", nargs, 2, 2))
    return Value();
  prop(self)->name = args[1];
  return None();
}

Value propFget(Value v) { return prop(v)->fget ? prop(v)->fget : None(); }
Value propFset(Value v) { return prop(v)->fset ? prop(v)->fset : None(); }
Value propFdel(Value v) { return prop(v)->fdel ? prop(v)->fdel : None(); }
Value propDoc(Value v) { return prop(v)->doc ? prop(v)->doc : None(); }
int propSetDoc(Value v, Value d) {
  prop(v)->doc = d;
  return 0;
}
Value propIsAbstract(Value v) {
  for (Value f : {prop(v)->fget, prop(v)->fset, prop(v)->fdel}) {
    if (!f)
      continue;
    Value a = getAttrOpt(f, names.isabstractmethod);
    if (a) {
      int t = isTrue(a);
      if (t < 0)
        return Value();
      if (t)
        return TrueValue;
    } else if (errOccurred()) {
      return Value();
    }
  }
  return FalseValue;
}

const MethodDef propertyMethods[] = {
    KILN_METH_O("getter", propGetter),
    KILN_METH_O("setter", propSetter),
    KILN_METH_O("deleter", propDeleter),
    KILN_METH_FAST("__set_name__", propSetName),
    {nullptr},
};
const GetSetDef propertyGetSets[] = {
    {"fget", propFget, nullptr},
    {"fset", propFset, nullptr},
    {"fdel", propFdel, nullptr},
    {"__doc__", propDoc, propSetDoc},
    {"__isabstractmethod__", propIsAbstract, nullptr},
    {nullptr},
};

// --- staticmethod / classmethod -------------------------------------------------

struct FuncWrapper : Object {
  Value callable;
  Dict *dict;
};

Value wrapperNew(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  FuncWrapper *w = newObject<FuncWrapper>(type);
  if (!w)
    return Value();
  return Value::object(w);
}

int wrapperInit(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  const char *name = typeOf(self) == &ClassMethodType || isSubtype(typeOf(self), &ClassMethodType)
                         ? "classmethod"
                         : "staticmethod";
  if (!noKeywords(name, kwnames) || !checkPositional(name, nargs, 1, 1))
    return -1;
  FuncWrapper *w = self.as<FuncWrapper>();
  w->callable = args[0];
  // Copy __doc__, __name__, ... like functools.wraps does (3.10+).
  if (!w->dict)
    w->dict = dictNew();
  for (Str *n : {names.module, names.name, names.qualname, names.doc}) {
    Value v = getAttrOpt(args[0], n);
    if (v)
      dictSetStr(w->dict, n, v);
    else
      clearError();
  }
  return 0;
}

Value staticGet(Value descr, Value obj, Value type) {
  Value c = descr.as<FuncWrapper>()->callable;
  if (!c)
    return raise(&RuntimeErrorType, "uninitialized staticmethod object");
  return c;
}

Value staticCall(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  return call(self.as<FuncWrapper>()->callable, args, nargs, kwnames);
}

Value classGet(Value descr, Value obj, Value type) {
  Value c = descr.as<FuncWrapper>()->callable;
  if (!c)
    return raise(&RuntimeErrorType, "uninitialized classmethod object");
  if (!type)
    type = Value::object(typeOf(obj));
  // Chained descriptors (classmethod over property) as 3.11 does.
  DescrGetFn get = typeOf(c)->descrGet;
  if (get && typeOf(c) != &FunctionType)
    return get(c, type, Value::object(typeOf(type)));
  return methodNew(c, type);
}

Value wrapperFunc(Value v) { return v.as<FuncWrapper>()->callable; }
Value wrapperIsAbstract(Value v) {
  Value a = getAttrOpt(v.as<FuncWrapper>()->callable, names.isabstractmethod);
  if (!a) {
    if (errOccurred())
      return Value();
    return FalseValue;
  }
  return a;
}
Value wrapperRepr(Value v) {
  Value r = repr(v.as<FuncWrapper>()->callable);
  if (!r)
    return Value();
  char buf[48];
  snprintf(buf, sizeof buf, " object at %p", (void *)v.bits());
  return strFromUtf8(std::string("<") + typeName(v) + buf + ">");
}
const GetSetDef wrapperGetSets[] = {
    {"__func__", wrapperFunc, nullptr},
    {"__wrapped__", wrapperFunc, nullptr},
    {"__isabstractmethod__", wrapperIsAbstract, nullptr},
    {nullptr},
};

// --- super ------------------------------------------------------------------------

struct Super : Object {
  Type *type;     ///< the class super() was called in
  Value obj;      ///< the instance or class, or null for unbound super
  Type *objType;  ///< type(obj), or obj itself when obj is a subclass of type
};

/// The type the MRO search starts from: obj's type, or obj when it is a
/// class derived from \p type.
Type *superCheck(Type *type, Value obj) {
  if (isType(obj) && isSubtype(obj.as<Type>(), type))
    return obj.as<Type>();
  if (isSubtype(typeOf(obj), type))
    return typeOf(obj);
  Value cls = getAttrOpt(obj, names.class_);
  if (cls && isType(cls) && cls.as<Type>() != typeOf(obj) && isSubtype(cls.as<Type>(), type))
    return cls.as<Type>();
  clearError();
  raise(&TypeErrorType, "super(type, obj): obj must be an instance or subtype of type");
  return nullptr;
}

Value superNew(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  Super *s = newObject<Super>(type);
  return s ? Value::object(s) : Value();
}

int superInit(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  if (!noKeywords("super", kwnames) || !checkPositional("super", nargs, 0, 2))
    return -1;
  Super *s = self.as<Super>();
  Value typeV, obj;
  if (nargs == 0) {
    // Zero-argument form: __class__ cell and the first argument of the
    // calling function's frame.
    Frame *f = ts.frame;
    if (!f || !f->code) {
      raise(&RuntimeErrorType, "super(): no current frame");
      return -1;
    }
    Code *co = f->code;
    if (co->argcount == 0 && !(co->flags & 0x04)) {
      raise(&RuntimeErrorType, "super(): no arguments");
      return -1;
    }
    obj = f->localsplus()[0];
    if (obj && co->cellSlots[0] && typeOf(obj) == &CellType)
      obj = obj.as<Cell>()->contents;
    if (!obj) {
      raise(&RuntimeErrorType, "super(): arg[0] deleted");
      return -1;
    }
    Tuple *lnames = co->localsplusNames;
    int idx = -1;
    for (int i = co->nlocalsplus - co->nfrees; i < co->nlocalsplus; i++)
      if (lnames->items[i] == Value::object(names.class_)) // names are interned (Code.cpp)
        idx = i;
    if (idx < 0) {
      raise(&RuntimeErrorType, "super(): __class__ cell not found");
      return -1;
    }
    Value cell = f->localsplus()[idx];
    typeV = cell && typeOf(cell) == &CellType ? cell.as<Cell>()->contents : Value();
    if (!typeV) {
      raise(&RuntimeErrorType, "super(): empty __class__ cell");
      return -1;
    }
    if (!isType(typeV)) {
      raise(&RuntimeErrorType, "super(): __class__ is not a type (%s)", typeName(typeV));
      return -1;
    }
  } else {
    typeV = args[0];
    obj = nargs > 1 ? args[1] : Value();
    if (!isType(typeV)) {
      raise(&TypeErrorType, "super() argument 1 must be a type, not %s", typeName(typeV));
      return -1;
    }
    if (obj && isNone(obj))
      obj = Value();
  }
  Type *objType = nullptr;
  if (obj) {
    objType = superCheck(typeV.as<Type>(), obj);
    if (!objType)
      return -1;
  }
  s->type = typeV.as<Type>();
  s->obj = obj;
  s->objType = objType;
  return 0;
}

Value superGetAttr(Value self, Str *name) {
  Super *s = self.as<Super>();
  if (s->objType && !strEqualsAscii(name, "__class__")) {
    Tuple *mro = s->objType->mro;
    int64_t i = 0;
    for (; i < mro->size; i++)
      if (mro->items[i].as<Type>() == s->type)
        break;
    for (i++; i < mro->size; i++) {
      Type *t = mro->items[i].as<Type>();
      Value v = dictGetStr(t->dict, name);
      if (!v)
        continue;
      DescrGetFn get = typeOf(v)->descrGet;
      if (get)
        return get(v, s->obj == Value::object(s->objType) ? Value() : s->obj,
                   Value::object(s->objType));
      return v;
    }
  }
  return genericGetAttr(self, name);
}

Value superRepr(Value self) {
  Super *s = self.as<Super>();
  if (s->objType)
    return strFromUtf8(std::string("<super: <class '") + typeName(s->type) + "'>, <" +
                       typeName(s->objType) + " object>>");
  return strFromUtf8(std::string("<super: <class '") + (s->type ? typeName(s->type) : "NULL") +
                     "'>, NULL>");
}

Value superThisClass(Value v) {
  Super *s = v.as<Super>();
  return s->type ? Value::object(s->type) : None();
}
Value superSelf(Value v) {
  Super *s = v.as<Super>();
  return s->obj ? s->obj : None();
}
Value superSelfClass(Value v) {
  Super *s = v.as<Super>();
  return s->objType ? Value::object(s->objType) : None();
}
const GetSetDef superGetSets[] = {
    {"__thisclass__", superThisClass, nullptr},
    {"__self__", superSelf, nullptr},
    {"__self_class__", superSelfClass, nullptr},
    {nullptr},
};

} // namespace

void initDescriptorTypes() {
  typeInitBuiltin(&GetSetDescrType, "getset_descriptor", &ObjectType, sizeof(GetSetDescr), 0);
  GetSetDescrType.descrGet = getsetGet;
  GetSetDescrType.descrSet = getsetSet;
  GetSetDescrType.repr = getsetRepr;
  typeReady(&GetSetDescrType);

  typeInitBuiltin(&MemberDescrType, "member_descriptor", &ObjectType, sizeof(MemberDescr), 0);
  MemberDescrType.descrGet = memberGet;
  MemberDescrType.descrSet = memberSet;
  MemberDescrType.repr = memberRepr;
  typeReady(&MemberDescrType, nullptr, memberGetSets);

  typeInitBuiltin(&PropertyType, "property", &ObjectType, sizeof(Property));
  PropertyType.descrGet = propertyGet;
  PropertyType.descrSet = propertySet;
  PropertyType.init = propertyInit;
  PropertyType.newFn = objectNew;
  typeReady(&PropertyType, propertyMethods, propertyGetSets);

  for (Type *t : {&StaticMethodType, &ClassMethodType}) {
    typeInitBuiltin(t, t == &StaticMethodType ? "staticmethod" : "classmethod", &ObjectType,
                    sizeof(FuncWrapper));
    t->newFn = wrapperNew;
    t->init = wrapperInit;
    t->dictOffset = int32_t(offsetof(FuncWrapper, dict));
    t->repr = wrapperRepr;
  }
  StaticMethodType.descrGet = staticGet;
  StaticMethodType.call = staticCall;
  ClassMethodType.descrGet = classGet;
  typeReady(&StaticMethodType, nullptr, wrapperGetSets);
  typeReady(&ClassMethodType, nullptr, wrapperGetSets);

  typeInitBuiltin(&SuperType, "super", &ObjectType, sizeof(Super));
  SuperType.newFn = superNew;
  SuperType.init = superInit;
  SuperType.getattr = superGetAttr;
  SuperType.repr = superRepr;
  typeReady(&SuperType, nullptr, superGetSets);
}

} // namespace kiln::rt
