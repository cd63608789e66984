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
  return strFromUtf8("<module '" + n + "' (built-in)>");
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

void initModuleType() {
  typeInitBuiltin(&ModuleType, "module", &ObjectType, sizeof(Module));
  ModuleType.getattr = moduleGetAttr;
  ModuleType.repr = moduleRepr;
  ModuleType.newFn = moduleNewSlot;
  ModuleType.init = moduleInit;
  ModuleType.dictOffset = int32_t(offsetof(Module, dict));
  typeReady(&ModuleType, moduleMethods, moduleGetSets);
}

} // namespace kiln::rt
