//===- ExeMain.cpp - main() of every executable `kiln build` links --------===//
///
/// Starts the runtime as `kiln run` does (runtime/Launcher.h), with the
/// interpreter installed only for exec/eval/compile, registers the
/// program's native tables (the `kiln_program` symbol the generated object
/// defines) and runs its main module natively.
///
//===----------------------------------------------------------------------===//
#include "runtime/Launcher.h"
#include "runtime/NativeProgram.h"
#include "runtime/Runtime.h"
#include "vm/Interpreter.h"

#include <string>
#include <vector>

extern "C" const KilnNativeProgram kiln_program;

int main(int argc, char **argv) {
  std::vector<std::string> args(argv, argv + argc);
  // sys.path[0] is the folder of the script the program was built from, so
  // that a module imported in a way the build could not see is still found.
  std::string script = kiln_program.modules[0].path;
  std::string scriptDir = script.substr(0, script.rfind('/'));
  kiln::rt::blockSigintBeforeStart();
  kiln::rt::initRuntime(args, scriptDir);
  kiln::vm::installInterpreter();
  kiln::rt::registerNativeProgram(&kiln_program);
  return kiln::rt::runOnProgramThread([] { return kiln::rt::runNativeMain(); });
}
