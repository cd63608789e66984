//===- Backend.h - Optimizing, emitting objects, linking executables ------===//
///
/// The LLVM half of `kiln build`: the new pass manager's default pipeline
/// at -O0..-O3, object emission through the host's TargetMachine, and
/// linking with the system C++ driver (`c++`, or $KILN_CXX), started with
/// posix_spawnp and an argument vector — never through a shell.
///
//===----------------------------------------------------------------------===//
#pragma once

#include <llvm/IR/Module.h>
#include <llvm/Target/TargetMachine.h>

#include <memory>
#include <string>
#include <vector>

namespace kiln::codegen {

/// A TargetMachine for the host: generic x86-64 code (executables run on any
/// machine of the architecture), not position independent (they are linked
/// -no-pie). Sets \p m's triple and data layout. Null with \p error on
/// failure.
std::unique_ptr<llvm::TargetMachine> createHostTargetMachine(llvm::Module &m, int optLevel,
                                                             std::string &error);

/// Runs LLVM's default pipeline for -O\p optLevel (0..3) over \p m.
void optimizeModule(llvm::Module &m, llvm::TargetMachine &tm, int optLevel);

/// Writes \p m as a native object file.
bool emitObjectFile(llvm::Module &m, llvm::TargetMachine &tm, const std::string &path,
                    std::string &error);

/// Links \p object with the runtime libraries found in \p libDir into the
/// executable \p output (fully static with \p staticLink).
bool linkExecutable(const std::string &object, const std::string &output,
                    const std::string &libDir, bool staticLink, std::string &error);

} // namespace kiln::codegen
