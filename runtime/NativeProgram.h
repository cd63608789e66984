//===- NativeProgram.h - The program tables of a built executable --------===//
///
/// `kiln build` emits one KilnNativeProgram (the symbol `kiln_program`):
/// for every module compiled into the executable, its serialized code
/// object and, for each code object in preorder (a code, then the code
/// constants of its co_consts in order, recursively), the native function
/// that runs it plus two tables the generated code reads its constants and
/// names from. The runtime deserializes each module when it is first
/// imported, walks its code objects in the same preorder, points their
/// `entry` at the native functions and fills the tables. Nothing of a
/// module compiled in runs in the interpreter.
///
/// These structs are laid out in C so that codegen can emit them as LLVM
/// constants (codegen checks the offsets against this header).
///
//===----------------------------------------------------------------------===//
#pragma once

#include "runtime/Object.h"

#include <cstdint>
#include <string>

extern "C" {

/// One code object of a native module.
struct KilnNativeCode {
  void *entry;      ///< the generated FrameEntry
  uint64_t *consts; ///< filled at load: co_consts as Values
  void **names;     ///< filled at load: co_names as interned strs
};

enum KilnNativeModuleFlags : uint32_t {
  KILN_MODULE_PACKAGE = 1, ///< an __init__.py
  KILN_MODULE_RUNTIME = 2, ///< a module of the runtime's library (runtime/lib)
};

struct KilnNativeModule {
  const char *name;    ///< "__main__", "pkg", "pkg.mod"
  const char *path;    ///< the source file (__file__); "" for runtime modules
  const uint8_t *code; ///< the serialized module code object
  uint64_t codeSize;
  KilnNativeCode *codes;
  uint32_t ncodes;
  uint32_t flags;      ///< KilnNativeModuleFlags
  /// The compiler's SyntaxWarnings, reported when the module is loaded (as
  /// CPython reports them when it compiles): "LINE:message\n" each.
  const char *warnings;
};

struct KilnNativeProgram {
  KilnNativeModule *modules; ///< modules[0] is the main script
  uint32_t nmodules;
  uint32_t abiVersion;       ///< kKilnNativeAbiVersion of the compiler
};

} // extern "C"

/// Bumped whenever the tables or the generated code's view of the runtime
/// change shape; a mismatch is reported at start-up.
constexpr uint32_t kKilnNativeAbiVersion = 1;

namespace kiln::rt {

/// Makes the program's modules importable (called once, before running).
void registerNativeProgram(const KilnNativeProgram *program);

/// The compiled-in module called \p name, or null. \p runtimeLibrary picks
/// the runtime's library modules instead of the program's own.
const KilnNativeModule *findNativeModule(const std::string &name, bool runtimeLibrary);

/// The code object of \p m with its native entries bound (once per load),
/// or null with an exception.
Value nativeModuleCode(const KilnNativeModule *m);

/// Runs the registered program's main module as __main__; the process
/// exit status, as runMainFile.
int runNativeMain();

} // namespace kiln::rt
