//===- Runtime.h - Starting the runtime and running programs -------------===//
///
/// The entry points the `kiln` command (and, later, native executables)
/// use: initialize the runtime, run a script or a source string as
/// __main__, and turn the outcome into CPython's exit status and report.
///
//===----------------------------------------------------------------------===//
#pragma once

#include "runtime/Object.h"

#include <string>
#include <vector>

namespace kiln::rt {

struct Code;
struct Dict;
struct Str;

/// Initializes the collector, the types, builtins and sys. \p argv becomes
/// sys.argv; \p scriptDir is sys.path[0].
void initRuntime(const std::vector<std::string> &argv, const std::string &scriptDir);

/// The builtins module's dict.
Dict *builtinsDict();
/// sys.modules.
Dict *modulesDict();
Value sysModule();
/// sys.<name>, or null when missing.
Value sysGet(const char *name);

/// Compiles source text (UTF-8 or bytes with a coding cookie) into a code
/// object; SyntaxError raised on failure. \p mode: "exec", "eval" or
/// "single". \p dontInherit/flags are compile()'s.
Value compileToCode(const std::string &source, const std::string &filename, const char *mode,
                    bool sourceIsBytes = false, int optimize = 0);

/// Exit status meaning "end the process by SIGINT": an uncaught
/// KeyboardInterrupt makes CPython kill itself with the signal, so that
/// the parent sees the interrupt.
constexpr int kExitBySigint = -2;

/// Runs the functions registered with atexit (last first); called once when
/// the program ends, before the streams are flushed.
void runAtexitCallbacks();

/// Runs the script at \p path as __main__; returns the process exit status
/// (printing tracebacks as CPython does), or kExitBySigint.
int runMainFile(const std::string &path);
/// Runs \p source as __main__ (`-c`).
int runMainSource(const std::string &source);
/// Runs an already compiled code object as __main__ from file \p path
/// (built executables); null \p code means an exception is set.
int runMainCode(Value code, const std::string &path);

/// With the environment variable KILN_STATS set (and not "0"), the program
/// reports at exit, on stderr, how many code objects ran in the interpreter:
///   kiln-stats: interpreted code objects: program N, runtime N, exec/eval N
/// "program" counts code from the program's own files, "runtime" the
/// runtime's library modules that were not compiled in, "exec/eval" code
/// given to exec(), eval() and compile(). For a built executable the first
/// number is 0.
/// Prints that report (nothing without KILN_STATS); os._exit calls it too.
void reportStats();

/// import machinery (Import.cpp): `import name` with the given globals,
/// fromlist and level, as __import__.
Value importModule(Value name, Value globals, Value fromlist, int level);
/// The folders of $KILNPATH (colon-separated), which follow the script's
/// folder on sys.path.
std::vector<std::string> kilnPathFolders();
/// True for the modules found before sys.path (CPython's
/// sys.builtin_module_names that Kiln has): a program's time.py does not
/// shadow them.
bool isBuiltinModuleName(const std::string &name);
/// `from module import name`.
Value importFrom(Value module, Str *name);
/// `from module import *` into \p locals.
bool importStar(Value module, Value locals);

/// Flushes sys.stdout/sys.stderr (at exit and before printing errors).
void flushStdStreams();
/// Flushes every open writable file object (at exit; Io.cpp also does it
/// from an atexit handler).
void flushAllFiles();
/// Creates the standard stream objects (Io.cpp); stdStream(0/1/2) returns
/// sys.stdin / sys.stdout / sys.stderr for installing in sys.
void initStdStreams();
Value stdStream(int fd);

} // namespace kiln::rt
