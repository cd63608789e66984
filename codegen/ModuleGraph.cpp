//===- ModuleGraph.cpp - Following a program's imports --------------------===//
#include "codegen/ModuleGraph.h"
#include "frontend/Compiler.h"
#include "frontend/LargeStack.h"
#include "frontend/Source.h"
#include "runtime/NativeProgram.h"
#include "runtime/Runtime.h"

#include <map>
#include <set>

namespace kiln::codegen {

namespace {

using frontend::isRegularFile;
using frontend::readFileBytes;

/// An import found in a code object: the name, its level and fromlist.
struct ImportSite {
  std::string name;
  int level = 0;
  std::vector<std::string> fromlist;
};

/// Strings of the program that look like module names: `__import__("m")`
/// and importlib.import_module("pkg.m") name their module in a constant.
void collectModuleNameStrings(const frontend::CodeObject &code, std::vector<std::string> &out) {
  for (const auto &c : code.consts) {
    if (!c)
      continue;
    if (c->kind == frontend::Constant::Kind::Code) {
      collectModuleNameStrings(*c->code, out);
      continue;
    }
    if (c->kind != frontend::Constant::Kind::Str || c->text.empty() || c->text.size() > 200)
      continue;
    bool ok = true, start = true;
    for (char ch : c->text) {
      bool alpha = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_';
      bool digit = ch >= '0' && ch <= '9';
      if (ch == '.' && !start) {
        start = true;
      } else if (alpha || (digit && !start)) {
        start = false;
      } else {
        ok = false;
        break;
      }
    }
    if (ok && !start)
      out.push_back(c->text);
  }
}

void collectImports(const frontend::CodeObject &code, std::vector<ImportSite> &out) {
  std::vector<frontend::Instruction> ins;
  for (const frontend::Instruction &in : frontend::instructions(code.code))
    ins.push_back(in);
  for (size_t i = 0; i < ins.size(); i++) {
    if (!ins[i].isValid() || ins[i].op() != frontend::Opcode::IMPORT_NAME)
      continue;
    ImportSite site;
    site.name = code.names[size_t(ins[i].arg)];
    // The compiler emits LOAD_CONST level; LOAD_CONST fromlist; IMPORT_NAME.
    if (i >= 2 && ins[i - 2].op() == frontend::Opcode::LOAD_CONST &&
        ins[i - 1].op() == frontend::Opcode::LOAD_CONST) {
      const auto &level = code.consts[size_t(ins[i - 2].arg)];
      if (level && level->kind == frontend::Constant::Kind::Int && level->intValue.fits_sint_p())
        site.level = int(level->intValue.get_si());
      const auto &from = code.consts[size_t(ins[i - 1].arg)];
      if (from && from->kind == frontend::Constant::Kind::Tuple)
        for (const auto &item : from->items)
          if (item && item->kind == frontend::Constant::Kind::Str)
            site.fromlist.push_back(item->text);
    }
    out.push_back(site);
  }
  for (const auto &c : code.consts)
    if (c && c->kind == frontend::Constant::Kind::Code)
      collectImports(*c->code, out);
}

class GraphBuilder {
public:
  explicit GraphBuilder(const std::string &scriptPath) {
    searchDirs.push_back(scriptPath.substr(0, scriptPath.rfind('/')));
    for (const std::string &dir : rt::kilnPathFolders())
      searchDirs.push_back(dir);
  }

  bool compile(ProgramModuleSource &m, frontend::SyntaxErrorInfo &err, std::string &ioError) {
    std::string bytes;
    if (!readFileBytes(m.path, bytes)) {
      ioError = "can't open file '" + m.path + "'";
      return false;
    }
    frontend::runOnLargeStack([&] {
      frontend::Source source;
      if (source.loadBytes(bytes, m.path, err))
        m.code = frontend::compileSource(source, frontend::ParseMode::Exec, err);
    });
    m.warnings = err.warnings;
    if (!m.code && err.filename.empty())
      err.filename = m.path;
    return m.code != nullptr;
  }

  /// Adds module \p full (and its parent packages) when it is a module of
  /// the program; returns false when it is not one.
  bool addModule(const std::string &full) {
    if (done.count(full))
      return true;
    if (rt::isBuiltinModuleName(full))
      return false;
    size_t dot = full.rfind('.');
    std::vector<std::string> dirs;
    if (dot == std::string::npos) {
      dirs = searchDirs;
    } else {
      std::string parent = full.substr(0, dot);
      if (!addModule(parent) || !packageDirs.count(parent))
        return false;
      dirs = {packageDirs[parent]};
    }
    std::string last = full.substr(dot == std::string::npos ? 0 : dot + 1);
    for (const std::string &dir : dirs) {
      std::string pkgDir = dir + "/" + last;
      ProgramModuleSource m;
      m.name = full;
      if (isRegularFile(pkgDir + "/__init__.py")) {
        m.path = pkgDir + "/__init__.py";
        m.flags = KILN_MODULE_PACKAGE;
        packageDirs[full] = pkgDir;
      } else if (isRegularFile(dir + "/" + last + ".py")) {
        m.path = dir + "/" + last + ".py";
      } else {
        continue;
      }
      done.insert(full);
      frontend::SyntaxErrorInfo err;
      std::string ioError;
      // A module that does not compile raises its SyntaxError when imported
      // at run time (from its source on sys.path), as under CPython.
      if (compile(m, err, ioError)) {
        modules.push_back(m);
        queue.push_back(modules.size() - 1);
      }
      return true;
    }
    return false;
  }

  /// The package a module's relative imports start from.
  static std::string packageOf(const ProgramModuleSource &m) {
    if (m.flags & KILN_MODULE_PACKAGE)
      return m.name;
    size_t dot = m.name.rfind('.');
    return dot == std::string::npos ? "" : m.name.substr(0, dot);
  }

  void follow() {
    while (!queue.empty()) {
      size_t index = queue.front();
      queue.erase(queue.begin());
      std::vector<ImportSite> sites;
      collectImports(*modules[index].code, sites);
      // Modules named in strings are compiled in when they exist, in case
      // they are imported dynamically; an unused one costs only space.
      std::vector<std::string> strings;
      collectModuleNameStrings(*modules[index].code, strings);
      for (const std::string &name : strings) {
        ImportSite site;
        site.name = name;
        sites.push_back(site);
      }
      std::string package = packageOf(modules[index]);
      for (const ImportSite &site : sites) {
        std::string full = site.name;
        if (site.level > 0) {
          if (modules[index].name == "__main__")
            continue; // no package: fails at run time, as in CPython
          std::string base = package;
          for (int i = 1; i < site.level && !base.empty(); i++) {
            size_t dot = base.rfind('.');
            base = dot == std::string::npos ? "" : base.substr(0, dot);
          }
          if (base.empty())
            continue;
          full = site.name.empty() ? base : base + "." + site.name;
        }
        if (full.empty())
          continue;
        // Every prefix of a dotted name is imported.
        size_t pos = 0;
        while (true) {
          size_t dot = full.find('.', pos);
          addModule(full.substr(0, dot));
          if (dot == std::string::npos)
            break;
          pos = dot + 1;
        }
        for (const std::string &item : site.fromlist)
          if (item != "*" && packageDirs.count(full))
            addModule(full + "." + item);
      }
    }
  }

  std::vector<std::string> searchDirs;
  std::map<std::string, std::string> packageDirs;
  std::set<std::string> done;
  std::vector<ProgramModuleSource> modules;
  std::vector<size_t> queue;
};

} // namespace

ModuleGraphResult collectProgramModules(const std::string &scriptPath) {
  ModuleGraphResult result;
  GraphBuilder g(scriptPath);
  ProgramModuleSource main;
  main.name = "__main__";
  main.path = scriptPath;
  if (!g.compile(main, result.mainError, result.ioError)) {
    result.mainFailed = true;
    return result;
  }
  g.modules.push_back(main);
  g.queue.push_back(0);
  g.follow();
  result.modules = std::move(g.modules);
  return result;
}

} // namespace kiln::codegen
