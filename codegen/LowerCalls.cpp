//===- LowerCalls.cpp - CALL, with a direct path for Python functions -----===//
///
/// A call of a Python function (native or interpreted) with exactly its
/// number of positional parameters, no keywords, and a free frame on its
/// code's list is made without the runtime's call path: take the frame,
/// fill it as frameNew and functionCall would, push it, call the code's
/// entry, pop it and release it as FrameAlloc.h's frameRelease does (the
/// runtime's, kiln_frame_release, for a frame something kept). This is
/// one helper function per module and arity
/// (kiln.call.N), which every CALL site without keywords calls. The
/// checks are the runtime's: the code's simpleArgc, its free frame list,
/// and enterCall's recursion and stack limits. Everything else (other callables, keywords, another
/// arity, a first call of the code, a limit reached) calls kiln_call,
/// which does the same through functionCall, and raises what it raises.
///
//===----------------------------------------------------------------------===//
#include "codegen/FunctionLowering.h"

#include <string>

namespace kiln::codegen {

namespace {
/// Calls with more arguments take the runtime's path (kiln_call).
constexpr int kMaxInlineCallArgs = 6;
} // namespace

void FunctionLowering::lowerCall(int nargs) {
  // PRECALL charged the arguments already: they sit at sp .. sp+nargs-1,
  // below them the method-or-null and self-or-callable slots.
  for (int i = 0; i < nargs + 2; i++)
    materialize(sp - 2 + i);
  std::vector<llvm::Value *> items;
  for (int i = 0; i < nargs + 2; i++)
    items.push_back(b.CreateLoad(rt.i64, slotPtr(sp - 2 + i)));
  llvm::Value *r;
  if (kwnamesConst < 0 && nargs <= kMaxInlineCallArgs) {
    storeLasti(); // the caller's line while the callee runs
    r = b.CreateCall(pythonCallHelper(nargs), items);
  } else {
    llvm::Value *kwnames = llvm::ConstantPointerNull::get(rt.ptr);
    if (kwnamesConst >= 0)
      kwnames = b.CreateIntToPtr(constValue(kwnamesConst), rt.ptr);
    for (int i = 0; i < nargs + 2; i++)
      b.CreateStore(items[size_t(i)], scratch(i));
    r = call(rt.kiln_call, {scratch(0), b.getInt64(uint64_t(nargs)), kwnames});
  }
  kwnamesConst = -1;
  checkValue(r);
  sp -= 2;
  push(r);
}

llvm::Function *FunctionLowering::pythonCallHelper(int nargs) {
  std::string name = "kiln.call." + std::to_string(nargs);
  if (llvm::Function *existing = rt.module.getFunction(name))
    return existing;
  auto *type = llvm::FunctionType::get(rt.i64, std::vector<llvm::Type *>(size_t(nargs) + 2, rt.i64),
                                       false);
  auto *helper = llvm::Function::Create(type, llvm::GlobalValue::InternalLinkage, name, rt.module);
  helper->addFnAttr(llvm::Attribute::NoUnwind);
  // One copy per module and arity, called from every site: inlined at
  // each site the path doubled the IR of call-heavy programs and their
  // build time, for a few instructions per call.
  helper->addFnAttr(llvm::Attribute::NoInline);
  // Built with this function's builder, pointed at the helper meanwhile.
  llvm::IRBuilder<>::InsertPointGuard guard(b);
  llvm::Function *lowering = fn;
  fn = helper;
  b.SetCurrentDebugLocation(llvm::DebugLoc());
  auto block = [&](const char *name) { return llvm::BasicBlock::Create(rt.ctx, name, fn); };
  b.SetInsertPoint(block("entry"));
  std::vector<llvm::Value *> items;
  for (llvm::Argument &a : helper->args())
    items.push_back(&a);
  llvm::AllocaInst *args = b.CreateAlloca(rt.i64, b.getInt32(uint32_t(nargs) + 2), "args");
  auto *general = block("call.general");

  // LOAD_METHOD left [method, self]: self is the first argument.
  // Otherwise [null, callable].
  llvm::Value *isMethod = b.CreateICmpNE(items[0], b.getInt64(0));
  llvm::Value *callee = b.CreateSelect(isMethod, items[0], items[1]);
  llvm::Value *argc =
      b.CreateSelect(isMethod, b.getInt32(uint32_t(nargs + 1)), b.getInt32(uint32_t(nargs)));
  auto *object = block("call.object");
  b.CreateCondBr(b.CreateICmpEQ(b.CreateAnd(callee, b.getInt64(1)), b.getInt64(0)), object,
                 general, likely());
  b.SetInsertPoint(object);
  llvm::Value *func = b.CreateIntToPtr(callee, rt.ptr);
  auto *isFunction = block("call.function");
  b.CreateCondBr(b.CreateICmpEQ(b.CreateLoad(rt.ptr, func), rt.functionType), isFunction, general,
                 likely());
  b.SetInsertPoint(isFunction);
  llvm::Value *code = loadField(rt.ptr, func, Layout::functionCode);
  llvm::Value *frameNew = loadField(rt.ptr, code, Layout::codeFreeFrames);
  llvm::Value *ts = rt.threadState;
  llvm::Value *depth = loadField(rt.i32, ts, Layout::threadDepth);
  llvm::Value *newDepth = b.CreateAdd(depth, b.getInt32(1));
  // enterCall's limits: the recursion limit, and the C++ stack (the
  // helper's argument array stands for the stack pointer).
  llvm::Value *fits = b.CreateAnd(
      {b.CreateICmpEQ(loadField(rt.i32, code, Layout::codeSimpleArgc), argc),
       b.CreateIsNotNull(frameNew),
       b.CreateICmpSLE(newDepth, loadField(rt.i32, ts, Layout::threadRecursionLimit)),
       b.CreateICmpUGE(b.CreatePtrToInt(args, rt.i64), loadField(rt.i64, ts, Layout::threadStackLimit))});
  auto *enter = block("call.enter");
  b.CreateCondBr(fits, enter, general, likely());

  // frameNew (from the code's list) and framePush.
  b.SetInsertPoint(enter);
  b.CreateStore(newDepth, fieldAt(ts, Layout::threadDepth));
  b.CreateStore(loadField(rt.ptr, frameNew, Layout::frameBack), fieldAt(code, Layout::codeFreeFrames));
  b.CreateStore(loadField(rt.ptr, ts, Layout::threadFrame), fieldAt(frameNew, Layout::frameBack));
  b.CreateStore(frameNew, fieldAt(ts, Layout::threadFrame));
  b.CreateStore(loadField(rt.ptr, func, Layout::functionGlobals), fieldAt(frameNew, Layout::frameGlobals));
  b.CreateStore(loadField(rt.ptr, func, Layout::functionBuiltins),
                fieldAt(frameNew, Layout::frameBuiltins));
  b.CreateStore(func, fieldAt(frameNew, Layout::frameFunc));
  b.CreateStore(b.getInt32(uint32_t(-1)), fieldAt(frameNew, Layout::frameLasti));
  // The arguments, self first for a method. Slot nargs exists (a frame
  // has a slot beyond its arguments) and stays clear for a plain call.
  for (int i = 0; i <= nargs; i++) {
    llvm::Value *plain = i < nargs ? items[size_t(i + 2)] : b.getInt64(0);
    b.CreateStore(b.CreateSelect(isMethod, items[size_t(i + 1)], plain),
                  fieldAt(frameNew, Layout::frameSlots + 8 * uint64_t(i)));
  }
  llvm::Value *entry = loadField(rt.ptr, code, Layout::codeEntry);
  llvm::Value *r = b.CreateCall(rt.frameEntryType, entry, {frameNew, b.getInt64(0)});
  // framePop, then frameRelease: a frame something kept (f_back of an
  // escaped frame, a generator's) goes to the runtime.
  b.CreateStore(loadField(rt.ptr, frameNew, Layout::frameBack), fieldAt(ts, Layout::threadFrame));
  llvm::Value *kept = b.CreateAnd(loadField(rt.i8, frameNew, Layout::frameFlags),
                                  b.getInt8(Layout::frameEscaped | Layout::frameGeneratorFlag));
  auto *release = block("call.release");
  auto *keep = block("call.kept");
  auto *left = block("call.left");
  b.CreateCondBr(b.CreateICmpEQ(kept, b.getInt8(0)), release, keep, likely());
  b.SetInsertPoint(keep);
  b.CreateCall(rt.kiln_frame_release, {frameNew});
  b.CreateBr(left);
  // Clear every slot (the next call expects them unbound, and the
  // collector must not see stale values) by a jump into a run of stores,
  // as clearSlots does; then back on the code's list.
  b.SetInsertPoint(release);
  llvm::Value *framesize = loadField(rt.i32, code, Layout::codeFramesize);
  llvm::Value *slots = fieldAt(frameNew, Layout::frameSlots);
  auto *cleared = block("call.cleared");
  auto *large = block("call.clear.large");
  constexpr int kUnrolledSlots = 12;
  llvm::SwitchInst *sw = b.CreateSwitch(framesize, large, kUnrolledSlots + 1);
  sw->addCase(b.getInt32(0), cleared);
  llvm::BasicBlock *next = cleared;
  for (int n = 1; n <= kUnrolledSlots; n++) {
    auto *store = block("call.clear");
    b.SetInsertPoint(store);
    b.CreateStore(b.getInt64(0), fieldAt(slots, 8 * uint64_t(n - 1)));
    b.CreateBr(next);
    sw->addCase(b.getInt32(uint32_t(n)), store);
    next = store;
  }
  b.SetInsertPoint(large);
  b.CreateMemSet(slots, b.getInt8(0), b.CreateMul(b.CreateSExt(framesize, rt.i64), b.getInt64(8)),
                 llvm::MaybeAlign(8));
  b.CreateBr(cleared);
  b.SetInsertPoint(cleared);
  b.CreateStore(b.getInt64(0), fieldAt(frameNew, Layout::frameLocalsCache));
  b.CreateStore(b.getInt64(0), fieldAt(frameNew, Layout::frameLocals));
  b.CreateStore(b.getInt64(0), fieldAt(frameNew, Layout::frameGenerator));
  b.CreateStore(b.getInt32(0), fieldAt(frameNew, Layout::frameStackDepth));
  b.CreateStore(b.getInt8(0), fieldAt(frameNew, Layout::frameFlags));
  b.CreateStore(loadField(rt.ptr, code, Layout::codeFreeFrames), fieldAt(frameNew, Layout::frameBack));
  b.CreateStore(frameNew, fieldAt(code, Layout::codeFreeFrames));
  b.CreateBr(left);
  // leaveCall.
  b.SetInsertPoint(left);
  b.CreateStore(depth, fieldAt(ts, Layout::threadDepth));
  b.CreateRet(r);

  // Anything else: the runtime's call.
  b.SetInsertPoint(general);
  for (int i = 0; i < nargs + 2; i++)
    b.CreateStore(items[size_t(i)], b.CreateConstInBoundsGEP1_64(rt.i64, args, uint64_t(i)));
  b.CreateRet(b.CreateCall(rt.kiln_call, {args, b.getInt64(uint64_t(nargs)), 
                                           llvm::ConstantPointerNull::get(rt.ptr)}));
  fn = lowering;
  return helper;
}

} // namespace kiln::codegen
