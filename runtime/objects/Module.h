//===- Module.h - module objects and the module registry ------------------===//
///
/// A module is a namespace dict with a name. Native modules (written in
/// C++) register themselves with one line in their own file:
///
///   static bool initMath(Module *m) { ... return true; }
///   KILN_NATIVE_MODULE("math", initMath);
///
/// and are created the first time they are imported. Modules written in
/// Python and shipped with the runtime are the .py files of runtime/lib/,
/// embedded at build time; adding either kind is adding one file.
///
//===----------------------------------------------------------------------===//
#pragma once

#include "runtime/Object.h"

#include <string>
#include "runtime/objects/Function.h"

namespace kiln::rt {

struct Dict;
struct Str;

struct Module : Object {
  Dict *dict;
  Str *name;
};

Value moduleNew(Str *name);
/// Adds the functions of \p defs (null-name terminated) to the module.
void moduleAddFunctions(Module *m, const MethodDef *defs);
/// m.name = value.
void moduleAdd(Module *m, const char *name, Value value);

using NativeModuleInit = bool (*)(Module *m);

struct NativeModuleEntry {
  const char *name;
  NativeModuleInit init;
  NativeModuleEntry *next;
};

/// The registered native modules (a linked list built at static init).
NativeModuleEntry *nativeModules();

struct NativeModuleRegistrar {
  NativeModuleEntry entry;
  NativeModuleRegistrar(const char *name, NativeModuleInit init);
};

#define KILN_NATIVE_MODULE(name, init)                                                    \
  static ::kiln::rt::NativeModuleRegistrar kilnNativeModule_##init(name, init)

/// The Python source of a module shipped in runtime/lib/, or null.
const char *bundledModuleSource(const char *name);
/// True when bundled modules named `name.<something>` exist (name is a
/// package: runtime/lib/name/__init__.py and its submodules).
bool bundledIsPackage(const char *name);

/// A __spec__ for module \p name loaded from \p origin (a str, or null);
/// \p searchLocations is a package's __path__ list, or null.
Value moduleSpecNew(const std::string &name, Value origin, Value searchLocations);

void initModuleType();

} // namespace kiln::rt
