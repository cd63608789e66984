//===- BuildCommand.cpp - `kiln build` and `kiln emit-llvm` ---------------===//
///
/// Both compile the script and the program modules it imports
/// (codegen/ModuleGraph.h) into one LLVM module (codegen/ProgramModule.h)
/// and run LLVM's pipeline at the requested level; `build` then emits an
/// object file and links it with the runtime (codegen/Backend.h), while
/// `emit-llvm` prints the IR. A syntax error in the script is reported as
/// CPython reports it (exit status 1); the executable is not written.
///
//===----------------------------------------------------------------------===//
#include "BuildCommand.h"
#include "codegen/Backend.h"
#include "codegen/ModuleGraph.h"
#include "codegen/ProgramModule.h"

#include <llvm/IR/Verifier.h>
#include <llvm/Support/raw_ostream.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <stdexcept>
#include <unistd.h>

using namespace kiln::codegen;

namespace {

/// The folder of the runtime libraries: lib/ beside the kiln binary's bin/.
std::string runtimeLibDir() {
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return (exe.parent_path().parent_path() / "lib").string();
}

std::string absolutePath(const std::string &file) {
  if (!file.empty() && file[0] == '/')
    return file;
  std::error_code ec;
  return std::filesystem::current_path(ec).string() + "/" + file;
}

/// Compiles and optimizes the program; null after reporting an error.
std::unique_ptr<llvm::Module> compileProgram(const BuildOptions &o, llvm::LLVMContext &ctx,
                                             std::unique_ptr<llvm::TargetMachine> &tm,
                                             int &status) {
  status = 1;
  std::string path = absolutePath(o.file);
  ModuleGraphResult graph = collectProgramModules(path);
  if (!graph.ioError.empty()) {
    std::cerr << "kiln: can't open file '" << path << "': [Errno 2] No such file or directory\n";
    status = 2;
    return nullptr;
  }
  if (graph.mainFailed) {
    if (graph.mainError.isValueError)
      std::cerr << "SyntaxError: source code cannot contain null bytes\n";
    else
      std::cerr << graph.mainError.format();
    return nullptr;
  }
  std::unique_ptr<llvm::Module> module;
  try {
    module = buildProgramModule(ctx, graph.modules, o.debugInfo);
  } catch (const std::runtime_error &e) {
    std::cerr << "kiln: internal error: " << e.what() << "\n";
    return nullptr;
  }
  std::string error;
  if (llvm::verifyModule(*module, &llvm::errs())) {
    std::cerr << "kiln: internal error: the generated IR does not verify\n";
    return nullptr;
  }
  tm = createHostTargetMachine(*module, o.optLevel, error);
  if (!tm) {
    std::cerr << "kiln: " << error << "\n";
    return nullptr;
  }
  optimizeModule(*module, *tm, o.optLevel);
  status = 0;
  return module;
}

} // namespace

int emitLlvmCommand(const BuildOptions &o) {
  llvm::LLVMContext ctx;
  std::unique_ptr<llvm::TargetMachine> tm;
  int status;
  auto module = compileProgram(o, ctx, tm, status);
  if (!module)
    return status;
  if (o.output.empty() || o.output == "-") {
    module->print(llvm::outs(), nullptr);
    return 0;
  }
  std::error_code ec;
  llvm::raw_fd_ostream out(o.output, ec);
  if (ec) {
    std::cerr << "kiln: cannot write " << o.output << ": " << ec.message() << "\n";
    return 1;
  }
  module->print(out, nullptr);
  return 0;
}

int buildCommand(const BuildOptions &o) {
  llvm::LLVMContext ctx;
  std::unique_ptr<llvm::TargetMachine> tm;
  int status;
  auto module = compileProgram(o, ctx, tm, status);
  if (!module)
    return status;
  std::string output = o.output;
  if (output.empty()) {
    output = o.file;
    if (output.size() > 3 && output.compare(output.size() - 3, 3, ".py") == 0)
      output.resize(output.size() - 3);
    else
      output += ".out";
  }
  const char *tmp = getenv("TMPDIR");
  std::string object = std::string(tmp && *tmp ? tmp : "/tmp") + "/kiln-XXXXXX.o";
  int fd = mkstemps(object.data(), 2);
  if (fd < 0) {
    std::cerr << "kiln: cannot create a temporary object file\n";
    return 1;
  }
  close(fd);
  std::string error;
  bool ok = emitObjectFile(*module, *tm, object, error) &&
            linkExecutable(object, output, runtimeLibDir(), o.staticLink, error);
  unlink(object.c_str());
  if (!ok) {
    std::cerr << "kiln: " << error << "\n";
    return 1;
  }
  return 0;
}
