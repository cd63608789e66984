//===- RuntimeDecls.h - The runtime as generated code sees it -------------===//
///
/// LLVM declarations of every runtime entry point, expanded from the one
/// list in runtime/RuntimeABI.def (the same list RuntimeABI.h expands into
/// C++ declarations), the C-named singletons and thread state, and the
/// offsets of the few runtime fields generated code touches directly, taken
/// with offsetof from the runtime's own headers.
///
//===----------------------------------------------------------------------===//
#pragma once

#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/Module.h>

#include <cstdint>

namespace kiln::codegen {

/// Byte offsets into runtime structures (see RuntimeDecls.cpp).
struct Layout {
  static const uint64_t frameLasti, frameStackDepth, frameFlags, frameSlots;
  static const uint64_t cellContents;
  static const uint64_t floatValue; ///< FloatObject::value (the type is at 0)
  static const uint64_t listSize, listItems, tupleSize, tupleItems, listIterList, listIterIndex;
  static const uint64_t frameFunc, functionClosure;
  static const uint64_t threadSigintPending;
  /// What an inline Python call reads and writes (LowerCalls.cpp).
  static const uint64_t functionCode, functionGlobals, functionBuiltins;
  static const uint64_t codeSimpleArgc, codeFreeFrames, codeEntry, codeFramesize;
  static const uint64_t frameBack, frameLocals, frameGenerator, frameLocalsCache;
  static const uint64_t threadFrame, threadDepth, threadRecursionLimit, threadStackLimit;
  static const uint8_t frameEscaped, frameGeneratorFlag;
  static const uint64_t frameGlobals, frameBuiltins, dictVersion;
  /// GlobalCache (runtime/Ops.h) fields.
  static const uint64_t cacheGlobals, cacheGlobalsVersion, cacheBuiltins, cacheBuiltinsVersion,
      cacheSlot, cacheSize;
  static const uint64_t attrCacheSize; ///< sizeof(AttrCache) (runtime/AttrCache.h)
  /// The first way of an AttrCache, the type fields it is checked against,
  /// and the instance dict entry it points at.
  static const uint64_t attrWayType, attrWayVersion, attrWayKind, attrWayHint, attrWayValue;
  static const uint32_t attrKindInstanceEntry, attrKindMethod;
  static const uint64_t strHash, dictKeyBits;
  static const uint64_t typeVersionTag, typeDictOffset;
  static const uint64_t dictNentries, dictEntries, dictEntrySize, dictEntryKey, dictEntryValue;
  /// What an inline new-attribute append writes (LowerAttributes.cpp).
  static const uint64_t dictUsed, dictCapacity, dictMask, dictIndices, dictIndexWidth,
      dictEntryHash;
  static const uint8_t frameExecuting, frameSuspended, frameFinished;
};

struct RuntimeDecls {
  explicit RuntimeDecls(llvm::Module &module);

  llvm::Module &module;
  llvm::LLVMContext &ctx;
  llvm::IntegerType *i1, *i8, *i32, *i64;
  llvm::PointerType *ptr;
  llvm::Type *f64;

#define KILN_ABI(name, ret, params, attrs) llvm::FunctionCallee name;
#include "runtime/RuntimeABI.def"
#undef KILN_ABI

  /// The singletons' addresses as Values (i64 link-time constants).
  llvm::Constant *none, *trueValue, *falseValue;
  /// The runtime's thread state (ThreadState, C name kiln_thread_state).
  llvm::GlobalVariable *threadState;
  /// The float, list, tuple, list iterator and function type objects (C
  /// names kiln_float_type...).
  llvm::GlobalVariable *floatType, *listType, *tupleType, *listIterType, *functionType;
  /// A code object's entry (runtime FrameEntry): i64 (ptr frame, i64 sent).
  llvm::FunctionType *frameEntryType;
};

} // namespace kiln::codegen
