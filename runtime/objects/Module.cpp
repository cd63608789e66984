//===- Module.cpp - module objects and the native module registry --------===//
#include "runtime/objects/Module.h"
#include "runtime/Abstract.h"
#include "runtime/Args.h"
#include "runtime/Errors.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Type.h"

#include <cstring>

namespace kiln::rt {

Type ModuleType;

namespace {
/// importlib's ModuleSpec, reduced to its attributes (see moduleSpecNew).
Type ModuleSpecType;
struct ModuleSpec : Object {
  Dict *dict;
};
} // namespace

namespace {
NativeModuleEntry *registry;
}

NativeModuleEntry *nativeModules() { return registry; }

NativeModuleRegistrar::NativeModuleRegistrar(const char *name, NativeModuleInit init) {
  entry.name = name;
  entry.init = init;
  entry.next = registry;
  registry = &entry;
}

Value moduleNew(Str *name) {
  Module *m = newObject<Module>(&ModuleType);
  if (!m)
    return Value();
  m->dict = dictNew();
  m->name = name;
  dictSetStr(m->dict, names.name, Value::object(name));
  dictSetStr(m->dict, names.doc, None());
  dictSetStr(m->dict, names.package, None());
  dictSetStr(m->dict, names.loader, None());
  dictSetStr(m->dict, names.spec, None());
  return Value::object(m);
}

void moduleAdd(Module *m, const char *name, Value value) { dictSetCStr(m->dict, name, value); }

void moduleAddFunctions(Module *m, const MethodDef *defs) {
  for (const MethodDef *d = defs; d->name; d++)
    dictSetCStr(m->dict, d->name, builtinFunctionNew(d, Value::object(m), Value::object(m->name)));
}

namespace {

Value moduleGetAttr(Value self, Str *name) {
  Module *m = self.as<Module>();
  Value attr = typeLookup(&ModuleType, name);
  if (attr && typeOf(attr)->descrSet)
    return typeOf(attr)->descrGet(attr, self, Value::object(&ModuleType));
  Value v = dictGetStr(m->dict, name);
  if (v)
    return v;
  if (attr) {
    DescrGetFn get = typeOf(attr)->descrGet;
    return get ? get(attr, self, Value::object(&ModuleType)) : attr;
  }
  // Module-level __getattr__ (PEP 562).
  Value hook = dictGetStr(m->dict, names.getattr);
  if (hook)
    return call(hook, {Value::object(name)});
  Value mn = dictGetStr(m->dict, names.name);
  std::string modName = mn && isStr(mn) ? strToUtf8(mn) : "?";
  return raise(&AttributeErrorType, "module '%s' has no attribute '%s'", modName.c_str(),
               strToUtf8(name).c_str());
}

Value moduleRepr(Value self) {
  Module *m = self.as<Module>();
  Value mn = dictGetStr(m->dict, names.name);
  std::string n = mn && isStr(mn) ? strToUtf8(mn) : "?";
  Value file = dictGetStr(m->dict, names.file);
  if (file && isStr(file))
    return strFromUtf8("<module '" + n + "' from '" + strToUtf8(file) + "'>");
  // Native modules have a spec whose origin is "built-in"; a module made by
  // calling the module type has none.
  Value spec = dictGetStr(m->dict, names.spec);
  if (spec && typeOf(spec) == &ModuleSpecType) {
    Value origin = dictGetCStr(spec.as<ModuleSpec>()->dict, "origin");
    if (origin && isStr(origin))
      return strFromUtf8("<module '" + n + "' (" + strToUtf8(origin) + ")>");
  }
  return strFromUtf8("<module '" + n + "'>");
}

Value moduleGetDict(Value self) { return Value::object(self.as<Module>()->dict); }

const GetSetDef moduleGetSets[] = {{"__dict__", moduleGetDict, nullptr}, {nullptr}};

Value moduleNewSlot(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  Module *m = newObject<Module>(type);
  if (!m)
    return Value();
  m->dict = dictNew();
  return Value::object(m);
}

int moduleInit(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[2];
  if (!parseArgs({"module", {"name", "doc"}, 1}, args, nargs, kwnames, a))
    return -1;
  if (!isStr(a[0])) {
    raise(&TypeErrorType, "module.__init__() argument 'name' must be str, not %s", typeName(a[0]));
    return -1;
  }
  Module *m = self.as<Module>();
  m->name = a[0].as<Str>();
  dictSetStr(m->dict, names.name, a[0]);
  dictSetStr(m->dict, names.doc, a[1] ? a[1] : None());
  dictSetStr(m->dict, names.package, None());
  dictSetStr(m->dict, names.loader, None());
  dictSetStr(m->dict, names.spec, None());
  return 0;
}

Value moduleDir(Value self) {
  Value d = Value::object(self.as<Module>()->dict);
  Value dirHook = dictGetStr(self.as<Module>()->dict, names.dir);
  if (dirHook)
    return call(dirHook, {});
  return dictKeysList(d.as<Dict>());
}

const MethodDef moduleMethods[] = {KILN_METH_NOARGS("__dir__", moduleDir), {nullptr}};

} // namespace

// --- ModuleSpec ---------------------------------------------------------------
// The __spec__ of imported modules: a plain object with the attributes
// importlib's ModuleSpec has (name, origin, parent, ...), no loader.

namespace {

Value specRepr(Value self) {
  Dict *d = self.as<ModuleSpec>()->dict;
  std::string out = "ModuleSpec(";
  const char *fields[] = {"name", "loader", "origin"};
  for (int i = 0; i < 3; i++) {
    Value v = dictGetCStr(d, fields[i]);
    Value r = repr(v ? v : None());
    if (!r)
      return Value();
    out += std::string(i ? ", " : "") + fields[i] + "=" + strToUtf8(r);
  }
  Value locs = dictGetCStr(d, "submodule_search_locations");
  if (locs && !isNone(locs)) {
    Value r = repr(locs);
    if (!r)
      return Value();
    out += ", submodule_search_locations=" + strToUtf8(r);
  }
  return strFromUtf8(out + ")");
}

} // namespace

Value moduleSpecNew(const std::string &name, Value origin, Value searchLocations) {
  ModuleSpec *s = newObject<ModuleSpec>(&ModuleSpecType);
  if (!s)
    return Value();
  s->dict = dictNew();
  size_t dot = name.rfind('.');
  bool package = searchLocations && !isNone(searchLocations);
  std::string parent = package ? name : dot == std::string::npos ? "" : name.substr(0, dot);
  dictSetCStr(s->dict, "name", strFromUtf8(name));
  dictSetCStr(s->dict, "loader", None());
  dictSetCStr(s->dict, "origin", origin ? origin : None());
  dictSetCStr(s->dict, "loader_state", None());
  dictSetCStr(s->dict, "submodule_search_locations", package ? searchLocations : None());
  dictSetCStr(s->dict, "cached", None());
  dictSetCStr(s->dict, "parent", strFromUtf8(parent));
  dictSetCStr(s->dict, "has_location", boolValue(origin && isStr(origin)));
  return Value::object(s);
}

void initModuleType() {
  typeInitBuiltin(&ModuleSpecType, "ModuleSpec", &ObjectType, sizeof(ModuleSpec));
  ModuleSpecType.repr = specRepr;
  ModuleSpecType.dictOffset = int32_t(offsetof(ModuleSpec, dict));
  typeReady(&ModuleSpecType);

  typeInitBuiltin(&ModuleType, "module", &ObjectType, sizeof(Module));
  ModuleType.getattr = moduleGetAttr;
  ModuleType.repr = moduleRepr;
  ModuleType.newFn = moduleNewSlot;
  ModuleType.init = moduleInit;
  ModuleType.dictOffset = int32_t(offsetof(Module, dict));
  typeReady(&ModuleType, moduleMethods, moduleGetSets);
}

} // namespace kiln::rt
