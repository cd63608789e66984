//===- LowerArithmetic.cpp - Inline int and float operators, truth --------===//
///
/// BINARY_OP and COMPARE_OP test their operands' representation inline:
/// two small ints take integer instructions with an overflow check; exact
/// floats (or a float and a small int) take double instructions and box
/// the result; anything else, and every overflow, division by zero or
/// operator not handled here, calls the runtime's general operation, which
/// computes the same result (FastPaths.h documents the float rules: both
/// sides become doubles first, as float's own slots do).
///
//===----------------------------------------------------------------------===//
#include "codegen/FunctionLowering.h"

#include <llvm/IR/Intrinsics.h>
#include <llvm/IR/MDBuilder.h>

namespace kiln::codegen {

namespace {

int baseOp(int op) { return op >= frontend::NB_INPLACE_ADD ? op - frontend::NB_INPLACE_ADD : op; }

/// True for BINARY_OP arguments inlined on two small ints.
bool inlinedIntOp(int op) {
  switch (baseOp(op)) {
  case frontend::NB_ADD: case frontend::NB_SUBTRACT: case frontend::NB_MULTIPLY:
  case frontend::NB_AND: case frontend::NB_OR: case frontend::NB_XOR:
  case frontend::NB_FLOOR_DIVIDE: case frontend::NB_REMAINDER: case frontend::NB_RSHIFT:
    return true;
  default:
    return false;
  }
}

/// True for BINARY_OP arguments inlined on floats.
bool inlinedFloatOp(int op) {
  switch (baseOp(op)) {
  case frontend::NB_ADD: case frontend::NB_SUBTRACT: case frontend::NB_MULTIPLY:
  case frontend::NB_TRUE_DIVIDE:
    return true;
  default:
    return false;
  }
}

} // namespace

llvm::Value *FunctionLowering::truthValue(llvm::Value *v) {
  auto *done = llvm::BasicBlock::Create(rt.ctx, "truth", fn);
  auto *notTrue = llvm::BasicBlock::Create(rt.ctx, "truth.nottrue", fn);
  auto *notFalse = llvm::BasicBlock::Create(rt.ctx, "truth.notfalse", fn);
  auto *notSmall = llvm::BasicBlock::Create(rt.ctx, "truth.call", fn);
  llvm::BasicBlock *from = b.GetInsertBlock();
  b.CreateCondBr(b.CreateICmpEQ(v, rt.trueValue), done, notTrue);
  b.SetInsertPoint(notTrue);
  llvm::Value *falsy = b.CreateOr(b.CreateICmpEQ(v, rt.falseValue), b.CreateICmpEQ(v, rt.none));
  b.CreateCondBr(falsy, done, notFalse);
  b.SetInsertPoint(notFalse);
  llvm::Value *small = b.CreateICmpNE(b.CreateAnd(v, b.getInt64(1)), b.getInt64(0));
  llvm::Value *nonZero = b.CreateICmpNE(v, smallConst(0));
  b.CreateCondBr(small, done, notSmall);
  b.SetInsertPoint(notSmall);
  llvm::Value *r = call(rt.kiln_object_is_true, {v});
  checkStatus(r);
  llvm::Value *callTruth = b.CreateICmpNE(r, b.getInt32(0));
  llvm::BasicBlock *callEnd = b.GetInsertBlock();
  b.CreateBr(done);
  b.SetInsertPoint(done);
  llvm::PHINode *phi = b.CreatePHI(rt.i1, 4, "truth");
  phi->addIncoming(b.getTrue(), from);
  phi->addIncoming(b.getFalse(), notTrue);
  phi->addIncoming(nonZero, notFalse);
  phi->addIncoming(callTruth, callEnd);
  return phi;
}

llvm::Value *FunctionLowering::isExactFloat(llvm::Value *v) {
  llvm::Value *type = b.CreateLoad(rt.ptr, b.CreateIntToPtr(v, rt.ptr));
  return b.CreateICmpEQ(type, rt.floatType);
}

llvm::Value *FunctionLowering::floatOf(llvm::Value *v) {
  llvm::Value *p = b.CreateConstInBoundsGEP1_64(rt.i8, b.CreateIntToPtr(v, rt.ptr), Layout::floatValue);
  return b.CreateLoad(rt.f64, p);
}

llvm::Value *FunctionLowering::operandDouble(const Operand &o, llvm::BasicBlock *fail) {
  if (o.known) // a float constant: its double is known now
    return o.known;
  // Small ints convert exactly below 2**53 and round like float(int) above.
  auto *join = llvm::BasicBlock::Create(rt.ctx, "flt.operand", fn);
  auto *boxed = llvm::BasicBlock::Create(rt.ctx, "flt.boxed", fn);
  auto *small = llvm::BasicBlock::Create(rt.ctx, "flt.small", fn);
  auto *object = llvm::BasicBlock::Create(rt.ctx, "flt.object", fn);
  auto *isFloat = llvm::BasicBlock::Create(rt.ctx, "flt.float", fn);
  llvm::PHINode *phi = llvm::PHINode::Create(rt.f64, 3, "flt");
  if (o.isRaw) {
    phi->addIncoming(o.raw, b.GetInsertBlock());
    b.CreateCondBr(o.isRaw, join, boxed);
  } else {
    b.CreateBr(boxed);
  }
  b.SetInsertPoint(boxed);
  b.CreateCondBr(b.CreateICmpNE(b.CreateAnd(o.boxed, b.getInt64(1)), b.getInt64(0)), small, object);
  b.SetInsertPoint(small);
  phi->addIncoming(b.CreateSIToFP(b.CreateAShr(o.boxed, 1), rt.f64), small);
  b.CreateBr(join);
  b.SetInsertPoint(object);
  b.CreateCondBr(isExactFloat(o.boxed), isFloat, fail);
  b.SetInsertPoint(isFloat);
  phi->addIncoming(floatOf(o.boxed), isFloat);
  b.CreateBr(join);
  b.SetInsertPoint(join);
  b.Insert(phi);
  return phi;
}

llvm::Value *FunctionLowering::callGeneral(llvm::FunctionCallee fn, const Operand &lhs,
                                           const Operand &rhs, int op) {
  llvm::Value *l = boxedOperand(lhs);
  llvm::Value *r = boxedOperand(rhs);
  llvm::Value *v = call(fn, {l, r, b.getInt32(op)});
  checkValue(v);
  return v;
}

void FunctionLowering::lowerBinaryOp(int op) {
  int base = baseOp(op);
  bool intPath = inlinedIntOp(op) || base == frontend::NB_TRUE_DIVIDE;
  bool floatPath = inlinedFloatOp(op);
  if (!floatPath) { // only inlined float operators take raw operands
    materialize(sp - 1);
    materialize(sp - 2);
  }
  Operand rhsOp = popOperand();
  Operand lhsOp = popOperand();
  llvm::Value *lhs = lhsOp.boxed, *rhs = rhsOp.boxed;
  auto *done = llvm::BasicBlock::Create(rt.ctx, "binop.done", fn);
  auto *general = llvm::BasicBlock::Create(rt.ctx, "binop.general", fn);
  llvm::PHINode *result = llvm::PHINode::Create(rt.i64, 4, "binop");
  llvm::PHINode *isRaw = llvm::PHINode::Create(rt.i1, 4, "binop.israw");
  llvm::PHINode *raw = llvm::PHINode::Create(rt.f64, 4, "binop.raw");
  llvm::Value *noDouble = llvm::ConstantFP::get(rt.f64, 0.0);
  llvm::MDBuilder md(rt.ctx);
  auto finish = [&](llvm::Value *v) {
    result->addIncoming(v, b.GetInsertBlock());
    isRaw->addIncoming(b.getFalse(), b.GetInsertBlock());
    raw->addIncoming(noDouble, b.GetInsertBlock());
    b.CreateBr(done);
  };
  if (intPath || floatPath) {
    auto *smalls = llvm::BasicBlock::Create(rt.ctx, "int.fast", fn);
    auto *other = llvm::BasicBlock::Create(rt.ctx, "binop.other", fn);
    // A raw operand's word is 0: never a small int.
    llvm::Value *bothSmall =
        b.CreateICmpNE(b.CreateAnd(b.CreateAnd(lhs, rhs), b.getInt64(1)), b.getInt64(0));
    b.CreateCondBr(bothSmall, smalls, other, md.createBranchWeights(2000, 1));
    b.SetInsertPoint(smalls);
    if (intPath)
      lowerSmallIntOp(op, lhs, rhs, general, finish);
    else
      b.CreateBr(general);
    b.SetInsertPoint(other);
    if (floatPath) {
      llvm::Value *x = operandDouble(lhsOp, general);
      llvm::Value *y = operandDouble(rhsOp, general);
      llvm::Value *r = nullptr;
      switch (base) {
      case frontend::NB_ADD: r = b.CreateFAdd(x, y); break;
      case frontend::NB_SUBTRACT: r = b.CreateFSub(x, y); break;
      case frontend::NB_MULTIPLY: r = b.CreateFMul(x, y); break;
      default: {
        // Division by zero raises: the runtime's path.
        auto *divide = llvm::BasicBlock::Create(rt.ctx, "flt.div", fn);
        b.CreateCondBr(b.CreateFCmpOEQ(y, llvm::ConstantFP::get(rt.f64, 0.0)), general, divide,
                       md.createBranchWeights(1, 2000));
        b.SetInsertPoint(divide);
        r = b.CreateFDiv(x, y);
        break;
      }
      }
      // The result stays unboxed until something other than an operator
      // reads it.
      result->addIncoming(b.getInt64(0), b.GetInsertBlock());
      isRaw->addIncoming(b.getTrue(), b.GetInsertBlock());
      raw->addIncoming(r, b.GetInsertBlock());
      b.CreateBr(done);
    } else {
      b.CreateBr(general);
    }
  } else {
    b.CreateBr(general);
  }
  b.SetInsertPoint(general);
  finish(callGeneral(rt.kiln_number_binary_op, lhsOp, rhsOp, op));
  b.SetInsertPoint(done);
  b.Insert(result);
  b.Insert(isRaw);
  b.Insert(raw);
  if (floatPath)
    pushMaybeRaw(result, isRaw, raw);
  else
    push(result);
}

void FunctionLowering::lowerSmallIntOp(int op, llvm::Value *lhs, llvm::Value *rhs,
                                       llvm::BasicBlock *general,
                                       const std::function<void(llvm::Value *)> &finish) {
  llvm::MDBuilder md(rt.ctx);
  llvm::Value *result = nullptr;
  llvm::Value *overflow = nullptr; // i1: take the general path
  auto withOverflow = [&](llvm::Intrinsic::ID id, llvm::Value *x, llvm::Value *y) {
    llvm::Value *pair = b.CreateBinaryIntrinsic(id, x, y);
    overflow = b.CreateExtractValue(pair, 1);
    return b.CreateExtractValue(pair, 0);
  };
  llvm::Value *x = b.CreateAShr(lhs, 1), *y = b.CreateAShr(rhs, 1);
  switch (baseOp(op)) {
  case frontend::NB_ADD:
    // (2x+1) + (2y+1) - 1 = 2(x+y)+1; i64 overflow is 63-bit overflow.
    result = withOverflow(llvm::Intrinsic::sadd_with_overflow, lhs, b.CreateSub(rhs, b.getInt64(1)));
    break;
  case frontend::NB_SUBTRACT:
    result = withOverflow(llvm::Intrinsic::ssub_with_overflow, lhs, rhs);
    break;
  case frontend::NB_MULTIPLY:
    // x * 2y = 2xy, then tag.
    result = withOverflow(llvm::Intrinsic::smul_with_overflow, x, b.CreateSub(rhs, b.getInt64(1)));
    break;
  case frontend::NB_AND:
    result = b.CreateAnd(lhs, rhs);
    break;
  case frontend::NB_OR:
    result = b.CreateOr(lhs, rhs);
    break;
  case frontend::NB_XOR:
    result = b.CreateXor(lhs, rhs);
    break;
  case frontend::NB_FLOOR_DIVIDE:
  case frontend::NB_REMAINDER: {
    // Division by zero and the one quotient that does not fit (the
    // smallest small int by -1) go to the runtime.
    llvm::Value *minSmall = b.getInt64(uint64_t(-(int64_t(1) << 62)));
    overflow = b.CreateOr(b.CreateICmpEQ(y, b.getInt64(0)),
                          b.CreateAnd(b.CreateICmpEQ(x, minSmall),
                                      b.CreateICmpEQ(y, b.getInt64(uint64_t(-1)))));
    // Divide only when safe: a harmless divisor on the general path.
    llvm::Value *divisor = b.CreateSelect(overflow, b.getInt64(1), y);
    llvm::Value *q = b.CreateSDiv(x, divisor);
    llvm::Value *r = b.CreateSRem(x, divisor);
    // Python floors: adjust when the remainder's sign differs from y's.
    llvm::Value *adjust = b.CreateAnd(b.CreateICmpNE(r, b.getInt64(0)),
                                      b.CreateICmpSLT(b.CreateXor(r, divisor), b.getInt64(0)));
    llvm::Value *v = baseOp(op) == frontend::NB_FLOOR_DIVIDE
                         ? b.CreateSub(q, b.CreateZExt(adjust, rt.i64))
                         : b.CreateSelect(adjust, b.CreateAdd(r, divisor), r);
    result = smallInt(v);
    break;
  }
  case frontend::NB_RSHIFT: {
    // Negative counts raise (runtime); counts past 63 give 0 or -1.
    overflow = b.CreateICmpSLT(y, b.getInt64(0));
    llvm::Value *count = b.CreateSelect(b.CreateICmpUGT(y, b.getInt64(63)), b.getInt64(63), y);
    result = smallInt(b.CreateAShr(x, count));
    break;
  }
  case frontend::NB_TRUE_DIVIDE: {
    // Both operands exact as doubles (below 2**53 in magnitude) and a
    // non-zero divisor: one IEEE division is the correctly rounded result.
    llvm::Value *limit = b.getInt64(uint64_t(1) << 53);
    auto inRange = [&](llvm::Value *v) {
      return b.CreateICmpULT(b.CreateAdd(v, limit), b.getInt64(uint64_t(1) << 54));
    };
    overflow = b.CreateOr(b.CreateICmpEQ(y, b.getInt64(0)),
                          b.CreateNot(b.CreateAnd(inRange(x), inRange(y))));
    auto *divide = llvm::BasicBlock::Create(rt.ctx, "int.truediv", fn);
    b.CreateCondBr(overflow, general, divide, md.createBranchWeights(1, 2000));
    b.SetInsertPoint(divide);
    llvm::Value *q = b.CreateFDiv(b.CreateSIToFP(x, rt.f64), b.CreateSIToFP(y, rt.f64));
    llvm::Value *boxed = call(rt.kiln_float_new, {q});
    checkValue(boxed);
    finish(boxed);
    return;
  }
  default:
    b.CreateBr(general);
    return;
  }
  // Every small int has its tag bit; saying so lets LLVM drop later
  // unbound-local checks of the result.
  result = b.CreateOr(result, b.getInt64(1));
  if (overflow) {
    auto *ok = llvm::BasicBlock::Create(rt.ctx, "int.ok", fn);
    b.CreateCondBr(overflow, general, ok, md.createBranchWeights(1, 2000));
    b.SetInsertPoint(ok);
  }
  finish(result);
}

void FunctionLowering::lowerCompareOp(int op) {
  Operand rhsOp = popOperand();
  Operand lhsOp = popOperand();
  llvm::Value *lhs = lhsOp.boxed, *rhs = rhsOp.boxed;
  auto *smalls = llvm::BasicBlock::Create(rt.ctx, "cmp.fast", fn);
  auto *other = llvm::BasicBlock::Create(rt.ctx, "cmp.other", fn);
  auto *general = llvm::BasicBlock::Create(rt.ctx, "cmp.slow", fn);
  auto *done = llvm::BasicBlock::Create(rt.ctx, "cmp.done", fn);
  llvm::MDBuilder md(rt.ctx);
  llvm::PHINode *phi = llvm::PHINode::Create(rt.i64, 3, "cmp");
  llvm::Value *bothSmall = b.CreateICmpNE(b.CreateAnd(b.CreateAnd(lhs, rhs), b.getInt64(1)), b.getInt64(0));
  b.CreateCondBr(bothSmall, smalls, other, md.createBranchWeights(2000, 1));
  // Tagging keeps the order of small ints: compare the words.
  b.SetInsertPoint(smalls);
  static const llvm::CmpInst::Predicate intPreds[] = {
      llvm::CmpInst::ICMP_SLT, llvm::CmpInst::ICMP_SLE, llvm::CmpInst::ICMP_EQ,
      llvm::CmpInst::ICMP_NE,  llvm::CmpInst::ICMP_SGT, llvm::CmpInst::ICMP_SGE};
  // IEEE comparisons are Python's for floats, NaN included (!= is unordered).
  static const llvm::CmpInst::Predicate floatPreds[] = {
      llvm::CmpInst::FCMP_OLT, llvm::CmpInst::FCMP_OLE, llvm::CmpInst::FCMP_OEQ,
      llvm::CmpInst::FCMP_UNE, llvm::CmpInst::FCMP_OGT, llvm::CmpInst::FCMP_OGE};
  int k = op >= 0 && op < 6 ? op : 2;
  phi->addIncoming(boolValue(b.CreateICmp(intPreds[k], lhs, rhs)), smalls);
  b.CreateBr(done);
  // Floats (raw or boxed) against floats; a small int against a float
  // only below 2**53, where the conversion is exact (beyond it, int/float
  // comparison is exact in the runtime, not through doubles).
  b.SetInsertPoint(other);
  auto *exactInts = llvm::BasicBlock::Create(rt.ctx, "cmp.exact", fn);
  auto inRange = [&](llvm::Value *v) {
    // not a small int, or a small int below 2**53 in magnitude
    llvm::Value *small = b.CreateICmpNE(b.CreateAnd(v, b.getInt64(1)), b.getInt64(0));
    llvm::Value *x = b.CreateAShr(v, 1);
    llvm::Value *fits = b.CreateICmpULT(b.CreateAdd(x, b.getInt64(uint64_t(1) << 53)),
                                        b.getInt64(uint64_t(1) << 54));
    return b.CreateOr(b.CreateNot(small), fits);
  };
  b.CreateCondBr(b.CreateAnd(inRange(lhs), inRange(rhs)), exactInts, general);
  b.SetInsertPoint(exactInts);
  llvm::Value *x = operandDouble(lhsOp, general);
  llvm::Value *y = operandDouble(rhsOp, general);
  phi->addIncoming(boolValue(b.CreateFCmp(floatPreds[k], x, y)), b.GetInsertBlock());
  b.CreateBr(done);
  b.SetInsertPoint(general);
  llvm::Value *r = callGeneral(rt.kiln_object_compare, lhsOp, rhsOp, op);
  phi->addIncoming(r, b.GetInsertBlock());
  b.CreateBr(done);
  b.SetInsertPoint(done);
  b.Insert(phi);
  push(phi);
}

} // namespace kiln::codegen
