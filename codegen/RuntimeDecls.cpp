//===- RuntimeDecls.cpp - LLVM declarations of the runtime ABI ------------===//
#include "codegen/RuntimeDecls.h"
#include "runtime/AttrCache.h"
#include "runtime/Frame.h"
#include "runtime/Ops.h"
#include "runtime/objects/Code.h"
#include "runtime/objects/Dict.h"
#include "runtime/ThreadState.h"
#include "runtime/objects/Float.h"
#include "runtime/objects/Function.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"

#include <cstddef>

// offsetof on the runtime's structs (which derive from Object, so are not
// standard-layout) is what GCC and Clang compute for these plain layouts.
#pragma GCC diagnostic ignored "-Winvalid-offsetof"

namespace kiln::codegen {

const uint64_t Layout::frameLasti = offsetof(rt::Frame, lasti);
const uint64_t Layout::frameStackDepth = offsetof(rt::Frame, stackDepth);
const uint64_t Layout::frameFlags = offsetof(rt::Frame, flags);
const uint64_t Layout::frameSlots = offsetof(rt::Frame, slots);
const uint64_t Layout::cellContents = offsetof(rt::Cell, contents);
const uint64_t Layout::frameGlobals = offsetof(rt::Frame, globals);
const uint64_t Layout::frameBuiltins = offsetof(rt::Frame, builtins);
const uint64_t Layout::dictVersion = offsetof(rt::Dict, version);
const uint64_t Layout::cacheGlobals = offsetof(rt::GlobalCache, globals);
const uint64_t Layout::cacheGlobalsVersion = offsetof(rt::GlobalCache, globalsVersion);
const uint64_t Layout::cacheBuiltins = offsetof(rt::GlobalCache, builtins);
const uint64_t Layout::cacheBuiltinsVersion = offsetof(rt::GlobalCache, builtinsVersion);
const uint64_t Layout::cacheSlot = offsetof(rt::GlobalCache, slot);
const uint64_t Layout::cacheSize = sizeof(rt::GlobalCache);
const uint64_t Layout::attrCacheSize = sizeof(rt::AttrCache);
const uint64_t Layout::attrWayType = offsetof(rt::AttrCache, ways) + offsetof(rt::AttrCacheEntry, type);
const uint64_t Layout::attrWayVersion =
    offsetof(rt::AttrCache, ways) + offsetof(rt::AttrCacheEntry, version);
const uint64_t Layout::attrWayKind = offsetof(rt::AttrCache, ways) + offsetof(rt::AttrCacheEntry, kind);
const uint64_t Layout::attrWayHint = offsetof(rt::AttrCache, ways) + offsetof(rt::AttrCacheEntry, hint);
const uint64_t Layout::attrWayValue = offsetof(rt::AttrCache, ways) + offsetof(rt::AttrCacheEntry, value);
const uint32_t Layout::attrKindInstanceEntry = rt::AttrCacheEntry::InstanceEntry;
const uint32_t Layout::attrKindMethod = rt::AttrCacheEntry::Method;
const uint64_t Layout::strHash = offsetof(rt::Str, hash);
const uint64_t Layout::dictKeyBits = offsetof(rt::Dict, keyBits);
const uint64_t Layout::typeVersionTag = offsetof(rt::Type, versionTag);
const uint64_t Layout::typeDictOffset = offsetof(rt::Type, dictOffset);
const uint64_t Layout::dictNentries = offsetof(rt::Dict, nentries);
const uint64_t Layout::dictEntries = offsetof(rt::Dict, entries);
const uint64_t Layout::dictEntrySize = sizeof(rt::DictEntry);
const uint64_t Layout::dictEntryKey = offsetof(rt::DictEntry, key);
const uint64_t Layout::dictEntryHash = offsetof(rt::DictEntry, hash);
const uint64_t Layout::dictUsed = offsetof(rt::Dict, used);
const uint64_t Layout::dictCapacity = offsetof(rt::Dict, capacity);
const uint64_t Layout::dictMask = offsetof(rt::Dict, mask);
const uint64_t Layout::dictIndices = offsetof(rt::Dict, indices);
const uint64_t Layout::dictIndexWidth = offsetof(rt::Dict, indexWidth);
const uint64_t Layout::dictEntryValue = offsetof(rt::DictEntry, value);
const uint64_t Layout::floatValue = offsetof(rt::FloatObject, value);
const uint64_t Layout::listSize = offsetof(rt::List, size);
const uint64_t Layout::listItems = offsetof(rt::List, items);
const uint64_t Layout::tupleSize = offsetof(rt::Tuple, size);
const uint64_t Layout::tupleItems = offsetof(rt::Tuple, items);
const uint64_t Layout::listIterList = offsetof(rt::ListIter, list);
const uint64_t Layout::listIterIndex = offsetof(rt::ListIter, index);
const uint64_t Layout::frameFunc = offsetof(rt::Frame, func);
const uint64_t Layout::functionClosure = offsetof(rt::Function, closure);
const uint64_t Layout::threadSigintPending = offsetof(rt::ThreadState, sigintPending);
const uint64_t Layout::functionCode = offsetof(rt::Function, code);
const uint64_t Layout::functionGlobals = offsetof(rt::Function, globals);
const uint64_t Layout::functionBuiltins = offsetof(rt::Function, builtins);
const uint64_t Layout::codeSimpleArgc = offsetof(rt::Code, simpleArgc);
const uint64_t Layout::codeFreeFrames = offsetof(rt::Code, freeFrames);
const uint64_t Layout::codeEntry = offsetof(rt::Code, entry);
const uint64_t Layout::codeFramesize = offsetof(rt::Code, framesize);
const uint64_t Layout::frameBack = offsetof(rt::Frame, back);
const uint64_t Layout::frameLocals = offsetof(rt::Frame, locals);
const uint64_t Layout::frameGenerator = offsetof(rt::Frame, generator);
const uint64_t Layout::frameLocalsCache = offsetof(rt::Frame, localsCache);
const uint64_t Layout::threadFrame = offsetof(rt::ThreadState, frame);
const uint64_t Layout::threadDepth = offsetof(rt::ThreadState, depth);
const uint64_t Layout::threadRecursionLimit = offsetof(rt::ThreadState, recursionLimit);
const uint64_t Layout::threadStackLimit = offsetof(rt::ThreadState, stackLimit);
const uint8_t Layout::frameEscaped = rt::FRAME_ESCAPED;
const uint8_t Layout::frameGeneratorFlag = rt::FRAME_GENERATOR;
const uint8_t Layout::frameExecuting = rt::FRAME_EXECUTING;
const uint8_t Layout::frameSuspended = rt::FRAME_SUSPENDED;
const uint8_t Layout::frameFinished = rt::FRAME_FINISHED;

static_assert(sizeof(decltype(rt::Frame::lasti)) == 4 && sizeof(decltype(rt::Frame::stackDepth)) == 4 &&
                  sizeof(decltype(rt::Frame::flags)) == 1,
              "codegen accesses these as i32, i32 and i8");
static_assert(sizeof(decltype(rt::Code::simpleArgc)) == 4 && sizeof(decltype(rt::Code::framesize)) == 4 &&
                  sizeof(decltype(rt::ThreadState::depth)) == 4 &&
                  sizeof(decltype(rt::ThreadState::recursionLimit)) == 4 &&
                  sizeof(decltype(rt::ThreadState::stackLimit)) == 8,
              "codegen accesses these as i32, i32, i32, i32 and i64");
static_assert(sizeof(decltype(rt::Dict::indexWidth)) == 1 && sizeof(decltype(rt::Dict::used)) == 8 &&
                  sizeof(decltype(rt::Dict::capacity)) == 8 && sizeof(decltype(rt::Dict::mask)) == 8 &&
                  sizeof(decltype(rt::Dict::version)) == 8,
              "codegen accesses indexWidth as i8 and the counters as i64");
static_assert(sizeof(decltype(rt::ThreadState::sigintPending)) == 4, "polled as i32");
static_assert(sizeof(decltype(rt::AttrCacheEntry::version)) == 4 &&
                  sizeof(decltype(rt::AttrCacheEntry::kind)) == 4 &&
                  sizeof(decltype(rt::Type::versionTag)) == 4 &&
                  sizeof(decltype(rt::Type::dictOffset)) == 4 &&
                  sizeof(decltype(rt::Dict::nentries)) == 8 &&
                  sizeof(decltype(rt::Dict::keyBits)) == 8 && sizeof(decltype(rt::Str::hash)) == 8,
              "the inline attribute path reads these as i32, i32, i32, i32 and i64");
static_assert(sizeof(decltype(rt::List::size)) == 8 && sizeof(decltype(rt::Tuple::size)) == 8,
              "sizes are read as i64");

namespace {

llvm::GlobalVariable *externalObject(llvm::Module &m, const char *name) {
  if (auto *g = m.getGlobalVariable(name))
    return g;
  return new llvm::GlobalVariable(m, llvm::Type::getInt8Ty(m.getContext()), false,
                                  llvm::GlobalValue::ExternalLinkage, nullptr, name);
}

} // namespace

RuntimeDecls::RuntimeDecls(llvm::Module &module) : module(module), ctx(module.getContext()) {
  i1 = llvm::Type::getInt1Ty(ctx);
  i8 = llvm::Type::getInt8Ty(ctx);
  i32 = llvm::Type::getInt32Ty(ctx);
  i64 = llvm::Type::getInt64Ty(ctx);
  ptr = llvm::PointerType::get(ctx, 0);
  f64 = llvm::Type::getDoubleTy(ctx);
  auto declare = [&](const char *name, llvm::Type *ret, std::initializer_list<llvm::Type *> params) {
    auto *type = llvm::FunctionType::get(ret, llvm::ArrayRef<llvm::Type *>(params.begin(), params.size()), false);
    llvm::FunctionCallee callee = module.getOrInsertFunction(name, type);
    if (auto *f = llvm::dyn_cast<llvm::Function>(callee.getCallee()))
      f->addFnAttr(llvm::Attribute::NoUnwind); // no C++ exception crosses the ABI
    return callee;
  };
  // The .def's type tokens become LLVM types.
#define KV i64
#define KI32 i32
#define KSZ i64
#define KPTR ptr
#define KF64 f64
#define KILN_UNPAREN(...) __VA_ARGS__
#define KILN_ABI(name, ret, params, attrs) name = declare(#name, ret, {KILN_UNPAREN params});
#include "runtime/RuntimeABI.def"
#undef KILN_ABI
#undef KILN_UNPAREN
#undef KV
#undef KI32
#undef KSZ
#undef KPTR
#undef KF64
  none = llvm::ConstantExpr::getPtrToInt(externalObject(module, "kiln_none_object"), i64);
  trueValue = llvm::ConstantExpr::getPtrToInt(externalObject(module, "kiln_true_object"), i64);
  falseValue = llvm::ConstantExpr::getPtrToInt(externalObject(module, "kiln_false_object"), i64);
  threadState = externalObject(module, "kiln_thread_state");
  floatType = externalObject(module, "kiln_float_type");
  listType = externalObject(module, "kiln_list_type");
  tupleType = externalObject(module, "kiln_tuple_type");
  listIterType = externalObject(module, "kiln_listiter_type");
  functionType = externalObject(module, "kiln_function_type");
  frameEntryType = llvm::FunctionType::get(i64, {ptr, i64}, false);
}

} // namespace kiln::codegen
