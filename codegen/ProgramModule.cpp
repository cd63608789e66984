//===- ProgramModule.cpp - Lowering a program and its tables --------------===//
#include "codegen/ProgramModule.h"
#include "codegen/FunctionLowering.h"
#include "codegen/RuntimeDecls.h"
#include "frontend/bytecode/Serializer.h"
#include "runtime/NativeProgram.h"

#include <llvm/IR/DIBuilder.h>

#include <cstddef>

namespace kiln::codegen {

// The tables below are emitted field by field; these checks keep them in
// step with the C layout the runtime reads.
static_assert(offsetof(KilnNativeCode, entry) == 0 && offsetof(KilnNativeCode, consts) == 8 &&
                  offsetof(KilnNativeCode, names) == 16 && sizeof(KilnNativeCode) == 24,
              "KilnNativeCode layout");
static_assert(offsetof(KilnNativeModule, name) == 0 && offsetof(KilnNativeModule, path) == 8 &&
                  offsetof(KilnNativeModule, code) == 16 &&
                  offsetof(KilnNativeModule, codeSize) == 24 &&
                  offsetof(KilnNativeModule, codes) == 32 &&
                  offsetof(KilnNativeModule, ncodes) == 40 &&
                  offsetof(KilnNativeModule, flags) == 44 &&
                  offsetof(KilnNativeModule, warnings) == 48 && sizeof(KilnNativeModule) == 56,
              "KilnNativeModule layout");
static_assert(offsetof(KilnNativeProgram, modules) == 0 &&
                  offsetof(KilnNativeProgram, nmodules) == 8 &&
                  offsetof(KilnNativeProgram, abiVersion) == 12 && sizeof(KilnNativeProgram) == 16,
              "KilnNativeProgram layout");

namespace {

/// True when some code names an attribute or function that reads another
/// frame's locals (frame.f_locals, inspect.getargvalues, tracebacks that
/// capture locals): then every function keeps its locals in its frame.
bool readsFrameLocals(const frontend::CodeObject &code) {
  for (const std::string &n : code.names)
    if (n == "f_locals" || n == "getargvalues" || n == "capture_locals")
      return true;
  for (const frontend::ConstantRef &c : code.consts)
    if (c && c->kind == frontend::Constant::Kind::Code && readsFrameLocals(*c->code))
      return true;
  return false;
}

class ProgramBuilder {
public:
  ProgramBuilder(llvm::LLVMContext &ctx, bool debugInfo, bool frameLocals)
      : module(std::make_unique<llvm::Module>("kiln_program", ctx)), rt(*module),
        debugInfo(debugInfo), frameLocals(frameLocals) {
    codeType = llvm::StructType::create(ctx, {rt.ptr, rt.ptr, rt.ptr}, "KilnNativeCode");
    moduleType = llvm::StructType::create(
        ctx, {rt.ptr, rt.ptr, rt.ptr, rt.i64, rt.ptr, rt.i32, rt.i32, rt.ptr}, "KilnNativeModule");
    programType = llvm::StructType::create(ctx, {rt.ptr, rt.i32, rt.i32}, "KilnNativeProgram");
    if (debugInfo) {
      module->addModuleFlag(llvm::Module::Warning, "Debug Info Version",
                            llvm::DEBUG_METADATA_VERSION);
      module->addModuleFlag(llvm::Module::Warning, "Dwarf Version", 5);
      di = std::make_unique<llvm::DIBuilder>(*module);
    }
  }

  void addModule(const ProgramModuleSource &m) {
    llvm::DIFile *file = nullptr;
    if (di) {
      std::string path = m.path.empty() ? "<kiln:" + m.name + ">" : m.path;
      size_t slash = path.rfind('/');
      std::string dir = slash == std::string::npos ? "." : path.substr(0, slash);
      std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
      file = di->createFile(base, dir);
      // DWARF has no Python: C is the closest language gdb and perf accept
      // for line tables without type information.
      if (!compileUnit)
        compileUnit = di->createCompileUnit(llvm::dwarf::DW_LANG_C, file, "kiln", true, "", 0);
    }
    std::vector<llvm::Constant *> codes;
    lowerTree(m, *m.code, codes, file);
    std::string serialized = frontend::serializeCode(*m.code);
    std::string warnings;
    for (const frontend::CompileWarning &w : m.warnings)
      warnings += std::to_string(w.line) + ":" + w.msg + "\n";
    auto *arrayType = llvm::ArrayType::get(codeType, codes.size());
    auto *codeTable = new llvm::GlobalVariable(*module, arrayType, true,
                                               llvm::GlobalValue::InternalLinkage,
                                               llvm::ConstantArray::get(arrayType, codes),
                                               m.name + ".codes");
    auto *bytes = new llvm::GlobalVariable(
        *module, llvm::ArrayType::get(rt.i8, serialized.size()), true,
        llvm::GlobalValue::PrivateLinkage,
        llvm::ConstantDataArray::getString(module->getContext(), serialized, false),
        m.name + ".serialized");
    modules.push_back(llvm::ConstantStruct::get(
        moduleType, {cString(m.name), cString(m.path), bytes,
                     llvm::ConstantInt::get(rt.i64, serialized.size()), codeTable,
                     llvm::ConstantInt::get(rt.i32, codes.size()),
                     llvm::ConstantInt::get(rt.i32, m.flags), cString(warnings)}));
  }

  std::unique_ptr<llvm::Module> finish() {
    auto *arrayType = llvm::ArrayType::get(moduleType, modules.size());
    auto *table = new llvm::GlobalVariable(*module, arrayType, true,
                                           llvm::GlobalValue::InternalLinkage,
                                           llvm::ConstantArray::get(arrayType, modules),
                                           "kiln_program.modules");
    new llvm::GlobalVariable(
        *module, programType, true, llvm::GlobalValue::ExternalLinkage,
        llvm::ConstantStruct::get(programType,
                                  {table, llvm::ConstantInt::get(rt.i32, modules.size()),
                                   llvm::ConstantInt::get(rt.i32, kKilnNativeAbiVersion)}),
        "kiln_program");
    if (di)
      di->finalize();
    return std::move(module);
  }

private:
  /// Lowers \p code and its nested code objects in preorder (the order
  /// NativeProgram.cpp binds them in).
  void lowerTree(const ProgramModuleSource &m, const frontend::CodeObject &code,
                 std::vector<llvm::Constant *> &codes, llvm::DIFile *file) {
    CodeSymbols syms;
    llvm::FunctionType *fnType = rt.frameEntryType;
    // The symbol is the module and the code's qualified name, so that
    // debuggers and profilers show Python names.
    syms.function = llvm::Function::Create(fnType, llvm::GlobalValue::InternalLinkage,
                                           m.name + "." + code.qualname, *module);
    syms.function->addFnAttr(llvm::Attribute::NoUnwind);
    auto *constsType = llvm::ArrayType::get(rt.i64, code.consts.size());
    syms.consts = new llvm::GlobalVariable(*module, constsType, false,
                                           llvm::GlobalValue::InternalLinkage,
                                           llvm::Constant::getNullValue(constsType),
                                           syms.function->getName() + ".consts");
    auto *namesType = llvm::ArrayType::get(rt.ptr, code.names.size());
    syms.names = new llvm::GlobalVariable(*module, namesType, false,
                                          llvm::GlobalValue::InternalLinkage,
                                          llvm::Constant::getNullValue(namesType),
                                          syms.function->getName() + ".names");
    if (di) {
      auto *sub = di->createFunction(
          file, code.qualname, syms.function->getName(), file, unsigned(code.firstlineno),
          di->createSubroutineType(di->getOrCreateTypeArray({})), unsigned(code.firstlineno),
          llvm::DINode::FlagZero, llvm::DISubprogram::SPFlagDefinition);
      syms.function->setSubprogram(sub);
      syms.subprogram = sub;
    }
    codes.push_back(llvm::ConstantStruct::get(codeType, {syms.function, syms.consts, syms.names}));
    FunctionLowering(rt, code, syms, frameLocals).lower();
    if (di)
      di->finalizeSubprogram(syms.subprogram);
    for (const frontend::ConstantRef &c : code.consts)
      if (c && c->kind == frontend::Constant::Kind::Code)
        lowerTree(m, *c->code, codes, file);
  }

  llvm::Constant *cString(const std::string &s) {
    auto *g = new llvm::GlobalVariable(
        *module, llvm::ArrayType::get(rt.i8, s.size() + 1), true,
        llvm::GlobalValue::PrivateLinkage,
        llvm::ConstantDataArray::getString(module->getContext(), s, true), ".str");
    return g;
  }

  std::unique_ptr<llvm::Module> module;
  RuntimeDecls rt;
  bool debugInfo;
  bool frameLocals;
  std::unique_ptr<llvm::DIBuilder> di;
  llvm::DICompileUnit *compileUnit = nullptr;
  llvm::StructType *codeType, *moduleType, *programType;
  std::vector<llvm::Constant *> modules;
};

} // namespace

std::unique_ptr<llvm::Module> buildProgramModule(llvm::LLVMContext &ctx,
                                                 const std::vector<ProgramModuleSource> &modules,
                                                 bool debugInfo) {
  bool frameLocals = false;
  for (const ProgramModuleSource &m : modules)
    frameLocals = frameLocals || readsFrameLocals(*m.code);
  ProgramBuilder builder(ctx, debugInfo, frameLocals);
  for (const ProgramModuleSource &m : modules)
    builder.addModule(m);
  return builder.finish();
}

} // namespace kiln::codegen
