//===- ModuleGraph.h - The modules a program imports ----------------------===//
///
/// `kiln build` compiles the main script and every module of the program
/// it reaches through `import` statements (IMPORT_NAME instructions,
/// absolute and relative, and `from package import submodule`), resolved
/// as the runtime resolves them (runtime/Import.cpp): the interpreter's
/// builtin modules first, then the script's folder and KILNPATH. Imports
/// computed at run time (importlib, __import__ of a variable) are not seen;
/// such modules are still found on sys.path at run time and interpreted
/// (KILN_STATS counts them).
///
//===----------------------------------------------------------------------===//
#pragma once

#include "codegen/ProgramModule.h"
#include "frontend/Diagnostic.h"

#include <string>
#include <vector>

namespace kiln::codegen {

struct ModuleGraphResult {
  std::vector<ProgramModuleSource> modules; ///< [0] is __main__
  /// Set when the main script itself does not compile.
  bool mainFailed = false;
  frontend::SyntaxErrorInfo mainError;
  std::string ioError; ///< the script cannot be read
};

/// Compiles \p scriptPath (absolute) and the program modules it imports.
/// Imported modules that do not compile are left out, so that the
/// SyntaxError is raised by the import at run time, as under CPython.
ModuleGraphResult collectProgramModules(const std::string &scriptPath);

} // namespace kiln::codegen
