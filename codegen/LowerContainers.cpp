//===- LowerContainers.cpp - Inline paths for list and tuple items --------===//
///
/// `x[i]`, `x[i] = v` and `a, b, c = x` on exact lists and tuples with a
/// small int index (or the right length) read and write the items array
/// directly; every other case, including an index out of range, calls the
/// runtime's general operation, which raises as CPython does. A for loop
/// over a list iterator reads the next item the same way.
///
//===----------------------------------------------------------------------===//
#include "codegen/FunctionLowering.h"

#include <llvm/IR/MDBuilder.h>

namespace kiln::codegen {

FunctionLowering::SequenceView FunctionLowering::sequenceView(llvm::Value *v, bool tuples,
                                                              llvm::BasicBlock *general) {
  llvm::MDBuilder md(rt.ctx);
  auto *typeCheck = llvm::BasicBlock::Create(rt.ctx, "seq.type", fn);
  auto *list = llvm::BasicBlock::Create(rt.ctx, "seq.list", fn);
  auto *join = llvm::BasicBlock::Create(rt.ctx, "seq.items", fn);
  llvm::Value *isObject = b.CreateICmpEQ(b.CreateAnd(v, b.getInt64(1)), b.getInt64(0));
  b.CreateCondBr(isObject, typeCheck, general, md.createBranchWeights(2000, 1));
  b.SetInsertPoint(typeCheck);
  llvm::Value *object = b.CreateIntToPtr(v, rt.ptr);
  llvm::Value *type = b.CreateLoad(rt.ptr, object);
  auto *notList = tuples ? llvm::BasicBlock::Create(rt.ctx, "seq.notlist", fn) : general;
  b.CreateCondBr(b.CreateICmpEQ(type, rt.listType), list, notList);
  auto *size = llvm::PHINode::Create(rt.i64, 2, "seq.size");
  auto *items = llvm::PHINode::Create(rt.ptr, 2, "seq.itemptr");
  b.SetInsertPoint(list);
  size->addIncoming(b.CreateLoad(rt.i64, b.CreateConstInBoundsGEP1_64(rt.i8, object, Layout::listSize)),
                    list);
  items->addIncoming(
      b.CreateLoad(rt.ptr, b.CreateConstInBoundsGEP1_64(rt.i8, object, Layout::listItems)), list);
  b.CreateBr(join);
  if (tuples) {
    auto *tuple = llvm::BasicBlock::Create(rt.ctx, "seq.tuple", fn);
    b.SetInsertPoint(notList);
    b.CreateCondBr(b.CreateICmpEQ(type, rt.tupleType), tuple, general);
    b.SetInsertPoint(tuple);
    size->addIncoming(
        b.CreateLoad(rt.i64, b.CreateConstInBoundsGEP1_64(rt.i8, object, Layout::tupleSize)), tuple);
    items->addIncoming(b.CreateConstInBoundsGEP1_64(rt.i8, object, Layout::tupleItems), tuple);
    b.CreateBr(join);
  }
  b.SetInsertPoint(join);
  b.Insert(size);
  b.Insert(items);
  return {size, items};
}

llvm::Value *FunctionLowering::itemIndex(llvm::Value *key, llvm::Value *size,
                                         llvm::BasicBlock *general) {
  // The key is a small int (checked by the caller); negative indices count
  // from the end; anything still outside [0, size) is the runtime's
  // IndexError.
  llvm::MDBuilder md(rt.ctx);
  llvm::Value *i = b.CreateAShr(key, 1);
  i = b.CreateSelect(b.CreateICmpSLT(i, b.getInt64(0)), b.CreateAdd(i, size), i);
  auto *inRange = llvm::BasicBlock::Create(rt.ctx, "seq.inrange", fn);
  b.CreateCondBr(b.CreateICmpULT(i, size), inRange, general, md.createBranchWeights(2000, 1));
  b.SetInsertPoint(inRange);
  return i;
}

llvm::Value *FunctionLowering::itemAddress(llvm::Value *container, llvm::Value *key, bool tuples,
                                           llvm::BasicBlock *general) {
  auto *smallKey = llvm::BasicBlock::Create(rt.ctx, "seq.smallkey", fn);
  b.CreateCondBr(b.CreateICmpNE(b.CreateAnd(key, b.getInt64(1)), b.getInt64(0)), smallKey, general);
  b.SetInsertPoint(smallKey);
  SequenceView seq = sequenceView(container, tuples, general);
  llvm::Value *i = itemIndex(key, seq.size, general);
  return b.CreateInBoundsGEP(rt.i64, seq.items, i);
}

llvm::Value *FunctionLowering::forIterNext(llvm::Value *iter) {
  // An iterator is always an object. A list iterator whose index is inside
  // the list yields the item and advances; exhaustion (which drops the
  // list) and every other iterator go to the runtime.
  llvm::MDBuilder md(rt.ctx);
  auto likely = md.createBranchWeights(2000, 1);
  auto *listIter = llvm::BasicBlock::Create(rt.ctx, "for.listiter", fn);
  auto *live = llvm::BasicBlock::Create(rt.ctx, "for.list", fn);
  auto *item = llvm::BasicBlock::Create(rt.ctx, "for.listitem", fn);
  auto *general = llvm::BasicBlock::Create(rt.ctx, "for.general", fn);
  auto *done = llvm::BasicBlock::Create(rt.ctx, "for.next", fn);
  llvm::Value *it = b.CreateIntToPtr(iter, rt.ptr);
  b.CreateCondBr(b.CreateICmpEQ(b.CreateLoad(rt.ptr, it), rt.listIterType), listIter, general);
  b.SetInsertPoint(listIter);
  llvm::Value *list = b.CreateLoad(rt.ptr, b.CreateConstInBoundsGEP1_64(rt.i8, it, Layout::listIterList));
  b.CreateCondBr(b.CreateIsNotNull(list), live, general, likely);
  b.SetInsertPoint(live);
  llvm::Value *indexPtr = b.CreateConstInBoundsGEP1_64(rt.i8, it, Layout::listIterIndex);
  llvm::Value *index = b.CreateLoad(rt.i64, indexPtr);
  llvm::Value *size = b.CreateLoad(rt.i64, b.CreateConstInBoundsGEP1_64(rt.i8, list, Layout::listSize));
  b.CreateCondBr(b.CreateICmpSLT(index, size), item, general, likely);
  b.SetInsertPoint(item);
  llvm::Value *items = b.CreateLoad(rt.ptr, b.CreateConstInBoundsGEP1_64(rt.i8, list, Layout::listItems));
  llvm::Value *fast = b.CreateLoad(rt.i64, b.CreateInBoundsGEP(rt.i64, items, index));
  b.CreateStore(b.CreateAdd(index, b.getInt64(1)), indexPtr);
  b.CreateBr(done);
  b.SetInsertPoint(general);
  llvm::Value *slow = call(rt.kiln_iter_for_next, {iter});
  llvm::BasicBlock *slowEnd = b.GetInsertBlock();
  b.CreateBr(done);
  b.SetInsertPoint(done);
  llvm::PHINode *phi = b.CreatePHI(rt.i64, 2, "for.value");
  phi->addIncoming(fast, item);
  phi->addIncoming(slow, slowEnd);
  return phi;
}

void FunctionLowering::lowerSubscr() {
  llvm::Value *key = pop();
  llvm::Value *container = peek(1);
  auto *general = llvm::BasicBlock::Create(rt.ctx, "subscr.general", fn);
  auto *done = llvm::BasicBlock::Create(rt.ctx, "subscr.done", fn);
  llvm::Value *item = b.CreateLoad(rt.i64, itemAddress(container, key, true, general));
  llvm::BasicBlock *fast = b.GetInsertBlock();
  b.CreateBr(done);
  b.SetInsertPoint(general);
  llvm::Value *r = call(rt.kiln_object_getitem, {container, key});
  checkValue(r);
  llvm::BasicBlock *slow = b.GetInsertBlock();
  b.CreateBr(done);
  b.SetInsertPoint(done);
  llvm::PHINode *phi = b.CreatePHI(rt.i64, 2, "subscr");
  phi->addIncoming(item, fast);
  phi->addIncoming(r, slow);
  poke(1, phi);
}

void FunctionLowering::lowerStoreSubscr() {
  llvm::Value *key = peek(1), *container = peek(2), *value = peek(3);
  auto *general = llvm::BasicBlock::Create(rt.ctx, "store.general", fn);
  auto *done = llvm::BasicBlock::Create(rt.ctx, "store.done", fn);
  // Tuples have no item assignment: lists only.
  b.CreateStore(value, itemAddress(container, key, false, general));
  b.CreateBr(done);
  b.SetInsertPoint(general);
  checkStatus(call(rt.kiln_object_setitem, {container, key, value}));
  b.CreateBr(done);
  b.SetInsertPoint(done);
  sp -= 3;
}

void FunctionLowering::lowerUnpackSequence(int n) {
  llvm::Value *seqValue = pop();
  auto *general = llvm::BasicBlock::Create(rt.ctx, "unpack.general", fn);
  auto *exact = llvm::BasicBlock::Create(rt.ctx, "unpack.exact", fn);
  auto *done = llvm::BasicBlock::Create(rt.ctx, "unpack.done", fn);
  SequenceView seq = sequenceView(seqValue, true, general);
  b.CreateCondBr(b.CreateICmpEQ(seq.size, b.getInt64(uint64_t(n))), exact, general);
  // The first item ends on top of the stack.
  b.SetInsertPoint(exact);
  std::vector<llvm::Value *> fast(static_cast<size_t>(n));
  for (int i = 0; i < n; i++)
    fast[size_t(i)] = b.CreateLoad(rt.i64, b.CreateConstInBoundsGEP1_64(rt.i64, seq.items, uint64_t(n - 1 - i)));
  b.CreateBr(done);
  b.SetInsertPoint(general);
  checkStatus(call(rt.kiln_seq_unpack, {seqValue, b.getInt32(uint32_t(n)), scratch(0)}));
  std::vector<llvm::Value *> slow(static_cast<size_t>(n));
  for (int i = 0; i < n; i++)
    slow[size_t(i)] = b.CreateLoad(rt.i64, scratch(i));
  llvm::BasicBlock *slowEnd = b.GetInsertBlock();
  b.CreateBr(done);
  b.SetInsertPoint(done);
  std::vector<llvm::PHINode *> phis;
  for (int i = 0; i < n; i++) { // all phis first: they head the block
    phis.push_back(b.CreatePHI(rt.i64, 2, "unpacked"));
    phis.back()->addIncoming(fast[size_t(i)], exact);
    phis.back()->addIncoming(slow[size_t(i)], slowEnd);
  }
  for (llvm::PHINode *phi : phis)
    push(phi);
}

void FunctionLowering::lowerSliceSubscr(const Instruction &subscr) {
  // Errors belong to the subscript (its traceback position and lasti).
  offset = subscr.offset;
  llvm::Value *stop = pop();
  llvm::Value *start = pop();
  llvm::Value *r = call(rt.kiln_object_getslice, {peek(1), start, stop});
  checkValue(r);
  poke(1, r);
}

} // namespace kiln::codegen
