//===- LowerAttributes.cpp - Inline instance-dict paths for obj.attr ------===//
///
/// `obj.attr` and `obj.attr = v` go through a per-site AttrCache
/// (runtime/AttrCache.h). Its usual answer, "the attribute is the instance
/// dict's entry number `hint`", is checked here inline, as the runtime's
/// cachedInstanceEntry does: same type, same type version, an instance
/// dict holding that many entries, and that entry's key is the name. Any
/// other case calls the runtime entry, which checks the other ways, takes
/// the general path on a miss and refills the cache. `obj.name(...)`
/// (LOAD_METHOD) likewise checks inline for "a method of the type, not
/// shadowed by the instance dict" (the dict's key-hash filter proves the
/// name absent).
///
//===----------------------------------------------------------------------===//
#include "codegen/FunctionLowering.h"

#include <llvm/IR/MDBuilder.h>

namespace kiln::codegen {

FunctionLowering::CachedWay FunctionLowering::checkCacheWay(llvm::Value *obj, llvm::Value *cache,
                                                            uint32_t kind, bool dictRequired,
                                                            llvm::BasicBlock *general) {
  auto *object = llvm::BasicBlock::Create(rt.ctx, "cache.object", fn);
  b.CreateCondBr(b.CreateICmpEQ(b.CreateAnd(obj, b.getInt64(1)), b.getInt64(0)), object, general,
                 likely());
  // The cache's first way describes this type, as it is now, with that
  // kind; the type keeps instance dicts at a fixed offset (or, unless
  // required, has none).
  b.SetInsertPoint(object);
  llvm::Value *objPtr = b.CreateIntToPtr(obj, rt.ptr);
  llvm::Value *type = b.CreateLoad(rt.ptr, objPtr);
  llvm::Value *dictOffset = loadField(rt.i32, type, Layout::typeDictOffset);
  llvm::Value *matches = b.CreateAnd(
      {b.CreateICmpEQ(loadField(rt.ptr, cache, Layout::attrWayType), type),
       b.CreateICmpEQ(loadField(rt.i32, cache, Layout::attrWayVersion),
                      loadField(rt.i32, type, Layout::typeVersionTag)),
       b.CreateICmpEQ(loadField(rt.i32, cache, Layout::attrWayKind), b.getInt32(kind)),
       dictRequired ? b.CreateICmpSGT(dictOffset, b.getInt32(0))
                    : b.CreateICmpSGE(dictOffset, b.getInt32(0))});
  auto *ok = llvm::BasicBlock::Create(rt.ctx, "cache.way", fn);
  b.CreateCondBr(matches, ok, general, likely());
  b.SetInsertPoint(ok);
  return {objPtr, dictOffset};
}

llvm::Value *FunctionLowering::cachedInstanceEntry(llvm::Value *obj, llvm::Value *nameStr,
                                                   llvm::Value *cache, llvm::BasicBlock *general,
                                                   llvm::BasicBlock *beyond, llvm::Value **dictOut,
                                                   llvm::Value **hintOut) {
  auto block = [&](const char *name) { return llvm::BasicBlock::Create(rt.ctx, name, fn); };
  auto [objPtr, dictOffset] =
      checkCacheWay(obj, cache, Layout::attrKindInstanceEntry, true, general);
  llvm::Value *dict = b.CreateLoad(
      rt.ptr, b.CreateInBoundsGEP(rt.i8, objPtr, b.CreateSExt(dictOffset, rt.i64)));
  auto *hasDict = block("attr.dict");
  b.CreateCondBr(b.CreateIsNotNull(dict), hasDict, general, likely());
  // The entry at the hint exists and still holds the name.
  b.SetInsertPoint(hasDict);
  llvm::Value *hint = loadField(rt.i64, cache, Layout::attrWayHint);
  auto *inRange = block("attr.entry");
  b.CreateCondBr(b.CreateICmpULT(hint, loadField(rt.i64, dict, Layout::dictNentries)), inRange,
                 beyond ? beyond : general, likely());
  if (beyond) {
    *dictOut = dict;
    *hintOut = hint;
  }
  b.SetInsertPoint(inRange);
  llvm::Value *entry = b.CreateInBoundsGEP(
      rt.i8, loadField(rt.ptr, dict, Layout::dictEntries),
      b.CreateMul(hint, b.getInt64(Layout::dictEntrySize)));
  auto *found = block("attr.found");
  b.CreateCondBr(b.CreateICmpEQ(loadField(rt.i64, entry, Layout::dictEntryKey),
                                b.CreatePtrToInt(nameStr, rt.i64)),
                 found, general, likely());
  b.SetInsertPoint(found);
  return b.CreateConstInBoundsGEP1_64(rt.i8, entry, Layout::dictEntryValue);
}

void FunctionLowering::appendInstanceAttr(llvm::Value *dict, llvm::Value *hint,
                                          llvm::Value *nameStr, llvm::Value *value,
                                          llvm::BasicBlock *general) {
  // As dictTryAppendStr: room for an entry, the name's hash known, its
  // key-filter bit clear (so the name is absent), one-byte index slots
  // and the name's home slot empty; and the entry lands at the hint.
  llvm::Value *n = loadField(rt.i64, dict, Layout::dictNentries);
  llvm::Value *hash = loadField(rt.i64, nameStr, Layout::strHash);
  llvm::Value *shift = b.CreateAnd(hash, b.getInt64(63));
  llvm::Value *keyBits = loadField(rt.i64, dict, Layout::dictKeyBits);
  llvm::Value *fits = b.CreateAnd(
      {b.CreateICmpEQ(hint, n), b.CreateICmpSLT(n, loadField(rt.i64, dict, Layout::dictCapacity)),
       b.CreateICmpNE(hash, b.getInt64(-1)),
       b.CreateICmpEQ(b.CreateAnd(b.CreateLShr(keyBits, shift), b.getInt64(1)), b.getInt64(0)),
       b.CreateICmpEQ(loadField(rt.i8, dict, Layout::dictIndexWidth), b.getInt8(1))});
  auto *probe = llvm::BasicBlock::Create(rt.ctx, "append.slot", fn);
  b.CreateCondBr(fits, probe, general, likely());
  b.SetInsertPoint(probe);
  llvm::Value *slot = b.CreateInBoundsGEP(rt.i8, loadField(rt.ptr, dict, Layout::dictIndices),
                                          b.CreateAnd(hash, loadField(rt.i64, dict, Layout::dictMask)));
  auto *write = llvm::BasicBlock::Create(rt.ctx, "append.write", fn);
  b.CreateCondBr(b.CreateICmpEQ(b.CreateLoad(rt.i8, slot), b.getInt8(uint8_t(-1))), write, general,
                 likely());
  b.SetInsertPoint(write);
  llvm::Value *entry = b.CreateInBoundsGEP(rt.i8, loadField(rt.ptr, dict, Layout::dictEntries),
                                           b.CreateMul(n, b.getInt64(Layout::dictEntrySize)));
  b.CreateStore(hash, fieldAt(entry, Layout::dictEntryHash));
  b.CreateStore(b.CreatePtrToInt(nameStr, rt.i64), fieldAt(entry, Layout::dictEntryKey));
  b.CreateStore(value, fieldAt(entry, Layout::dictEntryValue));
  b.CreateStore(b.CreateTrunc(n, rt.i8), slot);
  auto bump = [&](uint64_t offset) {
    b.CreateStore(b.CreateAdd(loadField(rt.i64, dict, offset), b.getInt64(1)), fieldAt(dict, offset));
  };
  b.CreateStore(b.CreateAdd(n, b.getInt64(1)), fieldAt(dict, Layout::dictNentries));
  bump(Layout::dictUsed);
  bump(Layout::dictVersion);
  b.CreateStore(b.CreateOr(keyBits, b.CreateShl(b.getInt64(1), shift)), fieldAt(dict, Layout::dictKeyBits));
}

void FunctionLowering::lowerLoadAttr(int nameIndex) {
  llvm::Value *obj = peek(1);
  llvm::Value *nameStr = namePtr(nameIndex);
  llvm::Value *cache = siteCache(Layout::attrCacheSize, "acache");
  auto *general = llvm::BasicBlock::Create(rt.ctx, "attr.general", fn);
  auto *done = llvm::BasicBlock::Create(rt.ctx, "attr.done", fn);
  llvm::Value *fast = b.CreateLoad(rt.i64, cachedInstanceEntry(obj, nameStr, cache, general));
  llvm::BasicBlock *fastEnd = b.GetInsertBlock();
  b.CreateBr(done);
  b.SetInsertPoint(general);
  llvm::Value *slow = call(rt.kiln_object_getattr_cached, {obj, nameStr, cache});
  checkValue(slow);
  llvm::BasicBlock *slowEnd = b.GetInsertBlock();
  b.CreateBr(done);
  b.SetInsertPoint(done);
  llvm::PHINode *phi = b.CreatePHI(rt.i64, 2, "attr");
  phi->addIncoming(fast, fastEnd);
  phi->addIncoming(slow, slowEnd);
  poke(1, phi);
}

void FunctionLowering::lowerStoreAttr(int nameIndex) {
  llvm::Value *obj = peek(1), *value = peek(2);
  llvm::Value *nameStr = namePtr(nameIndex);
  llvm::Value *cache = siteCache(Layout::attrCacheSize, "acache");
  auto *general = llvm::BasicBlock::Create(rt.ctx, "setattr.general", fn);
  auto *done = llvm::BasicBlock::Create(rt.ctx, "setattr.done", fn);
  auto *append = llvm::BasicBlock::Create(rt.ctx, "setattr.append", fn);
  llvm::Value *dict = nullptr, *hint = nullptr;
  // The key stays: only the value changes (no dict version change).
  b.CreateStore(value, cachedInstanceEntry(obj, nameStr, cache, general, append, &dict, &hint));
  b.CreateBr(done);
  // A new attribute (in __init__, mostly) that goes where the cache says.
  b.SetInsertPoint(append);
  appendInstanceAttr(dict, hint, nameStr, value, general);
  b.CreateBr(done);
  b.SetInsertPoint(general);
  checkStatus(call(rt.kiln_object_setattr_cached, {obj, nameStr, value, cache}));
  b.CreateBr(done);
  b.SetInsertPoint(done);
  sp -= 2;
}

void FunctionLowering::lowerLoadMethod(int nameIndex) {
  auto block = [&](const char *name) { return llvm::BasicBlock::Create(rt.ctx, name, fn); };
  llvm::Value *obj = peek(1);
  llvm::Value *nameStr = namePtr(nameIndex);
  llvm::Value *cache = siteCache(Layout::attrCacheSize, "acache");
  auto *general = block("method.general");
  auto *done = block("method.done");
  auto [objPtr, dictOffset] = checkCacheWay(obj, cache, Layout::attrKindMethod, false, general);
  // No instance dict, an empty one, or one whose key filter lacks the
  // name's bit: the type's method is the answer.
  auto *withDict = block("method.dictptr");
  auto *hasDict = block("method.dict");
  auto *found = block("method.found");
  b.CreateCondBr(b.CreateICmpEQ(dictOffset, b.getInt32(0)), found, withDict);
  b.SetInsertPoint(withDict);
  llvm::Value *dict = b.CreateLoad(
      rt.ptr, b.CreateInBoundsGEP(rt.i8, objPtr, b.CreateZExt(dictOffset, rt.i64)));
  b.CreateCondBr(b.CreateIsNull(dict), found, hasDict);
  b.SetInsertPoint(hasDict);
  llvm::Value *hash = loadField(rt.i64, nameStr, Layout::strHash);
  llvm::Value *bit = b.CreateAnd(b.CreateLShr(loadField(rt.i64, dict, Layout::dictKeyBits),
                                              b.CreateAnd(hash, b.getInt64(63))),
                                 b.getInt64(1));
  llvm::Value *absent = b.CreateAnd(b.CreateICmpNE(hash, b.getInt64(-1)),
                                    b.CreateICmpEQ(bit, b.getInt64(0)));
  b.CreateCondBr(absent, found, general, likely());
  b.SetInsertPoint(found);
  llvm::Value *method = loadField(rt.i64, cache, Layout::attrWayValue);
  b.CreateBr(done);
  // Anything else: the runtime (bound or unbound, as it finds).
  b.SetInsertPoint(general);
  checkStatus(call(rt.kiln_object_load_method_cached, {obj, nameStr, scratch(0), cache}));
  llvm::Value *slowFirst = b.CreateLoad(rt.i64, scratch(0));
  llvm::Value *slowSecond = b.CreateLoad(rt.i64, scratch(1));
  llvm::BasicBlock *slowEnd = b.GetInsertBlock();
  b.CreateBr(done);
  b.SetInsertPoint(done);
  llvm::PHINode *first = b.CreatePHI(rt.i64, 2, "method");
  first->addIncoming(method, found);
  first->addIncoming(slowFirst, slowEnd);
  llvm::PHINode *second = b.CreatePHI(rt.i64, 2, "method.self");
  second->addIncoming(obj, found);
  second->addIncoming(slowSecond, slowEnd);
  poke(1, first);
  push(second);
}

} // namespace kiln::codegen
