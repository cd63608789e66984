//===- FunctionLowering.cpp - Analysis, frame access, errors --------------===//
#include "codegen/FunctionLowering.h"

#include <llvm/IR/DebugInfoMetadata.h>
#include <llvm/IR/Intrinsics.h>
#include <llvm/IR/MDBuilder.h>

#include <algorithm>
#include <stdexcept>

namespace kiln::codegen {

using frontend::Opcode;

namespace {

/// Names whose use means a function's locals may be read from its frame.
bool namesFrameIntrospection(const std::string &n) {
  static const char *const names[] = {
      "locals", "vars", "dir", "eval", "exec", "super", "_getframe", "currentframe",
      "f_locals", "stack", "trace", "getouterframes", "getinnerframes", "getframeinfo",
      "settrace", "setprofile", "breakpoint", nullptr};
  for (const char *const *p = names; *p; p++)
    if (n == *p)
      return true;
  return false;
}

} // namespace

FunctionLowering::FunctionLowering(RuntimeDecls &rt, const frontend::CodeObject &code,
                                   const CodeSymbols &syms, bool programReadsFrameLocals)
    : rt(rt), co(code), syms(syms), b(rt.ctx), fn(syms.function),
      programReadsFrameLocals(programReadsFrameLocals) {}

// --- Analysis --------------------------------------------------------------------

int FunctionLowering::indexAt(int off) const {
  auto it = indexOfOffset.find(off);
  if (it == indexOfOffset.end())
    throw std::runtime_error("codegen: no instruction at offset " + std::to_string(off) + " in " +
                             co.qualname);
  return int(it->second);
}

const frontend::ExceptionTableEntry *FunctionLowering::handlerFor(int off) const {
  int unit = off / 2;
  for (const auto &e : co.exceptionTable)
    if (unit >= e.start && unit < e.end)
      return &e;
  return nullptr;
}

bool FunctionLowering::needsMemoryLocals() const {
  if (!(co.flags & frontend::CO_OPTIMIZED) || generator || programReadsFrameLocals)
    return true;
  for (const std::string &n : co.names)
    if (namesFrameIntrospection(n))
      return true;
  return false;
}

void FunctionLowering::analyse() {
  for (const Instruction &in : frontend::instructions(co.code)) {
    indexOfOffset[in.start] = instrs.size();
    indexOfOffset[in.offset] = instrs.size();
    instrs.push_back(in);
  }
  size_t n = instrs.size();
  depth.assign(n, -1);
  leader.assign(n, false);
  std::vector<size_t> work;
  auto flow = [&](size_t idx, int d) {
    if (idx >= n)
      throw std::runtime_error("codegen: control runs off the end of " + co.qualname);
    if (depth[idx] < 0) {
      depth[idx] = d;
      work.push_back(idx);
    } else if (depth[idx] != d) {
      throw std::runtime_error("codegen: inconsistent stack depth at offset " +
                               std::to_string(instrs[idx].offset) + " in " + co.qualname);
    }
  };
  if (n)
    flow(0, 0);
  leader[0] = true;
  while (!work.empty()) {
    size_t i = work.back();
    work.pop_back();
    const Instruction &in = instrs[i];
    Opcode op = in.op();
    int d = depth[i];
    if (const auto *h = handlerFor(in.offset)) {
      size_t t = size_t(indexAt(2 * h->target));
      leader[t] = true;
      flow(t, h->depth + (h->lasti ? 1 : 0) + 1);
    }
    if (!in.isValid())
      continue; // lowered as a SystemError
    if (frontend::isJump(op)) {
      size_t t = size_t(indexAt(frontend::jumpTarget(op, in.offset, in.arg)));
      leader[t] = true;
      flow(t, d + frontend::stackEffect(op, in.arg, true));
      if (i + 1 < n)
        leader[i + 1] = true;
    }
    if (op == Opcode::YIELD_VALUE || op == Opcode::RETURN_GENERATOR) {
      resumePoints[in.offset] = {in.next(), op == Opcode::YIELD_VALUE ? d - 1 : d};
      if (i + 1 < n)
        leader[i + 1] = true;
    }
    if (frontend::isTerminator(op)) {
      if (i + 1 < n)
        leader[i + 1] = true;
      continue;
    }
    // A generator's first resumption pushes the sent value the next
    // POP_TOP drops (Opcodes.def).
    int next = op == Opcode::RETURN_GENERATOR ? d + 1 : d + frontend::stackEffect(op, in.arg, false);
    flow(i + 1, next);
  }
  for (size_t i = 0; i < n; i++)
    if (depth[i] >= 0 && instrs[i].isValid() && instrs[i].op() == Opcode::SEND) {
      int target = frontend::jumpTarget(Opcode::SEND, instrs[i].offset, instrs[i].arg);
      int t = indexAt(target);
      resumePoints.emplace(instrs[size_t(t)].offset - 2,
                           ResumePoint{instrs[size_t(t)].offset, depth[size_t(t)] - 1});
    }
}

// --- Frame and stack access ----------------------------------------------------------

llvm::Value *FunctionLowering::framePtr(uint64_t off) {
  return b.CreateConstInBoundsGEP1_64(rt.i8, frame, off);
}

llvm::Value *FunctionLowering::frameSlotPtr(int index) {
  return framePtr(Layout::frameSlots + 8 * uint64_t(index));
}

llvm::Value *FunctionLowering::slotPtr(int index) {
  if (generator)
    return frameSlotPtr(nlocalsplus + index);
  if (size_t(index) >= stackSlots.size())
    throw std::runtime_error("codegen: stack overflow in " + co.qualname);
  return stackSlots[size_t(index)];
}

llvm::Value *FunctionLowering::localPtr(int index) {
  if (memoryLocals)
    return frameSlotPtr(index);
  return localSlots[size_t(index)];
}

void FunctionLowering::push(llvm::Value *v) {
  maybeRaw[size_t(sp)] = false;
  slotOrigin[size_t(sp)] = -1;
  slotConst[size_t(sp)] = nullptr;
  b.CreateStore(v, slotPtr(sp++));
}
llvm::Value *FunctionLowering::pop() {
  materialize(sp - 1);
  return b.CreateLoad(rt.i64, slotPtr(--sp));
}
llvm::Value *FunctionLowering::peek(int n) {
  materialize(sp - n);
  return b.CreateLoad(rt.i64, slotPtr(sp - n));
}
void FunctionLowering::poke(int n, llvm::Value *v) {
  maybeRaw[size_t(sp - n)] = false;
  slotOrigin[size_t(sp - n)] = -1;
  slotConst[size_t(sp - n)] = nullptr;
  b.CreateStore(v, slotPtr(sp - n));
}

FunctionLowering::Operand FunctionLowering::popOperand() {
  int slot = --sp;
  Operand o{b.CreateLoad(rt.i64, slotPtr(slot))};
  o.known = slotConst[size_t(slot)];
  if (maybeRaw[size_t(slot)]) {
    o.isRaw = b.CreateLoad(rt.i1, rawFlags[size_t(slot)]);
    o.raw = b.CreateLoad(rt.f64, rawValues[size_t(slot)]);
    maybeRaw[size_t(slot)] = false;
  }
  return o;
}

void FunctionLowering::pushMaybeRaw(llvm::Value *boxed, llvm::Value *isRaw, llvm::Value *raw) {
  if (generator) { // every slot of a generator is boxed
    Operand o{boxed, isRaw, raw};
    push(boxedOperand(o));
    return;
  }
  b.CreateStore(boxed, slotPtr(sp));
  b.CreateStore(isRaw, rawFlags[size_t(sp)]);
  b.CreateStore(raw, rawValues[size_t(sp)]);
  maybeRaw[size_t(sp)] = true;
  slotOrigin[size_t(sp)] = -1;
  slotConst[size_t(sp)] = nullptr;
  sp++;
}

llvm::Value *FunctionLowering::boxedOperand(const Operand &o) {
  if (!o.isRaw)
    return o.boxed;
  auto *box = llvm::BasicBlock::Create(rt.ctx, "box", fn);
  auto *done = llvm::BasicBlock::Create(rt.ctx, "boxed", fn);
  llvm::BasicBlock *from = b.GetInsertBlock();
  b.CreateCondBr(o.isRaw, box, done);
  b.SetInsertPoint(box);
  llvm::Value *v = call(rt.kiln_float_new, {o.raw});
  checkValue(v);
  llvm::BasicBlock *boxEnd = b.GetInsertBlock();
  b.CreateBr(done);
  b.SetInsertPoint(done);
  llvm::PHINode *phi = b.CreatePHI(rt.i64, 2, "boxed");
  phi->addIncoming(o.boxed, from);
  phi->addIncoming(v, boxEnd);
  return phi;
}

void FunctionLowering::materialize(int slot) {
  if (slot < 0 || !maybeRaw[size_t(slot)])
    return;
  maybeRaw[size_t(slot)] = false;
  Operand o{b.CreateLoad(rt.i64, slotPtr(slot)), b.CreateLoad(rt.i1, rawFlags[size_t(slot)]),
            b.CreateLoad(rt.f64, rawValues[size_t(slot)])};
  llvm::Value *boxed = boxedOperand(o);
  b.CreateStore(boxed, slotPtr(slot));
  if (int local = slotOrigin[size_t(slot)]; local >= 0) {
    // The local still holds what was loaded: keep the box there too.
    b.CreateStore(boxed, localSlots[size_t(local)]);
    b.CreateStore(b.getFalse(), localRawFlags[size_t(local)]);
    slotOrigin[size_t(slot)] = -1;
  }
}

void FunctionLowering::storeLocal(int index) {
  // Slots loaded from this local no longer mirror it.
  for (int &origin : slotOrigin)
    if (origin == index)
      origin = -1;
  if (!rawLocals) {
    b.CreateStore(pop(), localPtr(index));
    return;
  }
  Operand o = popOperand();
  b.CreateStore(o.boxed, localSlots[size_t(index)]);
  b.CreateStore(o.isRaw ? o.isRaw : b.getFalse(), localRawFlags[size_t(index)]);
  if (o.isRaw)
    b.CreateStore(o.raw, localRawValues[size_t(index)]);
}

llvm::Value *FunctionLowering::localUnbound(int index) {
  llvm::Value *empty = b.CreateICmpEQ(b.CreateLoad(rt.i64, localPtr(index)), b.getInt64(0));
  if (!rawLocals)
    return empty;
  return b.CreateAnd(empty, b.CreateNot(b.CreateLoad(rt.i1, localRawFlags[size_t(index)])));
}

void FunctionLowering::loadLocal(int index) {
  llvm::Value *boxed = b.CreateLoad(rt.i64, localPtr(index));
  if (!rawLocals) {
    push(boxed);
    return;
  }
  pushMaybeRaw(boxed, b.CreateLoad(rt.i1, localRawFlags[size_t(index)]),
               b.CreateLoad(rt.f64, localRawValues[size_t(index)]));
  slotOrigin[size_t(sp - 1)] = index;
}

void FunctionLowering::materializeAll() {
  for (int i = 0; i < sp; i++)
    materialize(i);
}

llvm::Value *FunctionLowering::scratch(int n) {
  return b.CreateConstInBoundsGEP1_64(rt.i64, scratchArea, uint64_t(n));
}

llvm::Value *FunctionLowering::stackToScratch(int n) {
  for (int i = 0; i < n; i++)
    b.CreateStore(peek(n - i), scratch(i));
  return scratch(0);
}

llvm::Value *FunctionLowering::constValue(int index) {
  const frontend::ConstantRef &c = co.consts[size_t(index)];
  // Small ints are immediate; everything else comes from the table the
  // runtime filled at load.
  using K = frontend::Constant::Kind;
  if (c && c->kind == K::Int && c->intValue >= -(mpz_class(1) << 62) &&
      c->intValue < (mpz_class(1) << 62))
    return smallConst(c->intValue.get_si());
  if (c && c->kind == K::None)
    return rt.none;
  if (c && (c->kind == K::True || c->kind == K::False))
    return c->kind == K::True ? rt.trueValue : rt.falseValue;
  auto *p = b.CreateConstInBoundsGEP2_64(syms.consts->getValueType(), syms.consts, 0, uint64_t(index));
  return b.CreateLoad(rt.i64, p);
}

llvm::Value *FunctionLowering::namePtr(int index) {
  auto *p = b.CreateConstInBoundsGEP2_64(syms.names->getValueType(), syms.names, 0, uint64_t(index));
  return b.CreateLoad(rt.ptr, p);
}

llvm::Constant *FunctionLowering::smallConst(int64_t v) {
  return b.getInt64((uint64_t(v) << 1) | 1);
}

llvm::Value *FunctionLowering::smallInt(llvm::Value *v) {
  return b.CreateOr(b.CreateShl(v, 1), b.getInt64(1));
}

llvm::Value *FunctionLowering::boolValue(llvm::Value *cond) {
  return b.CreateSelect(cond, rt.trueValue, rt.falseValue);
}

void FunctionLowering::storeLasti() {
  // Stored once per instruction and block: a store made on one branch (a
  // value boxed only when raw, a runtime call only on a cache miss) does
  // not cover the code after the branches join.
  if (lastiStored && lastiBlock == b.GetInsertBlock())
    return;
  b.CreateStore(b.getInt32(uint32_t(offset)), framePtr(Layout::frameLasti));
  lastiStored = true;
  lastiBlock = b.GetInsertBlock();
}

llvm::Value *FunctionLowering::call(llvm::FunctionCallee f, llvm::ArrayRef<llvm::Value *> args) {
  storeLasti();
  return b.CreateCall(f, args);
}

llvm::Value *FunctionLowering::fieldAt(llvm::Value *base, uint64_t offset) {
  return b.CreateConstInBoundsGEP1_64(rt.i8, base, offset);
}

llvm::Value *FunctionLowering::loadField(llvm::Type *type, llvm::Value *base, uint64_t offset) {
  return b.CreateLoad(type, fieldAt(base, offset));
}

llvm::MDNode *FunctionLowering::likely() {
  return llvm::MDBuilder(rt.ctx).createBranchWeights(2000, 1);
}

// --- Errors -------------------------------------------------------------------------------

FunctionLowering::Handler &FunctionLowering::handlerBlocks(const frontend::ExceptionTableEntry *h) {
  Handler &hb = handlers[h];
  if (hb.traceback)
    return hb;
  llvm::IRBuilder<>::InsertPointGuard guard(b);
  hb.traceback = llvm::BasicBlock::Create(rt.ctx, "error", fn);
  hb.unwind = llvm::BasicBlock::Create(rt.ctx, h ? "unwind" : "error.exit", fn);
  b.SetInsertPoint(hb.traceback);
  hb.tracebackOffset = b.CreatePHI(rt.i32, 4, "raised.at");
  b.CreateStore(hb.tracebackOffset, framePtr(Layout::frameLasti));
  b.CreateCall(rt.kiln_frame_traceback_add, {frame});
  b.CreateBr(hb.unwind);
  b.SetInsertPoint(hb.unwind);
  hb.unwindOffset = b.CreatePHI(rt.i32, 4, "unwind.at");
  hb.unwindOffset->addIncoming(hb.tracebackOffset, hb.traceback);
  if (!h) {
    llvm::Value *flagsPtr = framePtr(Layout::frameFlags);
    llvm::Value *flags = b.CreateLoad(rt.i8, flagsPtr);
    flags = b.CreateAnd(flags, b.getInt8(uint8_t(~(Layout::frameExecuting | Layout::frameSuspended))));
    b.CreateStore(b.CreateOr(flags, b.getInt8(Layout::frameFinished)), flagsPtr);
    b.CreateRet(b.getInt64(0));
    return hb;
  }
  // Emitted in the middle of another instruction: keep its stack state.
  int savedSp = sp;
  std::vector<bool> savedRaw = maybeRaw;
  std::vector<int> savedOrigin = slotOrigin;
  std::vector<llvm::Constant *> savedConst = slotConst;
  sp = h->depth;
  if (h->lasti)
    push(smallInt(b.CreateZExt(hb.unwindOffset, rt.i64)));
  push(b.CreateCall(rt.kiln_exc_fetch, {}));
  sp = savedSp;
  maybeRaw = savedRaw;
  slotOrigin = savedOrigin;
  slotConst = savedConst;
  b.CreateBr(blockAt(2 * h->target));
  return hb;
}

void FunctionLowering::jumpToError(int off) {
  Handler &hb = handlerBlocks(handlerFor(off));
  hb.tracebackOffset->addIncoming(b.getInt32(uint32_t(off)), b.GetInsertBlock());
  b.CreateBr(hb.traceback);
}

void FunctionLowering::jumpToUnwind(int off) {
  Handler &hb = handlerBlocks(handlerFor(off));
  hb.unwindOffset->addIncoming(b.getInt32(uint32_t(off)), b.GetInsertBlock());
  b.CreateBr(hb.unwind);
}

void FunctionLowering::branchOnError(llvm::Value *failed) {
  llvm::BasicBlock *err = llvm::BasicBlock::Create(rt.ctx, "fail", fn);
  llvm::BasicBlock *ok = llvm::BasicBlock::Create(rt.ctx, "ok", fn);
  // Errors are rare: keep the normal path straight.
  llvm::MDBuilder md(rt.ctx);
  b.CreateCondBr(failed, err, ok, md.createBranchWeights(1, 2000));
  b.SetInsertPoint(err);
  jumpToError(offset);
  b.SetInsertPoint(ok);
}

void FunctionLowering::emitReturn(llvm::Value *v, uint8_t setFlags) {
  llvm::Value *flagsPtr = framePtr(Layout::frameFlags);
  llvm::Value *flags = b.CreateLoad(rt.i8, flagsPtr);
  flags = b.CreateAnd(flags, b.getInt8(uint8_t(~Layout::frameExecuting)));
  b.CreateStore(b.CreateOr(flags, b.getInt8(setFlags)), flagsPtr);
  b.CreateRet(v);
}

// --- Blocks and the function body -----------------------------------------------------

llvm::BasicBlock *FunctionLowering::blockAt(int off) {
  int idx = indexAt(off);
  int key = instrs[size_t(idx)].offset;
  auto it = blocks.find(key);
  if (it != blocks.end())
    return it->second;
  auto *bb = llvm::BasicBlock::Create(rt.ctx, "op" + std::to_string(key), fn);
  blocks[key] = bb;
  return bb;
}

void FunctionLowering::emitPrologue() {
  llvm::BasicBlock *entry = llvm::BasicBlock::Create(rt.ctx, "entry", fn);
  b.SetInsertPoint(entry);
  if (syms.subprogram)
    b.SetCurrentDebugLocation(llvm::DILocation::get(rt.ctx, unsigned(co.firstlineno), 0, syms.subprogram));
  auto args = fn->arg_begin();
  frame = &*args++;
  sent = &*args;
  frame->setName("frame");
  sent->setName("sent");
  nlocalsplus = int(frontend::localsPlusNames(co.varnames, co.cellvars, co.freevars).size());
  int slots = co.stacksize + 2;
  int nparams = co.argcount + co.kwonlyargcount + ((co.flags & frontend::CO_VARARGS) ? 1 : 0) +
                ((co.flags & frontend::CO_VARKEYWORDS) ? 1 : 0);
  maybeUnbound.assign(size_t(nlocalsplus), true);
  for (int i = 0; i < nparams && i < nlocalsplus; i++)
    maybeUnbound[size_t(i)] = false;
  for (const Instruction &in : instrs)
    if (in.isValid() && in.op() == Opcode::DELETE_FAST && in.arg < nlocalsplus)
      maybeUnbound[size_t(in.arg)] = true;
  if (!generator)
    for (int i = 0; i < slots; i++) {
      stackSlots.push_back(b.CreateAlloca(rt.i64, nullptr, "s" + std::to_string(i)));
      rawFlags.push_back(b.CreateAlloca(rt.i1, nullptr, "raw" + std::to_string(i)));
      rawValues.push_back(b.CreateAlloca(rt.f64, nullptr, "f" + std::to_string(i)));
    }
  maybeRaw.assign(size_t(slots), false);
  slotOrigin.assign(size_t(slots), -1);
  slotConst.assign(size_t(slots), nullptr);
  if (!memoryLocals) {
    rawLocals = true;
    for (int i = 0; i < nlocalsplus; i++) {
      localSlots.push_back(b.CreateAlloca(rt.i64, nullptr, "l" + std::to_string(i)));
      localRawFlags.push_back(b.CreateAlloca(rt.i1, nullptr, "lraw" + std::to_string(i)));
      localRawValues.push_back(b.CreateAlloca(rt.f64, nullptr, "lf" + std::to_string(i)));
      b.CreateStore(b.getFalse(), localRawFlags.back());
      b.CreateStore(llvm::ConstantFP::get(rt.f64, 0.0), localRawValues.back());
    }
    for (int i = 0; i < nlocalsplus; i++)
      b.CreateStore(i < nparams ? static_cast<llvm::Value *>(b.CreateLoad(rt.i64, frameSlotPtr(i)))
                              : b.getInt64(0),
                    localSlots[size_t(i)]);
  }
  scratchArea = b.CreateAlloca(rt.i64, b.getInt32(uint32_t(slots)), "scratch");
  returnedFlag = b.CreateAlloca(rt.i32, nullptr, "returned");
  // The frame is running (frame.clear() refuses, gi_running).
  llvm::Value *flagsPtr = framePtr(Layout::frameFlags);
  llvm::Value *flags = b.CreateLoad(rt.i8, flagsPtr);
  flags = b.CreateAnd(flags, b.getInt8(uint8_t(~Layout::frameSuspended)));
  b.CreateStore(b.CreateOr(flags, b.getInt8(Layout::frameExecuting)), flagsPtr);
  llvm::BasicBlock *start = blockAt(0);
  if (generator && !resumePoints.empty())
    emitResumeSwitch(start);
  else
    b.CreateBr(start);
}

void FunctionLowering::emitResumeSwitch(llvm::BasicBlock *start) {
  llvm::Value *lasti = b.CreateLoad(rt.i32, framePtr(Layout::frameLasti));
  llvm::BasicBlock *resume = llvm::BasicBlock::Create(rt.ctx, "resume", fn);
  b.CreateCondBr(b.CreateICmpSLT(lasti, b.getInt32(0)), start, resume);
  b.SetInsertPoint(resume);
  llvm::BasicBlock *bad = llvm::BasicBlock::Create(rt.ctx, "resume.bad", fn);
  llvm::SwitchInst *sw = b.CreateSwitch(lasti, bad, unsigned(resumePoints.size()));
  for (const auto &[off, point] : resumePoints) {
    auto *bb = llvm::BasicBlock::Create(rt.ctx, "resume" + std::to_string(off), fn);
    sw->addCase(b.getInt32(uint32_t(off)), bb);
    b.SetInsertPoint(bb);
    offset = off;
    // The value resumed with is pushed; null means an exception is being
    // thrown in, raised as if by the instruction at lasti.
    sp = point.depth;
    llvm::BasicBlock *thrown = llvm::BasicBlock::Create(rt.ctx, "thrown", fn);
    llvm::BasicBlock *go = llvm::BasicBlock::Create(rt.ctx, "resumed", fn);
    b.CreateCondBr(b.CreateICmpEQ(sent, b.getInt64(0)), thrown, go);
    b.SetInsertPoint(thrown);
    jumpToError(off);
    b.SetInsertPoint(go);
    push(sent);
    b.CreateBr(blockAt(point.next));
  }
  b.SetInsertPoint(bad);
  b.CreateCall(rt.kiln_invalid_opcode, {b.getInt32(0)});
  b.CreateRet(b.getInt64(0));
}

void FunctionLowering::lower() {
  generator = co.flags & (frontend::CO_GENERATOR | frontend::CO_COROUTINE |
                          frontend::CO_ASYNC_GENERATOR);
  analyse();
  memoryLocals = needsMemoryLocals();
  emitPrologue();
  bool open = false; // the insert block still needs a terminator
  for (size_t i = 0; i < instrs.size(); i++) {
    if (depth[i] < 0) {
      continue; // unreachable
    }
    if (leader[i]) {
      std::fill(maybeRaw.begin(), maybeRaw.end(), false); // boxed at every block start
      std::fill(slotOrigin.begin(), slotOrigin.end(), -1);
      std::fill(slotConst.begin(), slotConst.end(), nullptr);
      llvm::BasicBlock *bb = blockAt(instrs[i].offset);
      if (open)
        b.CreateBr(bb);
      b.SetInsertPoint(bb);
    } else if (!open) {
      throw std::runtime_error("codegen: instruction without a block in " + co.qualname);
    }
    emitInstruction(instrs[i], i);
    if (fusedNext)
      i++; // lowered together with instruction i
    open = !b.GetInsertBlock()->getTerminator();
    if (open && (i + 1 >= instrs.size() || depth[i + 1] < 0))
      throw std::runtime_error("codegen: control falls off an instruction in " + co.qualname);
  }
  // Blocks only jumped to from unreachable code.
  for (auto &[off, bb] : blocks)
    if (bb->empty()) {
      b.SetInsertPoint(bb);
      b.CreateUnreachable();
    }
}

void FunctionLowering::emitInstruction(const Instruction &in, size_t index) {
  offset = in.offset;
  if (syms.subprogram) {
    size_t unit = size_t(in.offset) / 2;
    const frontend::Location loc = unit < co.locations.size() ? co.locations[unit] : frontend::Location{};
    b.SetCurrentDebugLocation(llvm::DILocation::get(rt.ctx, unsigned(loc.line > 0 ? loc.line : co.firstlineno),
                                                    unsigned(loc.col >= 0 ? loc.col + 1 : 0),
                                                    syms.subprogram));
  }
  sp = depth[index];
  lastiStored = false;
  // x[a:b]: BUILD_SLICE 2 and the BINARY_SUBSCR right after it (same block,
  // same handler) become one call that makes no slice object.
  fusedNext = in.isValid() && in.op() == Opcode::BUILD_SLICE && in.arg == 2 &&
              index + 1 < instrs.size() && !leader[index + 1] && instrs[index + 1].isValid() &&
              instrs[index + 1].op() == Opcode::BINARY_SUBSCR &&
              handlerFor(in.offset) == handlerFor(instrs[index + 1].offset);
  size_t last = fusedNext ? index + 1 : index;
  if (!in.isValid()) {
    checkStatus(call(rt.kiln_invalid_opcode, {b.getInt32(in.opcodeByte)}));
    b.CreateUnreachable();
    return;
  }
  // Raw floats never cross a block boundary nor sit below an exception
  // handler's depth.
  Opcode op = in.op();
  bool endsBlock = frontend::isJump(op) || frontend::isTerminator(op) ||
                   op == Opcode::YIELD_VALUE || op == Opcode::RETURN_GENERATOR ||
                   last + 1 >= instrs.size() || leader[last + 1];
  if (endsBlock && op != Opcode::BINARY_OP && op != Opcode::COMPARE_OP) {
    materializeAll();
  } else if (const auto *h = handlerFor(in.offset)) {
    for (int i = 0; i < h->depth && i < sp; i++)
      materialize(i);
  }
  if (fusedNext)
    lowerSliceSubscr(instrs[index + 1]);
  else
    lowerOpcode(in);
  if (endsBlock && !b.GetInsertBlock()->getTerminator())
    materializeAll(); // an operator's result falls into the next block
  if (!b.GetInsertBlock()->getTerminator() && last + 1 < instrs.size() &&
      sp != depth[last + 1] && in.op() != Opcode::PRECALL)
    throw std::runtime_error("codegen: stack depth mismatch after " +
                             std::string(frontend::opcodeName(in.op())) + " at offset " +
                             std::to_string(in.offset) + " in " + co.qualname);
}

} // namespace kiln::codegen
