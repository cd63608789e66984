//===- Function.cpp - functions, calls, methods, cells, built-ins --------===//
///
/// functionCall binds a call's arguments into a new frame's localsplus
/// exactly as CPython does (positional, *args tuple, keywords by name,
/// **kwargs dict, defaults, keyword-only defaults, and CPython's messages
/// for every mistake), pushes the frame on the chain and runs it through
/// its code's entry — the interpreter or a native function.
///
//===----------------------------------------------------------------------===//
#include "runtime/objects/Function.h"
#include "runtime/Abstract.h"
#include "runtime/Args.h"
#include "runtime/Errors.h"
#include "runtime/Frame.h"
#include "runtime/FrameAlloc.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/objects/Code.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/Module.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace kiln::rt {

Type FunctionType, MethodType, CellType, BuiltinFunctionType, MethodDescrType,
    ClassMethodDescrType;

Value functionNew(Code *code, Dict *globals, Value qualname) {
  Function *f = newObject<Function>(&FunctionType);
  if (!f)
    return Value();
  f->code = code;
  f->globals = globals;
  // Where globals keeps __builtins__ and __name__, remembered for the last
  // globals dict while its keys do not change (a closure made in a loop
  // looks both up once); values are read through the entries, so
  // rebinding either name is seen.
  static struct {
    Dict *globals;
    uint64_t version;
    int64_t builtinsIx, nameIx;
  } where;
  if (where.globals != globals || where.version != globals->version) {
    where.globals = globals;
    where.version = globals->version;
    where.builtinsIx = dictLookupIndexStr(globals, names.builtins);
    where.nameIx = dictLookupIndexStr(globals, names.name);
  }
  Value b = where.builtinsIx >= 0 ? globals->entries[where.builtinsIx].value : Value();
  extern Dict *builtinsDict();
  if (b && isDict(b))
    f->builtins = b.as<Dict>();
  else if (b && typeOf(b) == &ModuleType)
    f->builtins = *instanceDictPtr(b);
  else
    f->builtins = builtinsDict();
  f->name = code->name;
  f->qualname = qualname && isStr(qualname) ? qualname.as<Str>() : code->qualname;
  f->doc = None();
  // A string first constant is the docstring (the compiler guarantees
  // co_consts[0] is None otherwise for functions).
  if (code->consts->size > 0 && isStr(code->consts->items[0]))
    f->doc = code->consts->items[0];
  Value mod = where.nameIx >= 0 ? globals->entries[where.nameIx].value : Value();
  f->module = mod ? mod : None();
  return Value::object(f);
}

Value methodNew(Value func, Value self) {
  Method *m = newObject<Method>(&MethodType);
  if (!m)
    return Value();
  m->func = func;
  m->self = self;
  return Value::object(m);
}

Value cellNew(Value contents) {
  Cell *c = newObject<Cell>(&CellType);
  if (!c)
    return Value();
  c->contents = contents;
  return Value::object(c);
}

// --- Argument binding ------------------------------------------------------------

namespace {

std::string qualnameOf(Function *f) { return strToUtf8(f->qualname); }

/// "'a'", "'a' and 'b'", "'a', 'b', and 'c'".
std::string nameList(const std::vector<std::string> &ns) {
  std::string out;
  for (size_t i = 0; i < ns.size(); i++) {
    if (i) {
      if (ns.size() == 2)
        out += " and ";
      else if (i + 1 == ns.size())
        out += ", and ";
      else
        out += ", ";
    }
    out += "'" + ns[i] + "'";
  }
  return out;
}

void missingArgs(Function *f, const std::vector<std::string> &missing, bool kwonly) {
  raise(&TypeErrorType, "%s() missing %zu required %s argument%s: %s", qualnameOf(f).c_str(),
        missing.size(), kwonly ? "keyword-only" : "positional", missing.size() == 1 ? "" : "s",
        nameList(missing).c_str());
}

void tooManyPositional(Function *f, size_t given, Value *locals) {
  Code *co = f->code;
  int64_t ndefaults = f->defaults ? f->defaults.as<Tuple>()->size : 0;
  size_t kwonlyGiven = 0;
  for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
    if (locals[i])
      kwonlyGiven++;
  std::string takes;
  int argcount = co->argcount;
  if (ndefaults) {
    takes = "from " + std::to_string(argcount - ndefaults) + " to " + std::to_string(argcount) +
            " positional arguments";
  } else {
    takes = std::to_string(argcount) + " positional argument" + (argcount == 1 ? "" : "s");
  }
  std::string given_s;
  if (kwonlyGiven) {
    given_s = std::to_string(given) + " positional argument" + (given == 1 ? "" : "s") + " (and " +
              std::to_string(kwonlyGiven) + " keyword-only argument" +
              (kwonlyGiven == 1 ? "" : "s") + ")";
  } else {
    given_s = std::to_string(given);
  }
  raise(&TypeErrorType, "%s() takes %s but %s %s given", qualnameOf(f).c_str(), takes.c_str(),
        given_s.c_str(), (given == 1 && !kwonlyGiven) ? "was" : "were");
}

/// Binds the call into \p locals (localsplus of a fresh frame). False with
/// TypeError on a bad call.
bool bindArguments(Function *f, Value *locals, const Value *args, size_t nargs, Tuple *kwnames) {
  Code *co = f->code;
  int argcount = co->argcount;
  int kwonly = co->kwonlyargcount;
  int total = argcount + kwonly;
  bool varargs = co->flags & 0x04, varkw = co->flags & 0x08;
  Dict *kwdict = nullptr;
  if (varkw) {
    kwdict = dictNew();
    if (!kwdict)
      return false;
    locals[total + (varargs ? 1 : 0)] = Value::object(kwdict);
  }
  size_t n = nargs < size_t(argcount) ? nargs : size_t(argcount);
  for (size_t i = 0; i < n; i++)
    locals[i] = args[i];
  if (varargs) {
    Tuple *rest = nargs > size_t(argcount) ? tupleFromArray(args + argcount, int64_t(nargs - argcount))
                                           : emptyTuple();
    if (!rest)
      return false;
    locals[total] = Value::object(rest);
  }
  size_t nkw = kwnames ? size_t(kwnames->size) : 0;
  std::vector<std::string> posonlyPassed;
  Tuple *varnames = co->localsplusNames;
  for (size_t k = 0; k < nkw; k++) {
    Value name = kwnames->items[k];
    Value value = args[nargs + k];
    int found = -1;
    for (int i = co->posonlyargcount; i < total; i++)
      if (varnames->items[i] == name) {
        found = i;
        break;
      }
    if (found < 0 && isStr(name))
      for (int i = co->posonlyargcount; i < total; i++)
        if (strEqual(varnames->items[i].as<Str>(), name.as<Str>())) {
          found = i;
          break;
        }
    if (found < 0) {
      if (kwdict) {
        if (dictSet(kwdict, name, value) < 0)
          return false;
        continue;
      }
      bool posonly = false;
      for (int i = 0; i < co->posonlyargcount; i++)
        if (isStr(name) && strEqual(varnames->items[i].as<Str>(), name.as<Str>()))
          posonly = true;
      if (posonly) {
        posonlyPassed.push_back(strToUtf8(name));
        continue;
      }
      if (!isStr(name)) {
        raise(&TypeErrorType, "%s() keywords must be strings", qualnameOf(f).c_str());
        return false;
      }
      raise(&TypeErrorType, "%s() got an unexpected keyword argument '%s'", qualnameOf(f).c_str(),
            strToUtf8(name).c_str());
      return false;
    }
    if (locals[found]) {
      raise(&TypeErrorType, "%s() got multiple values for argument '%s'", qualnameOf(f).c_str(),
            strToUtf8(name).c_str());
      return false;
    }
    locals[found] = value;
  }
  if (!posonlyPassed.empty()) {
    std::string list;
    for (size_t i = 0; i < posonlyPassed.size(); i++)
      list += (i ? ", " : "") + posonlyPassed[i];
    raise(&TypeErrorType,
          "%s() got some positional-only arguments passed as keyword arguments: '%s'",
          qualnameOf(f).c_str(), list.c_str());
    return false;
  }
  if (nargs > size_t(argcount) && !varargs) {
    tooManyPositional(f, nargs, locals);
    return false;
  }
  if (nargs < size_t(argcount)) {
    Tuple *defs = f->defaults ? f->defaults.as<Tuple>() : nullptr;
    int64_t ndefs = defs ? defs->size : 0;
    int64_t firstDefault = argcount - ndefs;
    std::vector<std::string> missing;
    for (int i = int(nargs); i < argcount; i++) {
      if (locals[i])
        continue;
      if (i >= firstDefault)
        locals[i] = defs->items[i - firstDefault];
      else
        missing.push_back(strToUtf8(varnames->items[i]));
    }
    if (!missing.empty()) {
      missingArgs(f, missing, false);
      return false;
    }
  }
  if (kwonly) {
    std::vector<std::string> missing;
    for (int i = argcount; i < total; i++) {
      if (locals[i])
        continue;
      Value d = f->kwdefaults ? dictGet(f->kwdefaults.as<Dict>(), varnames->items[i]) : Value();
      if (d)
        locals[i] = d;
      else
        missing.push_back(strToUtf8(varnames->items[i]));
    }
    if (!missing.empty()) {
      missingArgs(f, missing, true);
      return false;
    }
  }
  return true;
}

} // namespace

Value functionCall(Value func, const Value *args, size_t nargs, Tuple *kwnames) {
  Function *f = func.as<Function>();
  Code *co = f->code;
  if (!enterCall())
    return Value();
  Frame *fr = frameNew(co, f->globals, f->builtins, Value(), f);
  if (!fr) {
    leaveCall();
    return Value();
  }
  Value *locals = fr->localsplus();
  if (!kwnames && int64_t(nargs) == co->simpleArgc) {
    for (size_t i = 0; i < nargs; i++)
      locals[i] = args[i];
  } else if (!bindArguments(f, locals, args, nargs, kwnames)) {
    frameRelease(fr);
    leaveCall();
    return Value();
  }
  framePush(fr);
  Value r = co->entry(fr, Value());
  framePop(fr);
  frameRelease(fr);
  leaveCall();
  return r;
}

// --- Built-in functions and method descriptors ------------------------------------

namespace {

/// CPython's message for a call that does not fit \p def's kind.
[[gnu::noinline, gnu::cold]] Value methodDefArgError(const MethodDef *def, Value self,
                                                    size_t nargs, bool hasKw) {
  // Methods are named "type.name()" in these messages, functions "name()".
  std::string name = def->name;
  if (self && typeOf(self) == &ModuleType) {
    std::string mod = strToUtf8(self.as<Module>()->name);
    if (mod != "builtins")
      name = mod + "." + name;
  } else if (self)
    name = std::string(isType(self) && def->binding == MethodDef::Class
                           ? typeName(self.as<Type>())
                           : typeName(self)) +
           "." + name;
  if (hasKw)
    return raise(&TypeErrorType, "%s() takes no keyword arguments", name.c_str());
  if (def->kind == CallKind::NoArgs)
    return raise(&TypeErrorType, "%s() takes no arguments (%zu given)", name.c_str(), nargs);
  return raise(&TypeErrorType, "%s() takes exactly one argument (%zu given)", name.c_str(),
               nargs);
}

} // namespace

Value callMethodDef(const MethodDef *def, Value self, const Value *args, size_t nargs,
                    Tuple *kwnames) {
  bool hasKw = kwnames && kwnames->size;
  switch (def->kind) {
  case CallKind::NoArgs:
    if (hasKw || nargs != 0)
      break;
    return reinterpret_cast<NoArgsFn>(def->fn)(self);
  case CallKind::OneArg:
    if (hasKw || nargs != 1)
      break;
    return reinterpret_cast<OneArgFn>(def->fn)(self, args[0]);
  case CallKind::Fast:
    if (hasKw)
      break;
    return reinterpret_cast<FastFn>(def->fn)(self, args, nargs);
  case CallKind::FastKw:
    return reinterpret_cast<FastKwFn>(def->fn)(self, args, nargs, hasKw ? kwnames : nullptr);
  }
  return methodDefArgError(def, self, nargs, hasKw);
}

Value builtinFunctionNew(const MethodDef *def, Value self, Value module) {
  BuiltinFunction *b = newObject<BuiltinFunction>(&BuiltinFunctionType);
  if (!b)
    return Value();
  b->def = def;
  b->self = self;
  b->module = module;
  return Value::object(b);
}

namespace {

Value builtinCall(Value callable, const Value *args, size_t nargs, Tuple *kwnames) {
  BuiltinFunction *b = callable.as<BuiltinFunction>();
  return callMethodDef(b->def, b->self, args, nargs, kwnames);
}

Value builtinRepr(Value v) {
  BuiltinFunction *b = v.as<BuiltinFunction>();
  if (!b->self || typeOf(b->self) == &ModuleType)
    return strFromUtf8(std::string("<built-in function ") + b->def->name + ">");
  char buf[32];
  snprintf(buf, sizeof buf, "%p", (void *)b->self.bits());
  if (isType(b->self))
    return strFromUtf8(std::string("<built-in method ") + b->def->name + " of type object at " +
                       buf + ">");
  return strFromUtf8(std::string("<built-in method ") + b->def->name + " of " +
                     typeName(b->self) + " object at " + buf + ">");
}

Value builtinGetName(Value v) { return Value::object(intern(v.as<BuiltinFunction>()->def->name)); }
Value builtinGetQualname(Value v) {
  BuiltinFunction *b = v.as<BuiltinFunction>();
  if (!b->self || typeOf(b->self) == &ModuleType)
    return builtinGetName(v);
  const char *owner = isType(b->self) ? typeName(b->self.as<Type>()) : typeName(b->self);
  return strFromUtf8(std::string(owner) + "." + b->def->name);
}
Value builtinGetSelf(Value v) {
  BuiltinFunction *b = v.as<BuiltinFunction>();
  return b->self ? b->self : None();
}
Value builtinGetModule(Value v) {
  BuiltinFunction *b = v.as<BuiltinFunction>();
  return b->module ? b->module : None();
}
Value builtinGetDoc(Value v) {
  const char *d = v.as<BuiltinFunction>()->def->doc;
  return d ? strFromUtf8(d) : None();
}

const GetSetDef builtinGetSets[] = {
    {"__name__", builtinGetName, nullptr},     {"__qualname__", builtinGetQualname, nullptr},
    {"__self__", builtinGetSelf, nullptr},     {"__module__", builtinGetModule, nullptr},
    {"__doc__", builtinGetDoc, nullptr},       {nullptr},
};

bool builtinHash(Value v, int64_t *out) {
  BuiltinFunction *b = v.as<BuiltinFunction>();
  *out = int64_t((uintptr_t(b->def) >> 3) ^ b->self.bits());
  if (*out == -1)
    *out = -2;
  return true;
}

Value builtinRichCompare(Value a, Value b, int op) {
  if ((op != 2 && op != 3) || typeOf(b) != &BuiltinFunctionType)
    return NotImplemented();
  BuiltinFunction *x = a.as<BuiltinFunction>(), *y = b.as<BuiltinFunction>();
  bool eq = x->def == y->def && x->self == y->self;
  return boolValue(op == 2 ? eq : !eq);
}

// Method descriptors: `list.append` in the type dict.

Value methodDescrCall(Value callable, const Value *args, size_t nargs, Tuple *kwnames) {
  MethodDescr *d = callable.as<MethodDescr>();
  if (nargs < 1)
    return raise(&TypeErrorType, "unbound method %s.%s() needs an argument", typeName(d->owner),
                 d->def->name);
  if (!isInstance(args[0], d->owner))
    return raise(&TypeErrorType,
                 "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->def->name,
                 typeName(d->owner), typeName(args[0]));
  return callMethodDef(d->def, args[0], args + 1, nargs - 1, kwnames);
}

Value methodDescrGet(Value descr, Value obj, Value type) {
  if (!obj)
    return descr;
  MethodDescr *d = descr.as<MethodDescr>();
  if (!isInstance(obj, d->owner))
    return raise(&TypeErrorType,
                 "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->def->name,
                 typeName(d->owner), typeName(obj));
  return builtinFunctionNew(d->def, obj);
}

Value methodDescrRepr(Value v) {
  MethodDescr *d = v.as<MethodDescr>();
  return strFromUtf8(std::string("<method '") + d->def->name + "' of '" + typeName(d->owner) +
                     "' objects>");
}

Value descrGetName(Value v) { return Value::object(intern(v.as<MethodDescr>()->def->name)); }
Value descrGetQualname(Value v) {
  MethodDescr *d = v.as<MethodDescr>();
  return strFromUtf8(std::string(typeName(d->owner)) + "." + d->def->name);
}
Value descrGetObjclass(Value v) { return Value::object(v.as<MethodDescr>()->owner); }
Value descrGetDoc(Value v) {
  const char *d = v.as<MethodDescr>()->def->doc;
  return d ? strFromUtf8(d) : None();
}
const GetSetDef descrGetSets[] = {
    {"__name__", descrGetName, nullptr},
    {"__qualname__", descrGetQualname, nullptr},
    {"__objclass__", descrGetObjclass, nullptr},
    {"__doc__", descrGetDoc, nullptr},
    {nullptr},
};

// Built-in classmethods (dict.fromkeys): bind to the class on access.
Value classMethodDescrGet(Value descr, Value obj, Value type) {
  MethodDescr *d = descr.as<MethodDescr>();
  if (!type)
    type = Value::object(typeOf(obj));
  return builtinFunctionNew(d->def, type);
}

Value classMethodDescrCall(Value callable, const Value *args, size_t nargs, Tuple *kwnames) {
  MethodDescr *d = callable.as<MethodDescr>();
  if (nargs < 1 || !isType(args[0]))
    return raise(&TypeErrorType, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
                 d->def->name, typeName(d->owner), nargs ? typeName(args[0]) : "NoneType");
  return callMethodDef(d->def, args[0], args + 1, nargs - 1, kwnames);
}

Value classMethodDescrRepr(Value v) {
  MethodDescr *d = v.as<MethodDescr>();
  return strFromUtf8(std::string("<method '") + d->def->name + "' of '" + typeName(d->owner) +
                     "' objects>");
}

// --- Python functions ---------------------------------------------------------------

Value functionCallSlot(Value callable, const Value *args, size_t nargs, Tuple *kwnames) {
  return functionCall(callable, args, nargs, kwnames);
}

Value functionDescrGet(Value func, Value obj, Value type) {
  if (!obj)
    return func;
  return methodNew(func, obj);
}

Value functionRepr(Value v) {
  char buf[32];
  snprintf(buf, sizeof buf, "%p", (void *)v.bits());
  return strFromUtf8("<function " + strToUtf8(v.as<Function>()->qualname) + " at " + buf + ">");
}

Function *fn(Value v) { return v.as<Function>(); }

Value fGetName(Value v) { return Value::object(fn(v)->name); }
int fSetName(Value v, Value x) {
  if (!x || !isStr(x)) {
    raise(&TypeErrorType, "__name__ must be set to a string object");
    return -1;
  }
  fn(v)->name = x.as<Str>();
  return 0;
}
Value fGetQualname(Value v) { return Value::object(fn(v)->qualname); }
int fSetQualname(Value v, Value x) {
  if (!x || !isStr(x)) {
    raise(&TypeErrorType, "__qualname__ must be set to a string object");
    return -1;
  }
  fn(v)->qualname = x.as<Str>();
  return 0;
}
Value fGetCode(Value v) { return Value::object(fn(v)->code); }
int fSetCode(Value v, Value x) {
  if (!x || typeOf(x) != &CodeType) {
    raise(&TypeErrorType, "__code__ must be set to a code object");
    return -1;
  }
  fn(v)->code = x.as<Code>();
  return 0;
}
Value fGetDefaults(Value v) { return fn(v)->defaults ? fn(v)->defaults : None(); }
int fSetDefaults(Value v, Value x) {
  if (x && !isNone(x) && !isTuple(x)) {
    raise(&TypeErrorType, "__defaults__ must be set to a tuple object");
    return -1;
  }
  fn(v)->defaults = x && !isNone(x) && x.as<Tuple>()->size ? x : Value();
  return 0;
}
Value fGetKwdefaults(Value v) { return fn(v)->kwdefaults ? fn(v)->kwdefaults : None(); }
int fSetKwdefaults(Value v, Value x) {
  if (x && !isNone(x) && !isDict(x)) {
    raise(&TypeErrorType, "__kwdefaults__ must be set to a dict object");
    return -1;
  }
  fn(v)->kwdefaults = x && !isNone(x) ? x : Value();
  return 0;
}
Value fGetClosure(Value v) { return fn(v)->closure ? fn(v)->closure : None(); }
Value fGetGlobals(Value v) { return Value::object(fn(v)->globals); }
Value fGetBuiltins(Value v) { return Value::object(fn(v)->builtins); }
Value fGetDoc(Value v) { return fn(v)->doc ? fn(v)->doc : None(); }
int fSetDoc(Value v, Value x) {
  fn(v)->doc = x ? x : None();
  return 0;
}
Value fGetModule(Value v) { return fn(v)->module ? fn(v)->module : None(); }
int fSetModule(Value v, Value x) {
  fn(v)->module = x ? x : None();
  return 0;
}
Value fGetAnnotations(Value v) {
  Function *f = fn(v);
  if (!f->annotations || isNone(f->annotations))
    f->annotations = Value::object(dictNew());
  else if (isTuple(f->annotations)) {
    // MAKE_FUNCTION leaves a flat (name, value, ...) tuple.
    Tuple *t = f->annotations.as<Tuple>();
    Dict *d = dictNew();
    for (int64_t i = 0; i + 1 < t->size; i += 2)
      dictSet(d, t->items[i], t->items[i + 1]);
    f->annotations = Value::object(d);
  }
  return f->annotations;
}
int fSetAnnotations(Value v, Value x) {
  if (x && !isNone(x) && !isDict(x)) {
    raise(&TypeErrorType, "__annotations__ must be set to a dict object");
    return -1;
  }
  fn(v)->annotations = x;
  return 0;
}
Value fGetDict(Value v) {
  Function *f = fn(v);
  if (!f->dict)
    f->dict = dictNew();
  return Value::object(f->dict);
}

const GetSetDef functionGetSets[] = {
    {"__name__", fGetName, fSetName},
    {"__qualname__", fGetQualname, fSetQualname},
    {"__code__", fGetCode, fSetCode},
    {"__defaults__", fGetDefaults, fSetDefaults},
    {"__kwdefaults__", fGetKwdefaults, fSetKwdefaults},
    {"__closure__", fGetClosure, nullptr},
    {"__globals__", fGetGlobals, nullptr},
    {"__builtins__", fGetBuiltins, nullptr},
    {"__doc__", fGetDoc, fSetDoc},
    {"__module__", fGetModule, fSetModule},
    {"__annotations__", fGetAnnotations, fSetAnnotations},
    {"__dict__", fGetDict, nullptr},
    {nullptr},
};

// --- Bound methods ------------------------------------------------------------------

Value methodCall(Value callable, const Value *args, size_t nargs, Tuple *kwnames) {
  Method *m = callable.as<Method>();
  size_t total = nargs + (kwnames ? size_t(kwnames->size) : 0);
  ValueBuffer<16> buf;
  Value *all = total + 1 <= 16 ? buf.data() : allocValues(total + 1);
  if (!all)
    return Value();
  all[0] = m->self;
  if (total)
    memcpy(all + 1, args, total * sizeof(Value));
  if (typeOf(m->func) == &FunctionType)
    return functionCall(m->func, all, nargs + 1, kwnames);
  return call(m->func, all, nargs + 1, kwnames);
}

Value methodRepr(Value v) {
  Method *m = v.as<Method>();
  Value name = getAttrOpt(m->func, names.qualname);
  if (!name) {
    if (errOccurred())
      return Value();
    name = getAttrOpt(m->func, names.name);
  }
  Value selfRepr = repr(m->self);
  if (!selfRepr)
    return Value();
  std::string n = name && isStr(name) ? strToUtf8(name) : "?";
  return strFromUtf8("<bound method " + n + " of " + strToUtf8(selfRepr) + ">");
}

Value methodGetAttr(Value self, Str *name) {
  // Attributes of the method object itself first, then of the function.
  Value attr = typeLookup(&MethodType, name);
  if (attr) {
    DescrGetFn get = typeOf(attr)->descrGet;
    if (get)
      return get(attr, self, Value::object(&MethodType));
    return attr;
  }
  return getAttr(self.as<Method>()->func, name);
}

Value methodRichCompare(Value a, Value b, int op) {
  if ((op != 2 && op != 3) || typeOf(b) != &MethodType)
    return NotImplemented();
  Method *x = a.as<Method>(), *y = b.as<Method>();
  int eq = x->self == y->self ? equal(x->func, y->func) : 0;
  if (eq < 0)
    return Value();
  return boolValue(op == 2 ? eq : !eq);
}

bool methodHash(Value v, int64_t *out) {
  Method *m = v.as<Method>();
  int64_t h;
  if (!hash(m->func, &h))
    return false;
  *out = h ^ int64_t(m->self.bits() >> 4);
  if (*out == -1)
    *out = -2;
  return true;
}

Value mGetFunc(Value v) { return v.as<Method>()->func; }
Value mGetSelf(Value v) { return v.as<Method>()->self; }
const GetSetDef methodGetSets[] = {
    {"__func__", mGetFunc, nullptr},
    {"__self__", mGetSelf, nullptr},
    {nullptr},
};

Value methodNewSlot(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  if (!checkPositional("method", nargs, 2, 2))
    return Value();
  if (!isCallable(args[0]))
    return raise(&TypeErrorType, "first argument must be callable");
  if (isNone(args[1]))
    return raise(&TypeErrorType, "instance must not be None");
  return methodNew(args[0], args[1]);
}

// --- Cells ---------------------------------------------------------------------------

Value cellGetContents(Value v) {
  Value c = v.as<Cell>()->contents;
  if (!c)
    return raise(&ValueErrorType, "Cell is empty");
  return c;
}
int cellSetContents(Value v, Value x) {
  v.as<Cell>()->contents = x;
  return 0;
}
const GetSetDef cellGetSets[] = {{"cell_contents", cellGetContents, cellSetContents}, {nullptr}};

Value cellRepr(Value v) {
  char buf[80];
  Value c = v.as<Cell>()->contents;
  if (!c) {
    snprintf(buf, sizeof buf, "<cell at %p: empty>", (void *)v.bits());
    return strFromUtf8(buf);
  }
  char buf2[64];
  snprintf(buf, sizeof buf, "<cell at %p: ", (void *)v.bits());
  snprintf(buf2, sizeof buf2, " object at %p>", (void *)c.bits());
  return strFromUtf8(std::string(buf) + typeName(c) + buf2);
}

Value cellNewSlot(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  if (!checkPositional("cell", nargs, 0, 1))
    return Value();
  return cellNew(nargs ? args[0] : Value());
}

Value cellRichCompare(Value a, Value b, int op) {
  if (typeOf(b) != &CellType)
    return NotImplemented();
  Value x = a.as<Cell>()->contents, y = b.as<Cell>()->contents;
  if (x && y)
    return richCompare(x, y, op);
  int c = (x ? 1 : 0) - (y ? 1 : 0);
  switch (op) {
  case 0: return boolValue(c < 0);
  case 1: return boolValue(c <= 0);
  case 2: return boolValue(c == 0);
  case 3: return boolValue(c != 0);
  case 4: return boolValue(c > 0);
  default: return boolValue(c >= 0);
  }
}

} // namespace

void addMethods(Type *type, const MethodDef *defs) {
  typeModified(type);
  for (const MethodDef *d = defs; d->name; d++) {
    Value v;
    if (d->binding == MethodDef::Instance) {
      MethodDescr *m = newObject<MethodDescr>(&MethodDescrType);
      m->def = d;
      m->owner = type;
      v = Value::object(m);
    } else if (d->binding == MethodDef::Class) {
      MethodDescr *m = newObject<MethodDescr>(&ClassMethodDescrType);
      m->def = d;
      m->owner = type;
      v = Value::object(m);
    } else {
      // Static: a built-in function wrapped in staticmethod.
      Value f = builtinFunctionNew(d, Value());
      v = call(Value::object(&StaticMethodType), {f});
    }
    dictSetStr(type->dict, intern(d->name), v);
  }
}

void initFunctionTypes() {
  typeInitBuiltin(&FunctionType, "function", &ObjectType, sizeof(Function), 0);
  FunctionType.call = functionCallSlot;
  FunctionType.descrGet = functionDescrGet;
  FunctionType.repr = functionRepr;
  FunctionType.dictOffset = int32_t(offsetof(Function, dict));
  typeReady(&FunctionType, nullptr, functionGetSets);

  typeInitBuiltin(&MethodType, "method", &ObjectType, sizeof(Method), 0);
  MethodType.call = methodCall;
  MethodType.repr = methodRepr;
  MethodType.getattr = methodGetAttr;
  MethodType.richcompare = methodRichCompare;
  MethodType.hash = methodHash;
  MethodType.newFn = methodNewSlot;
  typeReady(&MethodType, nullptr, methodGetSets);

  typeInitBuiltin(&CellType, "cell", &ObjectType, sizeof(Cell), 0);
  CellType.repr = cellRepr;
  CellType.newFn = cellNewSlot;
  CellType.richcompare = cellRichCompare;
  CellType.hash = hashNotImplemented;
  typeReady(&CellType, nullptr, cellGetSets);

  typeInitBuiltin(&BuiltinFunctionType, "builtin_function_or_method", &ObjectType,
                  sizeof(BuiltinFunction), 0);
  BuiltinFunctionType.call = builtinCall;
  BuiltinFunctionType.repr = builtinRepr;
  BuiltinFunctionType.hash = builtinHash;
  BuiltinFunctionType.richcompare = builtinRichCompare;
  typeReady(&BuiltinFunctionType, nullptr, builtinGetSets);

  typeInitBuiltin(&MethodDescrType, "method_descriptor", &ObjectType, sizeof(MethodDescr), 0);
  MethodDescrType.call = methodDescrCall;
  MethodDescrType.descrGet = methodDescrGet;
  MethodDescrType.repr = methodDescrRepr;
  typeReady(&MethodDescrType, nullptr, descrGetSets);

  typeInitBuiltin(&ClassMethodDescrType, "classmethod_descriptor", &ObjectType,
                  sizeof(MethodDescr), 0);
  ClassMethodDescrType.call = classMethodDescrCall;
  ClassMethodDescrType.descrGet = classMethodDescrGet;
  ClassMethodDescrType.repr = classMethodDescrRepr;
  typeReady(&ClassMethodDescrType, nullptr, descrGetSets);
}

} // namespace kiln::rt
