//===- Import.cpp - The import system --------------------------------------===//
///
/// `import a.b.c` imports each prefix in turn. A name is found, in order,
/// in sys.modules, among the native modules (C++), among the Python
/// modules shipped with the runtime, and finally as `NAME.py` or
/// `NAME/__init__.py` in the parent package's __path__ (for top-level
/// names: sys.path, which starts with the script's folder and then the
/// folders of KILNPATH). A module is in sys.modules before its body runs,
/// so circular imports see the partial module, as in CPython.
///
/// In a built executable the modules compiled in (NativeProgram.h) take
/// the place of the files they were compiled from: the program's own
/// modules are found before sys.path, the runtime's library modules before
/// their bundled sources; either way their code runs natively.
///
//===----------------------------------------------------------------------===//
#include "frontend/Source.h"
#include "runtime/Abstract.h"
#include "runtime/Errors.h"
#include "runtime/Frame.h"
#include "runtime/Names.h"
#include "runtime/NativeProgram.h"
#include "runtime/Runtime.h"
#include "runtime/objects/Code.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Exception.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Module.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"

#include <fstream>
#include <sstream>
#include <sys/stat.h>

namespace kiln::rt {

namespace {

using frontend::isRegularFile;
using frontend::readFileBytes;

Value moduleNotFound(const std::string &msg, const std::string &name) {
  Value exc = exceptionNew(&ModuleNotFoundErrorType, tupleOf({strFromUtf8(msg)}));
  if (!exc)
    return Value();
  exc.as<BaseException>()->fields[1] = strFromUtf8(name);
  setCurrentException(exc);
  return Value();
}

/// The code of a module: compiled from \p source, or the native module's.
Value moduleCode(const KilnNativeModule *native, const std::string &source,
                 const std::string &filename, CodeOrigin origin) {
  if (native)
    return nativeModuleCode(native);
  Value code = compileToCode(source, filename, "exec", true);
  if (code)
    codeSetOrigin(code.as<Code>(), origin);
  return code;
}

/// Runs \p code as the body of \p module (already created).
Value execModuleCode(Value module, Value code) {
  if (!code)
    return Value();
  Dict *d = module.as<Module>()->dict;
  Value r = runCode(code.as<Code>(), d, Value::object(d));
  if (!r)
    return Value();
  return module;
}

/// Creates, registers and runs a module from a .py file (or from the
/// native module compiled from it).
Value loadSourceModule(const std::string &name, const std::string &path, bool isPackage,
                       const std::string &pkgDir, const KilnNativeModule *native = nullptr) {
  std::string source;
  if (!native && !readFileBytes(path, source))
    return moduleNotFound("No module named '" + name + "'", name);
  Value m = moduleNew(intern(name));
  if (!m)
    return Value();
  Dict *d = m.as<Module>()->dict;
  dictSetStr(d, names.file, strFromUtf8(path));
  dictSetStr(d, names.builtins, Value::object(builtinsDict()));
  size_t dot = name.rfind('.');
  if (isPackage) {
    dictSetStr(d, names.package, strFromUtf8(name));
    Value dirs[1] = {strFromUtf8(pkgDir)};
    dictSetStr(d, names.path, Value::object(listFromArray(dirs, 1)));
  } else {
    dictSetStr(d, names.package, strFromUtf8(dot == std::string::npos ? "" : name.substr(0, dot)));
  }
  Value spec = moduleSpecNew(name, dictGetStr(d, names.file), dictGetStr(d, names.path));
  if (!spec)
    return Value();
  dictSetStr(d, names.spec, spec);
  Dict *mods = modulesDict();
  Value key = strFromUtf8(name);
  dictSet(mods, key, m);
  if (!execModuleCode(m, moduleCode(native, source, path, CODE_PROGRAM))) {
    dictDel(mods, key);
    return Value();
  }
  // The module may have replaced itself in sys.modules.
  Value final = dictGet(mods, key);
  return final ? final : m;
}

Value loadNative(const std::string &name, NativeModuleEntry *e) {
  Value m = moduleNew(intern(name));
  if (!m)
    return Value();
  Value spec = moduleSpecNew(name, strFromAscii("built-in"), Value());
  if (!spec)
    return Value();
  dictSetStr(m.as<Module>()->dict, names.spec, spec);
  Dict *mods = modulesDict();
  Value key = strFromUtf8(name);
  dictSet(mods, key, m);
  if (!e->init(m.as<Module>())) {
    dictDel(mods, key);
    if (!errOccurred())
      raise(&ImportErrorType, "initialization of %s failed", name.c_str());
    return Value();
  }
  return m;
}

/// Finds and loads the module \p full whose last component is \p last,
/// searching \p path (a list of folders).
/// A module of the runtime itself: native (registry) or Python (runtime/lib).
Value loadRuntimeModule(const std::string &full) {
  if (full.find('.') == std::string::npos)
    for (NativeModuleEntry *e = nativeModules(); e; e = e->next)
      if (full == e->name)
        return loadNative(full, e);
  const KilnNativeModule *native = findNativeModule(full, true);
  const char *src = native ? "" : bundledModuleSource(full.c_str());
  if (!src)
    return Value();
  Value m = moduleNew(intern(full));
  Dict *d = m.as<Module>()->dict;
  dictSetStr(d, names.builtins, Value::object(builtinsDict()));
  bool package = native ? (native->flags & KILN_MODULE_PACKAGE) : bundledIsPackage(full.c_str());
  size_t dot = full.rfind('.');
  std::string parent = package ? full : dot == std::string::npos ? "" : full.substr(0, dot);
  dictSetStr(d, names.package, strFromUtf8(parent));
  if (package) // a package without folders: submodules come from the bundle
    dictSetStr(d, names.path, Value::object(listNew()));
  Dict *mods = modulesDict();
  Value key = strFromUtf8(full);
  dictSet(mods, key, m);
  if (!execModuleCode(m, moduleCode(native, src, "<kiln:" + full + ">", CODE_RUNTIME))) {
    dictDel(mods, key);
    return Value();
  }
  return m;
}

/// Finds and loads the module \p full whose last component is \p last,
/// searching \p path (a list of folders).
Value findAndLoad(const std::string &full, const std::string &last, Value path) {
  if (isBuiltinModuleName(full)) {
    if (Value m = loadRuntimeModule(full))
      return m;
    if (errOccurred())
      return Value();
  }
  if (const KilnNativeModule *native = findNativeModule(full, false)) {
    std::string file = native->path;
    bool package = native->flags & KILN_MODULE_PACKAGE;
    return loadSourceModule(full, file, package,
                            package ? file.substr(0, file.rfind('/')) : std::string(), native);
  }
  if (path && isList(path)) {
    List *l = path.as<List>();
    for (int64_t i = 0; i < l->size; i++) {
      Value dirV = l->items[i];
      if (!isStr(dirV))
        continue;
      std::string dir = strToUtf8(dirV);
      if (dir.empty())
        dir = ".";
      std::string pkgDir = dir + "/" + last;
      std::string init = pkgDir + "/__init__.py";
      if (isRegularFile(init))
        return loadSourceModule(full, init, true, pkgDir);
      std::string file = dir + "/" + last + ".py";
      if (isRegularFile(file))
        return loadSourceModule(full, file, false, "");
    }
  }
  return loadRuntimeModule(full);
}

/// Imports \p full and all of its parents; returns the innermost module.
Value importDotted(const std::string &full) {
  Dict *mods = modulesDict();
  Value existing = dictGet(mods, strFromUtf8(full));
  if (existing && !isNone(existing))
    return existing;
  size_t dot = full.rfind('.');
  Value path;
  Value parent;
  std::string last = full;
  if (dot != std::string::npos) {
    std::string parentName = full.substr(0, dot);
    last = full.substr(dot + 1);
    parent = importDotted(parentName);
    if (!parent)
      return Value();
    // Importing the parent may have imported us.
    existing = dictGet(mods, strFromUtf8(full));
    if (existing && !isNone(existing))
      return existing;
    path = getAttrOpt(parent, names.path);
    if (!path) {
      if (errOccurred())
        return Value();
      return moduleNotFound("No module named '" + full + "'; '" + parentName +
                                "' is not a package",
                            full);
    }
  } else {
    path = sysGet("path");
  }
  Value m = findAndLoad(full, last, path);
  if (!m) {
    if (!errOccurred())
      return moduleNotFound("No module named '" + full + "'", full);
    return Value();
  }
  if (parent)
    setAttr(parent, intern(last), m);
  return m;
}

/// The package a relative import starts from.
bool resolveBase(Value globals, int level, std::string &out) {
  Dict *g = globals && isDict(globals) ? globals.as<Dict>() : nullptr;
  Value package = g ? dictGetStr(g, names.package) : Value();
  std::string pkg;
  if (package && isStr(package)) {
    pkg = strToUtf8(package);
  } else {
    Value name = g ? dictGetStr(g, names.name) : Value();
    if (!name || !isStr(name)) {
      raise(&KeyErrorType, "'__name__' not in globals");
      return false;
    }
    pkg = strToUtf8(name);
    if (!(g && dictGetStr(g, names.path))) {
      size_t dot = pkg.rfind('.');
      pkg = dot == std::string::npos ? "" : pkg.substr(0, dot);
    }
  }
  if (pkg.empty()) {
    raise(&ImportErrorType, "attempted relative import with no known parent package");
    return false;
  }
  for (int i = 1; i < level; i++) {
    size_t dot = pkg.rfind('.');
    if (dot == std::string::npos) {
      raise(&ImportErrorType, "attempted relative import beyond top-level package");
      return false;
    }
    pkg = pkg.substr(0, dot);
  }
  out = pkg;
  return true;
}

} // namespace

/// Modules CPython compiles into the interpreter (sys.builtin_module_names):
/// found before sys.path. Every other module of the runtime, native or
/// shipped in runtime/lib, comes after the program's own folders, so that
/// a program's random.py shadows the library's, as under CPython.
bool isBuiltinModuleName(const std::string &name) {
  static const char *const builtinNames[] = {
      "builtins", "sys", "time", "posix", "itertools", "_io", "gc", "errno", "marshal",
      "atexit", "_abc", "_codecs", "_collections", "_functools", "_operator", "_signal",
      "_sre", "_stat", "_string", "_thread", "_warnings", "_weakref", nullptr};
  for (const char *const *n = builtinNames; *n; n++)
    if (name == *n)
      return true;
  return false;
}

Value importModule(Value nameV, Value globals, Value fromlist, int level) {
  if (!isStr(nameV))
    return raise(&TypeErrorType, "module name must be str, not %s", typeName(nameV));
  if (level < 0)
    return raise(&ValueErrorType, "level must be >= 0");
  std::string name = strToUtf8(nameV);
  if (level == 0 && name.empty())
    return raise(&ValueErrorType, "Empty module name");
  std::string full = name;
  if (level > 0) {
    std::string base;
    if (!resolveBase(globals, level, base))
      return Value();
    full = name.empty() ? base : base + "." + name;
  }
  Value m = importDotted(full);
  if (!m)
    return Value();
  bool hasFromlist = fromlist && !isNone(fromlist) && isTrue(fromlist) > 0;
  if (!hasFromlist) {
    if (level == 0 && name.find('.') != std::string::npos) {
      // `import a.b.c` binds `a`.
      Value top = dictGet(modulesDict(), strFromUtf8(name.substr(0, name.find('.'))));
      return top ? top : m;
    }
    if (level > 0 && !name.empty() && name.find('.') != std::string::npos) {
      std::string first = full.substr(0, full.size() - name.size() + name.find('.'));
      Value top = dictGet(modulesDict(), strFromUtf8(first));
      return top ? top : m;
    }
    return m;
  }
  // from package import submodule: import what is not an attribute yet.
  Value path = getAttrOpt(m, names.path);
  if (!path) {
    if (errOccurred())
      return Value();
    return m;
  }
  bool ok = forEach(fromlist, [&](Value item) {
    if (!isStr(item))
      return true;
    std::string n = strToUtf8(item);
    if (n == "*") {
      return true;
    }
    Value has = getAttrOpt(m, item.as<Str>());
    if (has)
      return true;
    if (errOccurred())
      return false;
    std::string sub = full + "." + n;
    Value r = importDotted(sub);
    if (!r && errMatches(&ModuleNotFoundErrorType)) {
      // Only a missing *submodule* is ignored here; IMPORT_FROM reports it.
      Value e = ts.curExc;
      Value en = e.as<BaseException>()->fields[1];
      if (en && isStr(en) && strToUtf8(en) == sub) {
        clearError();
        return true;
      }
    }
    return r.isNull() ? false : true;
  });
  return ok ? m : Value();
}

Value importFrom(Value module, Str *name) {
  Value v = getAttrOpt(module, name);
  if (v)
    return v;
  if (errOccurred())
    return Value();
  Value modName = getAttrOpt(module, names.name);
  clearError();
  if (modName && isStr(modName)) {
    std::string full = strToUtf8(modName) + "." + strToUtf8(name);
    Value sub = dictGet(modulesDict(), strFromUtf8(full));
    if (sub)
      return sub;
  }
  std::string mn = modName && isStr(modName) ? strToUtf8(modName) : "<unknown module name>";
  Value file = getAttrOpt(module, names.file);
  clearError();
  std::string where = file && isStr(file) ? strToUtf8(file) : "unknown location";
  // A module still running its body is "partially initialized".
  bool initializing = false;
  for (Frame *f = ts.frame; f; f = f->back)
    if (typeOf(module) == &ModuleType && f->globals == module.as<Module>()->dict && f->back)
      initializing = true;
  Value msg;
  if (initializing)
    msg = strFromUtf8("cannot import name '" + strToUtf8(name) +
                      "' from partially initialized module '" + mn +
                      "' (most likely due to a circular import) (" + where + ")");
  else
    msg = strFromUtf8("cannot import name '" + strToUtf8(name) + "' from '" + mn + "' (" +
                      where + ")");
  Value exc = exceptionNew(&ImportErrorType, tupleOf({msg}));
  if (!exc)
    return Value();
  exc.as<BaseException>()->fields[1] = strFromUtf8(mn);
  exc.as<BaseException>()->fields[2] = file && isStr(file) ? file : None();
  setCurrentException(exc);
  return Value();
}

bool importStar(Value module, Value locals) {
  Value all = getAttrOpt(module, names.all_);
  bool skipPrivate = false;
  if (!all) {
    if (errOccurred())
      return false;
    Value d = getAttrOpt(module, names.dict);
    if (!d)
      return false;
    all = dictKeysList(d.as<Dict>());
    skipPrivate = true;
  }
  return forEach(all, [&](Value n) {
    if (!isStr(n)) {
      raise(&TypeErrorType, "Item in %s.__all__ must be str, not %s",
            strToUtf8(module.as<Module>()->name).c_str(), typeName(n));
      return false;
    }
    if (skipPrivate && n.as<Str>()->length && n.as<Str>()->at(0) == '_')
      return true;
    Value v = getAttr(module, n.as<Str>());
    if (!v)
      return false;
    if (isExactDict(locals))
      return dictSet(locals.as<Dict>(), n, v) >= 0;
    return setItem(locals, n, v) >= 0;
  });
}

} // namespace kiln::rt
