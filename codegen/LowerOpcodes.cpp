//===- LowerOpcodes.cpp - The lowering of each opcode ---------------------===//
///
/// One case per opcode of frontend/bytecode/Opcodes.def; the switch has no
/// default and -Wswitch is an error here, so an opcode added to the table
/// without a lowering does not compile. Each case mirrors the vm's handler
/// (vm/Interpreter.cpp) over the same runtime entry points; small-int
/// arithmetic and comparisons and the truth of bools, None and ints are
/// inlined (LowerArithmetic.cpp), with the runtime as the slow path.
///
//===----------------------------------------------------------------------===//
#include "codegen/FunctionLowering.h"

#include <llvm/IR/Intrinsics.h>
#include <llvm/IR/MDBuilder.h>

#pragma GCC diagnostic error "-Wswitch"

namespace kiln::codegen {

using frontend::Opcode;

void FunctionLowering::pollSignals() {
  // ts.sigintPending, set by the SIGINT handler.
  llvm::Value *p = b.CreateConstInBoundsGEP1_64(rt.i8, rt.threadState, Layout::threadSigintPending);
  llvm::LoadInst *flag = b.CreateLoad(rt.i32, p);
  flag->setVolatile(true);
  auto *sig = llvm::BasicBlock::Create(rt.ctx, "sigint", fn);
  auto *cont = llvm::BasicBlock::Create(rt.ctx, "nosig", fn);
  llvm::MDBuilder md(rt.ctx);
  b.CreateCondBr(b.CreateICmpNE(flag, b.getInt32(0)), sig, cont, md.createBranchWeights(1, 100000));
  b.SetInsertPoint(sig);
  checkStatus(call(rt.kiln_signals_check, {}));
  b.CreateBr(cont);
  b.SetInsertPoint(cont);
}

void FunctionLowering::jumpTo(int target, bool backward) {
  if (backward)
    pollSignals();
  b.CreateBr(blockAt(target));
}

void FunctionLowering::lowerConditionalJump(const Instruction &in, bool popAlways, bool jumpIfTrue) {
  int target = frontend::jumpTarget(in.op(), in.offset, in.arg);
  bool backward = frontend::isBackwardJump(in.op());
  llvm::Value *cond = popAlways ? pop() : peek(1);
  llvm::Value *t = truthValue(cond);
  llvm::BasicBlock *next = blockAt(in.next());
  llvm::BasicBlock *taken = blockAt(target);
  if (backward) {
    // A loop edge: a pending Ctrl-C is noticed there.
    auto *edge = llvm::BasicBlock::Create(rt.ctx, "loop.edge", fn);
    taken = edge;
  }
  if (jumpIfTrue)
    b.CreateCondBr(t, taken, next);
  else
    b.CreateCondBr(t, next, taken);
  if (backward) {
    b.SetInsertPoint(taken);
    jumpTo(target, true);
  }
}

void FunctionLowering::lowerNoneJump(const Instruction &in, bool jumpIfNone) {
  int target = frontend::jumpTarget(in.op(), in.offset, in.arg);
  bool backward = frontend::isBackwardJump(in.op());
  llvm::Value *isNone = b.CreateICmpEQ(pop(), rt.none);
  llvm::BasicBlock *next = blockAt(in.next());
  llvm::BasicBlock *taken = backward ? llvm::BasicBlock::Create(rt.ctx, "loop.edge", fn)
                                     : blockAt(target);
  if (jumpIfNone)
    b.CreateCondBr(isNone, taken, next);
  else
    b.CreateCondBr(isNone, next, taken);
  if (backward) {
    b.SetInsertPoint(taken);
    jumpTo(target, true);
  }
}

llvm::GlobalVariable *FunctionLowering::siteCache(uint64_t size, const char *what) {
  auto *type = llvm::ArrayType::get(rt.i8, size);
  auto *cache = new llvm::GlobalVariable(*fn->getParent(), type, false,
                                         llvm::GlobalValue::InternalLinkage,
                                         llvm::Constant::getNullValue(type),
                                         fn->getName() + "." + what);
  cache->setAlignment(llvm::Align(8));
  return cache;
}

llvm::Value *FunctionLowering::loadGlobalCached(int nameIndex) {
  // One GlobalCache (runtime/Ops.h) per site; while it holds, the value is
  // one load away.
  llvm::GlobalVariable *cache = siteCache(Layout::cacheSize, "gcache");
  auto field = [&](uint64_t off) { return b.CreateConstInBoundsGEP1_64(rt.i8, cache, off); };
  auto *sameGlobals = llvm::BasicBlock::Create(rt.ctx, "gcache.globals", fn);
  auto *checkBuiltins = llvm::BasicBlock::Create(rt.ctx, "gcache.isbuiltin", fn);
  auto *sameBuiltins = llvm::BasicBlock::Create(rt.ctx, "gcache.builtins", fn);
  auto *builtinsVersion = llvm::BasicBlock::Create(rt.ctx, "gcache.bversion", fn);
  auto *hit = llvm::BasicBlock::Create(rt.ctx, "gcache.hit", fn);
  auto *miss = llvm::BasicBlock::Create(rt.ctx, "gcache.miss", fn);
  auto *done = llvm::BasicBlock::Create(rt.ctx, "gcache.done", fn);
  llvm::MDBuilder md(rt.ctx);
  auto likely = md.createBranchWeights(2000, 1);
  llvm::Value *globals = b.CreateLoad(rt.ptr, framePtr(Layout::frameGlobals));
  b.CreateCondBr(b.CreateICmpEQ(b.CreateLoad(rt.ptr, field(Layout::cacheGlobals)), globals),
                 sameGlobals, miss, likely);
  b.SetInsertPoint(sameGlobals);
  llvm::Value *gv = b.CreateLoad(rt.i64, b.CreateConstInBoundsGEP1_64(rt.i8, globals, Layout::dictVersion));
  b.CreateCondBr(b.CreateICmpEQ(gv, b.CreateLoad(rt.i64, field(Layout::cacheGlobalsVersion))),
                 checkBuiltins, miss, likely);
  b.SetInsertPoint(checkBuiltins);
  llvm::Value *cachedBuiltins = b.CreateLoad(rt.ptr, field(Layout::cacheBuiltins));
  b.CreateCondBr(b.CreateIsNull(cachedBuiltins), hit, sameBuiltins);
  b.SetInsertPoint(sameBuiltins);
  llvm::Value *builtins = b.CreateLoad(rt.ptr, framePtr(Layout::frameBuiltins));
  b.CreateCondBr(b.CreateICmpEQ(builtins, cachedBuiltins), builtinsVersion, miss, likely);
  b.SetInsertPoint(builtinsVersion);
  llvm::Value *bv = b.CreateLoad(rt.i64, b.CreateConstInBoundsGEP1_64(rt.i8, builtins, Layout::dictVersion));
  b.CreateCondBr(b.CreateICmpEQ(bv, b.CreateLoad(rt.i64, field(Layout::cacheBuiltinsVersion))), hit,
                 miss, likely);
  b.SetInsertPoint(hit);
  llvm::Value *cached = b.CreateLoad(rt.i64, b.CreateLoad(rt.ptr, field(Layout::cacheSlot)));
  b.CreateCondBr(b.CreateICmpNE(cached, b.getInt64(0)), done, miss, likely);
  b.SetInsertPoint(miss);
  llvm::Value *looked = call(rt.kiln_frame_load_global_cached, {frame, namePtr(nameIndex), cache});
  checkValue(looked);
  llvm::BasicBlock *missEnd = b.GetInsertBlock();
  b.CreateBr(done);
  b.SetInsertPoint(done);
  llvm::PHINode *phi = b.CreatePHI(rt.i64, 2, "global");
  phi->addIncoming(cached, hit);
  phi->addIncoming(looked, missEnd);
  return phi;
}

void FunctionLowering::lowerYield(const Instruction &in) {
  llvm::Value *v = pop();
  b.CreateStore(b.getInt32(uint32_t(sp)), framePtr(Layout::frameStackDepth));
  b.CreateStore(b.getInt32(uint32_t(in.offset)), framePtr(Layout::frameLasti));
  emitReturn(v, Layout::frameSuspended);
}

void FunctionLowering::lowerReturnGenerator(const Instruction &in) {
  b.CreateStore(b.getInt32(uint32_t(sp)), framePtr(Layout::frameStackDepth));
  b.CreateStore(b.getInt32(uint32_t(in.offset)), framePtr(Layout::frameLasti));
  b.CreateRet(b.CreateCall(rt.kiln_generator_new, {frame}));
}

void FunctionLowering::lowerOpcode(const Instruction &in) {
  const int arg = in.arg;
  // Pops one operand, calls \p f on it and pushes the checked result.
  auto unary = [&](llvm::FunctionCallee f) {
    llvm::Value *r = call(f, {peek(1)});
    checkValue(r);
    poke(1, r);
  };
  // Builds a container from the top \p n items.
  auto build = [&](llvm::FunctionCallee f, int items, int count) {
    llvm::Value *r = call(f, {stackToScratch(items), b.getInt64(uint64_t(count))});
    checkValue(r);
    sp -= items;
    push(r);
  };
  // Pops one operand and applies \p f to it and the container at depth arg.
  auto intoContainer = [&](llvm::FunctionCallee f) {
    llvm::Value *v = pop();
    checkStatus(call(f, {peek(arg), v}));
  };
  // Calls \p f(operand, out[2]) and replaces the operand by out[0], out[1].
  auto twoResults = [&](llvm::FunctionCallee f, llvm::Value *x, llvm::Value *y) {
    checkStatus(y ? call(f, {x, y, scratch(0)}) : call(f, {x, scratch(0)}));
  };
  auto unboundIf = [&](llvm::Value *isUnbound, llvm::FunctionCallee raiseFn, int index) {
    auto *bad = llvm::BasicBlock::Create(rt.ctx, "unbound", fn);
    auto *ok = llvm::BasicBlock::Create(rt.ctx, "bound", fn);
    llvm::MDBuilder md(rt.ctx);
    b.CreateCondBr(isUnbound, bad, ok, md.createBranchWeights(1, 2000));
    b.SetInsertPoint(bad);
    call(raiseFn, {frame, b.getInt32(uint32_t(index))});
    jumpToError(offset);
    b.SetInsertPoint(ok);
  };
  auto unbound = [&](llvm::Value *v, llvm::FunctionCallee raiseFn, int index) {
    unboundIf(b.CreateICmpEQ(v, b.getInt64(0)), raiseFn, index);
  };
  auto cellContents = [&](int index) {
    llvm::Value *cell = b.CreateIntToPtr(b.CreateLoad(rt.i64, localPtr(index)), rt.ptr);
    return b.CreateConstInBoundsGEP1_64(rt.i8, cell, Layout::cellContents);
  };
  auto name = [&](int index) { return namePtr(index); };

  switch (in.op()) {
  case Opcode::CACHE:
    call(rt.kiln_invalid_opcode, {b.getInt32(0)});
    jumpToError(offset);
    return;
  case Opcode::NOP:
  case Opcode::EXTENDED_ARG:
  case Opcode::PRECALL: // the arguments stay where they are for CALL
    return;
  case Opcode::RESUME:
    pollSignals();
    return;
  case Opcode::POP_TOP:
    sp--;
    return;
  case Opcode::PUSH_NULL:
    push(b.getInt64(0));
    return;
  case Opcode::COPY:
    push(peek(arg));
    return;
  case Opcode::SWAP: {
    llvm::Value *top = peek(1), *other = peek(arg);
    poke(1, other);
    poke(arg, top);
    return;
  }
  case Opcode::LOAD_CONST: {
    push(constValue(arg));
    const frontend::ConstantRef &c = co.consts[size_t(arg)];
    if (c && c->kind == frontend::Constant::Kind::Float)
      slotConst[size_t(sp - 1)] = llvm::ConstantFP::get(rt.f64, c->real);
    return;
  }

  // --- Locals, cells, names ---
  case Opcode::LOAD_FAST:
    if (maybeUnbound[size_t(arg)])
      unboundIf(localUnbound(arg), rt.kiln_frame_unbound_local, arg);
    loadLocal(arg);
    return;
  case Opcode::STORE_FAST:
    storeLocal(arg);
    return;
  case Opcode::DELETE_FAST:
    unboundIf(localUnbound(arg), rt.kiln_frame_unbound_local, arg);
    b.CreateStore(b.getInt64(0), localPtr(arg));
    if (rawLocals)
      b.CreateStore(b.getFalse(), localRawFlags[size_t(arg)]);
    for (int &origin : slotOrigin)
      if (origin == arg)
        origin = -1;
    return;
  case Opcode::MAKE_CELL: {
    llvm::Value *c = call(rt.kiln_cell_new, {b.CreateLoad(rt.i64, localPtr(arg))});
    checkValue(c);
    b.CreateStore(c, localPtr(arg));
    return;
  }
  case Opcode::LOAD_CLOSURE:
    push(b.CreateLoad(rt.i64, localPtr(arg)));
    return;
  case Opcode::LOAD_DEREF: {
    llvm::Value *v = b.CreateLoad(rt.i64, cellContents(arg));
    unbound(v, rt.kiln_frame_unbound_deref, arg);
    push(v);
    return;
  }
  case Opcode::STORE_DEREF:
    b.CreateStore(pop(), cellContents(arg));
    return;
  case Opcode::DELETE_DEREF: {
    llvm::Value *p = cellContents(arg);
    unbound(b.CreateLoad(rt.i64, p), rt.kiln_frame_unbound_deref, arg);
    b.CreateStore(b.getInt64(0), p);
    return;
  }
  case Opcode::LOAD_CLASSDEREF: {
    llvm::Value *v = call(rt.kiln_frame_load_classderef, {frame, b.getInt32(uint32_t(arg))});
    checkValue(v);
    push(v);
    return;
  }
  case Opcode::COPY_FREE_VARS: {
    // The function's closure cells into the last `arg` slots, inline (as
    // kiln_frame_copy_free_vars does): nothing when there is no function
    // or no closure.
    auto *haveFunc = llvm::BasicBlock::Create(rt.ctx, "freevars.func", fn);
    auto *copy = llvm::BasicBlock::Create(rt.ctx, "freevars.copy", fn);
    auto *done = llvm::BasicBlock::Create(rt.ctx, "freevars.done", fn);
    llvm::Value *func = b.CreateLoad(rt.ptr, framePtr(Layout::frameFunc));
    b.CreateCondBr(b.CreateIsNull(func), done, haveFunc);
    b.SetInsertPoint(haveFunc);
    llvm::Value *closure =
        b.CreateLoad(rt.i64, b.CreateConstInBoundsGEP1_64(rt.i8, func, Layout::functionClosure));
    b.CreateCondBr(b.CreateICmpEQ(closure, b.getInt64(0)), done, copy);
    b.SetInsertPoint(copy);
    llvm::Value *items =
        b.CreateConstInBoundsGEP1_64(rt.i8, b.CreateIntToPtr(closure, rt.ptr), Layout::tupleItems);
    for (int i = 0; i < arg; i++)
      b.CreateStore(b.CreateLoad(rt.i64, b.CreateConstInBoundsGEP1_64(rt.i64, items, uint64_t(i))),
                    frameSlotPtr(nlocalsplus - arg + i));
    b.CreateBr(done);
    b.SetInsertPoint(done);
    if (!memoryLocals)
      for (int i = nlocalsplus - arg; i < nlocalsplus; i++)
        b.CreateStore(b.CreateLoad(rt.i64, frameSlotPtr(i)), localSlots[size_t(i)]);
    return;
  }
  case Opcode::LOAD_NAME: {
    llvm::Value *v = call(rt.kiln_frame_load_name, {frame, name(arg)});
    checkValue(v);
    push(v);
    return;
  }
  case Opcode::STORE_NAME:
    checkStatus(call(rt.kiln_frame_store_name, {frame, name(arg), peek(1)}));
    sp--;
    return;
  case Opcode::DELETE_NAME:
    checkStatus(call(rt.kiln_frame_delete_name, {frame, name(arg)}));
    return;
  case Opcode::LOAD_GLOBAL: {
    llvm::Value *v = loadGlobalCached(arg >> 1);
    if (arg & 1)
      push(b.getInt64(0));
    push(v);
    return;
  }
  case Opcode::STORE_GLOBAL:
    checkStatus(call(rt.kiln_frame_store_global, {frame, name(arg), peek(1)}));
    sp--;
    return;
  case Opcode::DELETE_GLOBAL:
    checkStatus(call(rt.kiln_frame_delete_global, {frame, name(arg)}));
    return;

  // --- Attributes and items ---
  case Opcode::LOAD_ATTR:
    lowerLoadAttr(arg);
    return;
  case Opcode::STORE_ATTR:
    lowerStoreAttr(arg);
    return;
  case Opcode::DELETE_ATTR:
    checkStatus(call(rt.kiln_object_delattr, {peek(1), name(arg)}));
    sp--;
    return;
  case Opcode::LOAD_METHOD:
    lowerLoadMethod(arg);
    return;
  case Opcode::BINARY_SUBSCR:
    lowerSubscr();
    return;
  case Opcode::STORE_SUBSCR:
    lowerStoreSubscr();
    return;
  case Opcode::DELETE_SUBSCR:
    checkStatus(call(rt.kiln_object_delitem, {peek(2), peek(1)}));
    sp -= 2;
    return;

  // --- Operators ---
  case Opcode::UNARY_POSITIVE:
    unary(rt.kiln_number_positive);
    return;
  case Opcode::UNARY_NEGATIVE:
    unary(rt.kiln_number_negative);
    return;
  case Opcode::UNARY_INVERT:
    unary(rt.kiln_number_invert);
    return;
  case Opcode::UNARY_NOT:
    poke(1, b.CreateSelect(truthValue(peek(1)), rt.falseValue, rt.trueValue));
    return;
  case Opcode::BINARY_OP:
    lowerBinaryOp(arg);
    return;
  case Opcode::COMPARE_OP:
    lowerCompareOp(arg);
    return;
  case Opcode::IS_OP: {
    llvm::Value *rhs = pop();
    llvm::Value *same = b.CreateICmpEQ(peek(1), rhs);
    poke(1, boolValue(arg ? b.CreateNot(same) : same));
    return;
  }
  case Opcode::CONTAINS_OP: {
    llvm::Value *container = pop();
    llvm::Value *r = call(rt.kiln_object_contains, {container, peek(1)});
    checkStatus(r);
    llvm::Value *in_ = b.CreateICmpNE(r, b.getInt32(0));
    poke(1, boolValue(arg ? b.CreateNot(in_) : in_));
    return;
  }

  // --- Building ---
  case Opcode::BUILD_TUPLE:
    build(rt.kiln_tuple_build, arg, arg);
    return;
  case Opcode::BUILD_LIST:
    build(rt.kiln_list_build, arg, arg);
    return;
  case Opcode::BUILD_SET:
    build(rt.kiln_set_build, arg, arg);
    return;
  case Opcode::BUILD_MAP:
    build(rt.kiln_dict_build, 2 * arg, arg);
    return;
  case Opcode::BUILD_STRING:
    build(rt.kiln_str_build, arg, arg);
    return;
  case Opcode::BUILD_CONST_KEY_MAP: {
    llvm::Value *keys = peek(1);
    for (int i = 0; i < arg; i++)
      b.CreateStore(peek(arg + 1 - i), scratch(i));
    llvm::Value *d = call(rt.kiln_dict_build_const_keys, {keys, scratch(0), b.getInt64(uint64_t(arg))});
    checkValue(d);
    sp -= arg + 1;
    push(d);
    return;
  }
  case Opcode::BUILD_SLICE: {
    llvm::Value *step = arg == 3 ? pop() : rt.none;
    llvm::Value *stop = pop();
    llvm::Value *s = call(rt.kiln_slice_build, {peek(1), stop, step});
    checkValue(s);
    poke(1, s);
    return;
  }
  case Opcode::LIST_TO_TUPLE:
    unary(rt.kiln_list_to_tuple);
    return;
  case Opcode::LIST_APPEND:
    intoContainer(rt.kiln_list_append);
    return;
  case Opcode::SET_ADD:
    intoContainer(rt.kiln_set_add);
    return;
  case Opcode::LIST_EXTEND:
    intoContainer(rt.kiln_list_extend);
    return;
  case Opcode::SET_UPDATE:
    intoContainer(rt.kiln_set_update);
    return;
  case Opcode::DICT_UPDATE:
    intoContainer(rt.kiln_dict_update);
    return;
  case Opcode::MAP_ADD: {
    llvm::Value *v = pop(), *k = pop();
    checkStatus(call(rt.kiln_dict_setitem, {peek(arg), k, v}));
    return;
  }
  case Opcode::DICT_MERGE: {
    llvm::Value *m = pop();
    checkStatus(call(rt.kiln_dict_merge, {peek(arg), m, peek(arg + 2)}));
    return;
  }
  case Opcode::FORMAT_VALUE: {
    llvm::Value *spec = (arg & frontend::FVS_HAVE_SPEC) ? pop() : b.getInt64(0);
    llvm::Value *r = call(rt.kiln_object_format,
                          {peek(1), b.getInt32(uint32_t(arg & frontend::FVC_MASK)), spec});
    checkValue(r);
    poke(1, r);
    return;
  }
  case Opcode::UNPACK_SEQUENCE:
    lowerUnpackSequence(arg);
    return;
  case Opcode::UNPACK_EX: {
    int before = arg & 0xFF, after = arg >> 8;
    llvm::Value *seq = pop();
    checkStatus(call(rt.kiln_seq_unpack_ex,
                     {seq, b.getInt32(uint32_t(before)), b.getInt32(uint32_t(after)), scratch(0)}));
    for (int i = 0; i < before + 1 + after; i++)
      push(b.CreateLoad(rt.i64, scratch(i)));
    return;
  }

  // --- Iteration and jumps ---
  case Opcode::GET_ITER:
    unary(rt.kiln_object_get_iter);
    return;
  case Opcode::GET_YIELD_FROM_ITER: {
    llvm::Value *r = call(rt.kiln_get_yield_from_iter, {peek(1), frame});
    checkValue(r);
    poke(1, r);
    return;
  }
  case Opcode::FOR_ITER: {
    llvm::Value *next = forIterNext(peek(1));
    auto *got = llvm::BasicBlock::Create(rt.ctx, "for.item", fn);
    auto *end = llvm::BasicBlock::Create(rt.ctx, "for.end", fn);
    auto *exhausted = llvm::BasicBlock::Create(rt.ctx, "for.exhausted", fn);
    llvm::MDBuilder md(rt.ctx);
    b.CreateCondBr(b.CreateICmpNE(next, b.getInt64(0)), got, end, md.createBranchWeights(100, 1));
    b.SetInsertPoint(got);
    int saved = sp;
    push(next);
    b.CreateBr(blockAt(in.next()));
    sp = saved;
    b.SetInsertPoint(end);
    branchOnError(b.CreateICmpNE(call(rt.kiln_exc_occurred, {}), b.getInt32(0)));
    b.CreateBr(exhausted);
    b.SetInsertPoint(exhausted);
    sp--;
    jumpTo(frontend::jumpTarget(in.op(), in.offset, arg), false);
    return;
  }
  case Opcode::POP_JUMP_FORWARD_IF_FALSE:
  case Opcode::POP_JUMP_BACKWARD_IF_FALSE:
    lowerConditionalJump(in, true, false);
    return;
  case Opcode::POP_JUMP_FORWARD_IF_TRUE:
  case Opcode::POP_JUMP_BACKWARD_IF_TRUE:
    lowerConditionalJump(in, true, true);
    return;
  case Opcode::POP_JUMP_FORWARD_IF_NONE:
  case Opcode::POP_JUMP_BACKWARD_IF_NONE:
    lowerNoneJump(in, true);
    return;
  case Opcode::POP_JUMP_FORWARD_IF_NOT_NONE:
  case Opcode::POP_JUMP_BACKWARD_IF_NOT_NONE:
    lowerNoneJump(in, false);
    return;
  case Opcode::JUMP_IF_FALSE_OR_POP:
    // Both edges keep the stack as analysed: the jump keeps the value.
    lowerConditionalJump(in, false, false);
    return;
  case Opcode::JUMP_IF_TRUE_OR_POP:
    lowerConditionalJump(in, false, true);
    return;
  case Opcode::JUMP_FORWARD:
  case Opcode::JUMP_BACKWARD_NO_INTERRUPT:
    jumpTo(frontend::jumpTarget(in.op(), in.offset, arg), false);
    return;
  case Opcode::JUMP_BACKWARD:
    jumpTo(frontend::jumpTarget(in.op(), in.offset, arg), true);
    return;

  // --- Calls and functions ---
  case Opcode::KW_NAMES:
    kwnamesConst = arg;
    return;
  case Opcode::CALL:
    lowerCall(arg);
    return;
  case Opcode::CALL_FUNCTION_EX: {
    llvm::Value *kwargs = (arg & 1) ? pop() : b.getInt64(0);
    llvm::Value *args = pop();
    llvm::Value *func = pop();
    sp--; // the NULL below the callable
    llvm::Value *r = call(rt.kiln_object_call_ex, {func, args, kwargs});
    checkValue(r);
    push(r);
    return;
  }
  case Opcode::MAKE_FUNCTION: {
    llvm::Value *codeV = pop();
    llvm::Value *zero = b.getInt64(0);
    llvm::Value *closure = (arg & frontend::MF_CLOSURE) ? pop() : zero;
    llvm::Value *annotations = (arg & frontend::MF_ANNOTATIONS) ? pop() : zero;
    llvm::Value *kwdefaults = (arg & frontend::MF_KWDEFAULTS) ? pop() : zero;
    llvm::Value *defaults = (arg & frontend::MF_DEFAULTS) ? pop() : zero;
    llvm::Value *f = call(rt.kiln_function_make, {frame, codeV, defaults, kwdefaults, annotations, closure});
    checkValue(f);
    push(f);
    return;
  }
  case Opcode::RETURN_VALUE:
    emitReturn(pop(), Layout::frameFinished);
    return;
  case Opcode::LOAD_BUILD_CLASS: {
    llvm::Value *bc = call(rt.kiln_frame_load_build_class, {frame});
    checkValue(bc);
    push(bc);
    return;
  }

  // --- Generators and coroutines ---
  case Opcode::RETURN_GENERATOR:
    lowerReturnGenerator(in);
    return;
  case Opcode::YIELD_VALUE:
    lowerYield(in);
    return;
  case Opcode::SEND: {
    llvm::Value *v = pop();
    llvm::Value *r = call(rt.kiln_coro_send, {peek(1), v, returnedFlag});
    checkValue(r);
    llvm::Value *returned = b.CreateICmpNE(b.CreateLoad(rt.i32, returnedFlag), b.getInt32(0));
    auto *ret = llvm::BasicBlock::Create(rt.ctx, "send.returned", fn);
    auto *yielded = llvm::BasicBlock::Create(rt.ctx, "send.yielded", fn);
    b.CreateCondBr(returned, ret, yielded);
    b.SetInsertPoint(ret);
    poke(1, r);
    jumpTo(frontend::jumpTarget(in.op(), in.offset, arg), false);
    b.SetInsertPoint(yielded);
    push(r);
    return;
  }
  case Opcode::ASYNC_GEN_WRAP:
    unary(rt.kiln_async_gen_wrap);
    return;
  case Opcode::GET_AWAITABLE: {
    llvm::Value *r = call(rt.kiln_coro_get_awaitable, {peek(1), b.getInt32(uint32_t(arg))});
    checkValue(r);
    poke(1, r);
    return;
  }
  case Opcode::GET_AITER:
    unary(rt.kiln_coro_get_aiter);
    return;
  case Opcode::GET_ANEXT: {
    llvm::Value *r = call(rt.kiln_coro_get_anext, {peek(1)});
    checkValue(r);
    push(r);
    return;
  }
  case Opcode::BEFORE_ASYNC_WITH:
    twoResults(rt.kiln_coro_async_with_enter, peek(1), nullptr);
    poke(1, b.CreateLoad(rt.i64, scratch(0)));
    push(b.CreateLoad(rt.i64, scratch(1)));
    return;
  case Opcode::END_ASYNC_FOR: {
    llvm::Value *exc = pop();
    llvm::Value *st = call(rt.kiln_coro_end_async_for, {exc});
    auto *reraise = llvm::BasicBlock::Create(rt.ctx, "aiter.reraise", fn);
    auto *ended = llvm::BasicBlock::Create(rt.ctx, "aiter.ended", fn);
    b.CreateCondBr(b.CreateICmpSLT(st, b.getInt32(0)), reraise, ended);
    b.SetInsertPoint(reraise);
    jumpToUnwind(offset);
    b.SetInsertPoint(ended);
    sp--; // the async iterator
    return;
  }

  // --- Imports and module-level statements ---
  case Opcode::IMPORT_NAME: {
    llvm::Value *fromlist = pop();
    llvm::Value *m = call(rt.kiln_frame_import_name, {frame, name(arg), fromlist, peek(1)});
    checkValue(m);
    poke(1, m);
    return;
  }
  case Opcode::IMPORT_FROM: {
    llvm::Value *v = call(rt.kiln_import_from, {peek(1), name(arg)});
    checkValue(v);
    push(v);
    return;
  }
  case Opcode::IMPORT_STAR:
    checkStatus(call(rt.kiln_frame_import_star, {frame, pop()}));
    return;
  case Opcode::SETUP_ANNOTATIONS:
    checkStatus(call(rt.kiln_frame_setup_annotations, {frame}));
    return;
  case Opcode::PRINT_EXPR:
    checkStatus(call(rt.kiln_print_expr, {pop()}));
    return;
  case Opcode::LOAD_ASSERTION_ERROR:
    push(b.CreateCall(rt.kiln_load_assertion_error, {}));
    return;

  // --- Exceptions ---
  case Opcode::RAISE_VARARGS: {
    llvm::Value *zero = b.getInt64(0);
    llvm::Value *cause = arg >= 2 ? pop() : zero;
    llvm::Value *exc = arg >= 1 ? pop() : zero;
    llvm::Value *bare = call(rt.kiln_exc_raise, {exc, cause, b.getInt32(uint32_t(arg))});
    auto *reraise = llvm::BasicBlock::Create(rt.ctx, "raise.bare", fn);
    auto *raised = llvm::BasicBlock::Create(rt.ctx, "raise.new", fn);
    b.CreateCondBr(b.CreateICmpEQ(bare, b.getInt32(1)), reraise, raised);
    b.SetInsertPoint(reraise);
    jumpToUnwind(offset); // a bare raise keeps the traceback as it is
    b.SetInsertPoint(raised);
    jumpToError(offset);
    return;
  }
  case Opcode::RERAISE: {
    llvm::Value *exc = pop();
    b.CreateCall(rt.kiln_exc_restore, {exc}); // re-raised as is: no new context
    if (arg) // the line reported is the one of the saved offset
      b.CreateStore(b.CreateTrunc(b.CreateAShr(peek(arg), 1), rt.i32), framePtr(Layout::frameLasti));
    jumpToUnwind(offset);
    return;
  }
  case Opcode::PUSH_EXC_INFO: {
    llvm::Value *exc = peek(1);
    poke(1, b.CreateCall(rt.kiln_exc_push_info, {exc}));
    push(exc);
    return;
  }
  case Opcode::POP_EXCEPT:
    b.CreateCall(rt.kiln_exc_pop_info, {pop()});
    return;
  case Opcode::CHECK_EXC_MATCH: {
    llvm::Value *type = pop();
    llvm::Value *r = call(rt.kiln_exc_matches, {peek(1), type});
    checkStatus(r);
    push(boolValue(b.CreateICmpNE(r, b.getInt32(0))));
    return;
  }
  case Opcode::CHECK_EG_MATCH: {
    llvm::Value *type = pop();
    twoResults(rt.kiln_exc_group_match, peek(1), type);
    poke(1, b.CreateLoad(rt.i64, scratch(0)));
    push(b.CreateLoad(rt.i64, scratch(1)));
    return;
  }
  case Opcode::PREP_RERAISE_STAR: {
    llvm::Value *list = pop();
    llvm::Value *r = call(rt.kiln_exc_prep_reraise_star, {peek(1), list});
    checkValue(r);
    poke(1, r);
    return;
  }
  case Opcode::BEFORE_WITH:
    twoResults(rt.kiln_with_enter, peek(1), nullptr);
    poke(1, b.CreateLoad(rt.i64, scratch(0)));
    push(b.CreateLoad(rt.i64, scratch(1)));
    return;
  case Opcode::WITH_EXCEPT_START: {
    llvm::Value *r = call(rt.kiln_with_except_start, {peek(4), peek(1)});
    checkValue(r);
    push(r);
    return;
  }

  // --- Pattern matching ---
  case Opcode::GET_LEN: {
    llvm::Value *n = call(rt.kiln_object_len, {peek(1)});
    checkValue(n);
    push(n);
    return;
  }
  case Opcode::MATCH_MAPPING:
    push(boolValue(b.CreateICmpNE(call(rt.kiln_match_mapping, {peek(1)}), b.getInt32(0))));
    return;
  case Opcode::MATCH_SEQUENCE:
    push(boolValue(b.CreateICmpNE(call(rt.kiln_match_sequence, {peek(1)}), b.getInt32(0))));
    return;
  case Opcode::MATCH_KEYS: {
    llvm::Value *r = call(rt.kiln_match_keys, {peek(2), peek(1)});
    checkValue(r);
    push(r);
    return;
  }
  case Opcode::MATCH_CLASS: {
    llvm::Value *names = pop(), *cls = pop();
    llvm::Value *r = call(rt.kiln_match_class, {peek(1), cls, b.getInt32(uint32_t(arg)), names});
    checkValue(r);
    poke(1, r);
    return;
  }
  }
}

} // namespace kiln::codegen
