//===- BuildCommand.h - `kiln build` and `kiln emit-llvm` -----------------===//
#pragma once

#include <string>

struct BuildOptions {
  std::string file;
  std::string output;
  int optLevel = 2;
  bool debugInfo = false;
  bool staticLink = false;
};

/// `kiln build FILE -o OUT [-O0..3] [-g] [--static]`: a native executable.
int buildCommand(const BuildOptions &options);
/// `kiln emit-llvm FILE [-O0..3] [-g] [-o OUT]`: the program's LLVM IR.
int emitLlvmCommand(const BuildOptions &options);
