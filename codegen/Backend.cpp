//===- Backend.cpp - Pass pipeline, object emission, linking --------------===//
#include "codegen/Backend.h"

#include <llvm/IR/LegacyPassManager.h>
#include <llvm/MC/TargetRegistry.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/TargetParser/Host.h>

#include <cstdlib>
#include <spawn.h>
#include <sys/wait.h>

extern char **environ;

namespace kiln::codegen {

namespace {

llvm::CodeGenOptLevel codegenLevel(int optLevel) {
  switch (optLevel) {
  case 0: return llvm::CodeGenOptLevel::None;
  case 1: return llvm::CodeGenOptLevel::Less;
  case 3: return llvm::CodeGenOptLevel::Aggressive;
  default: return llvm::CodeGenOptLevel::Default;
  }
}

} // namespace

std::unique_ptr<llvm::TargetMachine> createHostTargetMachine(llvm::Module &m, int optLevel,
                                                             std::string &error) {
  static bool initialized = [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    return true;
  }();
  (void)initialized;
  std::string triple = llvm::sys::getDefaultTargetTriple();
  const llvm::Target *target = llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target)
    return nullptr;
  llvm::TargetOptions options;
  std::unique_ptr<llvm::TargetMachine> tm(target->createTargetMachine(
      triple, "x86-64", "", options, llvm::Reloc::Static, std::nullopt, codegenLevel(optLevel)));
  if (!tm) {
    error = "cannot create a target machine for " + triple;
    return nullptr;
  }
  m.setTargetTriple(triple);
  m.setDataLayout(tm->createDataLayout());
  return tm;
}

void optimizeModule(llvm::Module &m, llvm::TargetMachine &tm, int optLevel) {
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PassBuilder pb(&tm);
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  llvm::OptimizationLevel level = optLevel <= 0   ? llvm::OptimizationLevel::O0
                                  : optLevel == 1 ? llvm::OptimizationLevel::O1
                                  : optLevel == 2 ? llvm::OptimizationLevel::O2
                                                  : llvm::OptimizationLevel::O3;
  llvm::ModulePassManager mpm = optLevel <= 0 ? pb.buildO0DefaultPipeline(level)
                                              : pb.buildPerModuleDefaultPipeline(level);
  mpm.run(m, mam);
}

bool emitObjectFile(llvm::Module &m, llvm::TargetMachine &tm, const std::string &path,
                    std::string &error) {
  std::error_code ec;
  llvm::raw_fd_ostream out(path, ec, llvm::sys::fs::OF_None);
  if (ec) {
    error = "cannot write " + path + ": " + ec.message();
    return false;
  }
  llvm::legacy::PassManager pm;
  if (tm.addPassesToEmitFile(pm, out, nullptr, llvm::CodeGenFileType::ObjectFile)) {
    error = "the target cannot emit object files";
    return false;
  }
  pm.run(m);
  out.flush();
  return true;
}

bool linkExecutable(const std::string &object, const std::string &output,
                    const std::string &libDir, bool staticLink, std::string &error) {
  const char *cxx = getenv("KILN_CXX");
  // Executables are not position independent and carry the runtime's C++
  // dependencies (libstdc++, GMP, the collector) statically, so that only
  // libc is loaded at start-up: dynamic symbol binding and relocation were
  // most of a small program's start-up time. --static links libc too.
  std::vector<std::string> args = {cxx && *cxx ? cxx : "c++", "-o", output, object,
                                   "-L" + libDir, "-no-pie", "-lkilnmain",
                                   // Native modules register from static
                                   // initializers: keep every object.
                                   "-Wl,--whole-archive", "-lkilnrt", "-Wl,--no-whole-archive",
                                   "-lkilnvm", "-lkilnfrontend"};
  if (staticLink) {
    for (const char *a : {"-static", "-lgmpxx", "-lgmp", "-lgc", "-lpthread"})
      args.push_back(a);
  } else {
    for (const char *a : {"-static-libstdc++", "-static-libgcc", "-Wl,-Bstatic", "-lgmpxx", "-lgmp",
                          "-lgc", "-Wl,-Bdynamic", "-lpthread"})
      args.push_back(a);
  }
  std::vector<char *> argv;
  for (std::string &a : args)
    argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid;
  int rc = posix_spawnp(&pid, argv[0], nullptr, nullptr, argv.data(), environ);
  if (rc != 0) {
    error = std::string("cannot start the linker '") + argv[0] + "'";
    return false;
  }
  int status = 0;
  if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    error = std::string("linking failed (") + argv[0] + ")";
    return false;
  }
  return true;
}

} // namespace kiln::codegen
