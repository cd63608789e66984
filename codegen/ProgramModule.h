//===- ProgramModule.h - A whole program as one LLVM module ---------------===//
///
/// Collects the modules of a program (the main script first) and emits one
/// LLVM module: a function per code object (FunctionLowering), the
/// serialized code objects, and the `kiln_program` tables that tell the
/// runtime which native function runs which code object
/// (runtime/NativeProgram.h).
///
//===----------------------------------------------------------------------===//
#pragma once

#include "frontend/CodeObject.h"
#include "frontend/Diagnostic.h"

#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace kiln::codegen {

/// One Python module to compile in.
struct ProgramModuleSource {
  std::string name;  ///< "__main__" for the script, else the dotted name
  std::string path;  ///< source file ("" for the runtime's library modules)
  uint32_t flags = 0; ///< KilnNativeModuleFlags
  std::shared_ptr<frontend::CodeObject> code;
  std::vector<frontend::CompileWarning> warnings; ///< reported at load
};

/// Lowers \p modules (modules[0] is the main script) into a new LLVM module.
/// \p debugInfo adds line tables mapping native code to the .py sources.
/// Throws std::runtime_error when a code object cannot be lowered.
std::unique_ptr<llvm::Module> buildProgramModule(llvm::LLVMContext &ctx,
                                                 const std::vector<ProgramModuleSource> &modules,
                                                 bool debugInfo);

} // namespace kiln::codegen
