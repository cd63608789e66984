//===- FunctionLowering.h - One code object to one LLVM function ----------===//
///
/// The generated function has the runtime's FrameEntry signature,
/// `i64 (ptr frame, i64 sent)`: the caller (functionCall, runCode, a
/// generator's send) has made and pushed the frame and bound the arguments
/// into its slots, exactly as for the interpreter.
///
/// The value stack disappears: the depth before every instruction is known
/// statically (analyse()), and stack slot i is one alloca, as is each local
/// in "register" mode; mem2reg turns both into SSA values. A function keeps
/// its locals in the frame's slots instead ("memory" mode) when something
/// may look at them there: class and module bodies (NAME ops, LOAD_CLASSDEREF),
/// generators and coroutines (their state must survive a return to the
/// caller; their value stack lives in the frame too), and functions that
/// name locals(), vars(), dir(), eval(), exec(), super() or frame
/// introspection.
///
/// Errors: before an instruction's first runtime call the frame's lasti is
/// set to its offset; a failed call branches to the block of its exception
/// table entry's handler (or to the function's error exit), which adds the
/// traceback entry, cuts the stack to the handler's depth, pushes the
/// offset when the entry asks for it and the exception, and jumps to the
/// handler. Generators are resumed by a switch on the frame's lasti.
///
//===----------------------------------------------------------------------===//
#pragma once

#include "codegen/RuntimeDecls.h"
#include "frontend/CodeObject.h"
#include "frontend/bytecode/Opcodes.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace kiln::codegen {

/// The LLVM objects of one code object: its function and the tables the
/// runtime fills at load time (NativeProgram.h).
struct CodeSymbols {
  llvm::Function *function = nullptr;
  llvm::GlobalVariable *consts = nullptr; ///< [n x i64], co_consts as Values
  llvm::GlobalVariable *names = nullptr;  ///< [n x ptr], interned co_names
  llvm::DISubprogram *subprogram = nullptr; ///< with -g: line tables
};

class FunctionLowering {
public:
  /// \p programReadsFrameLocals: some code of the program reads a frame's
  /// f_locals, so every function keeps its locals in its frame.
  FunctionLowering(RuntimeDecls &rt, const frontend::CodeObject &code, const CodeSymbols &syms,
                   bool programReadsFrameLocals);
  /// Emits the function body.
  void lower();

private:
  using Instruction = frontend::Instruction;
  using Opcode = frontend::Opcode;

  // --- Analysis (FunctionLowering.cpp) ---
  void analyse();
  bool needsMemoryLocals() const;
  const frontend::ExceptionTableEntry *handlerFor(int offset) const;
  int indexAt(int offset) const;

  // --- Emission scaffolding (FunctionLowering.cpp) ---
  void emitPrologue();
  void emitResumeSwitch(llvm::BasicBlock *start);
  void emitInstruction(const Instruction &in, size_t index);
  llvm::BasicBlock *blockAt(int offset);
  llvm::Value *slotPtr(int index);  ///< stack slot
  llvm::Value *localPtr(int index); ///< localsplus slot
  llvm::Value *frameSlotPtr(int index);
  llvm::Value *framePtr(uint64_t offset);
  void push(llvm::Value *v);
  llvm::Value *pop();
  llvm::Value *peek(int n);
  void poke(int n, llvm::Value *v);
  llvm::Value *scratch(int n);      ///< pointer to scratch[n]
  /// Copies the top \p n stack values into scratch[0..n) (deepest first).
  llvm::Value *stackToScratch(int n);
  llvm::Value *constValue(int index);
  llvm::Value *namePtr(int index);
  llvm::Value *smallInt(llvm::Value *i64v);
  llvm::Constant *smallConst(int64_t v);
  llvm::Value *boolValue(llvm::Value *cond);
  llvm::Value *call(llvm::FunctionCallee fn, llvm::ArrayRef<llvm::Value *> args);
  /// \p base + \p offset bytes, and the \p type value stored there (the
  /// runtime's fields, at Layout's offsets).
  llvm::Value *fieldAt(llvm::Value *base, uint64_t offset);
  llvm::Value *loadField(llvm::Type *type, llvm::Value *base, uint64_t offset);
  /// Branch weights of a check that almost always passes.
  llvm::MDNode *likely();
  void storeLasti();

  // Errors.
  /// Branches to the current instruction's error path when \p failed.
  void branchOnError(llvm::Value *failed);
  void checkValue(llvm::Value *v) { branchOnError(b.CreateICmpEQ(v, b.getInt64(0))); }
  void checkStatus(llvm::Value *status) { branchOnError(b.CreateICmpSLT(status, b.getInt32(0))); }
  /// Error path: adds the traceback entry, then unwinds.
  void jumpToError(int offset);
  /// Unwinds without a new traceback entry (RERAISE, bare raise).
  void jumpToUnwind(int offset);
  struct Handler {
    llvm::BasicBlock *traceback = nullptr, *unwind = nullptr;
    llvm::PHINode *tracebackOffset = nullptr, *unwindOffset = nullptr;
  };
  Handler &handlerBlocks(const frontend::ExceptionTableEntry *h);
  void emitReturn(llvm::Value *v, uint8_t setFlags);

  // --- Opcodes (LowerOpcodes.cpp) ---
  void lowerOpcode(const Instruction &in);
  // (LowerArithmetic.cpp)
  void lowerBinaryOp(int op);
  void lowerSmallIntOp(int op, llvm::Value *lhs, llvm::Value *rhs, llvm::BasicBlock *general,
                       const std::function<void(llvm::Value *)> &finish);
  void lowerCompareOp(int op);
  llvm::Value *isExactFloat(llvm::Value *v); ///< i1; \p v must be an object
  llvm::Value *floatOf(llvm::Value *v);      ///< the double of a float object

  // Unboxed floats between operators. A float result of an inlined
  // operator is kept as a double in its stack slot (flag set) while only
  // operators consume it; anything else that reads the slot, control flow
  // leaving the block, or an exception handler whose stack holds the slot,
  // boxes it first ("materializes"). So `a*b + c*d` boxes once, not three
  // times. Register mode only (generators keep every slot boxed).
  struct Operand {
    llvm::Value *boxed;
    llvm::Value *isRaw = nullptr; ///< i1, or null when certainly boxed
    llvm::Value *raw = nullptr;   ///< the double when isRaw
    llvm::Constant *known = nullptr; ///< a float constant's double (boxed is valid)
  };
  Operand popOperand();
  void pushMaybeRaw(llvm::Value *boxed, llvm::Value *isRaw, llvm::Value *raw);
  void materialize(int slot);
  void materializeAll();
  /// The boxed form of \p o (boxes a raw double; branches to the error path
  /// when that fails).
  llvm::Value *boxedOperand(const Operand &o);
  /// Branches to \p fail unless \p o is a raw float, a float object or a
  /// small int; otherwise returns its double.
  llvm::Value *operandDouble(const Operand &o, llvm::BasicBlock *fail);
  /// The runtime's general operator \p fn(lhs, rhs, op) on boxed operands.
  llvm::Value *callGeneral(llvm::FunctionCallee fn, const Operand &lhs, const Operand &rhs, int op);
  void lowerCall(int nargs);
  /// The module's kiln.call.N (LowerCalls.cpp): CALL of N arguments, no
  /// keywords, taking the method-or-null, self-or-callable and argument
  /// values.
  llvm::Function *pythonCallHelper(int nargs);
  // (LowerContainers.cpp) Exact lists and tuples by small int index.
  struct SequenceView {
    llvm::Value *size;  ///< i64
    llvm::Value *items; ///< ptr to the first item
  };
  /// Branches to \p general unless \p v is an exact list (or tuple, when
  /// \p tuples); otherwise returns its size and items.
  SequenceView sequenceView(llvm::Value *v, bool tuples, llvm::BasicBlock *general);
  /// The item index of small int \p key; branches to \p general when out of range.
  llvm::Value *itemIndex(llvm::Value *key, llvm::Value *size, llvm::BasicBlock *general);
  /// Branches to \p general unless \p key is a small int indexing an exact
  /// list (or tuple, when \p tuples) in range; returns the item's address.
  llvm::Value *itemAddress(llvm::Value *container, llvm::Value *key, bool tuples,
                           llvm::BasicBlock *general);
  /// FOR_ITER's next item of \p iter, or 0 when exhausted or on error (a
  /// list iterator's item read inline).
  llvm::Value *forIterNext(llvm::Value *iter);
  void lowerSubscr();
  void lowerStoreSubscr();
  void lowerUnpackSequence(int n);
  /// BUILD_SLICE 2 fused with the following \p subscr (BINARY_SUBSCR).
  void lowerSliceSubscr(const Instruction &subscr);
  // (LowerAttributes.cpp) obj.attr through the site's AttrCache.
  struct CachedWay {
    llvm::Value *object;     ///< ptr to the object
    llvm::Value *dictOffset; ///< i32, its type's instance dict offset
  };
  /// Branches to \p general unless \p obj is an object of the type the
  /// cache's first way records, at its current version, with way kind
  /// \p kind, and an instance dict offset > 0 (>= 0 unless \p dictRequired).
  CachedWay checkCacheWay(llvm::Value *obj, llvm::Value *cache, uint32_t kind, bool dictRequired,
                          llvm::BasicBlock *general);
  /// Branches to \p general unless \p cache's first way finds \p nameStr
  /// in \p obj's instance dict; returns the address of the entry's value.
  /// With \p beyond, an instance dict with no entry at the hint yet
  /// branches there instead, with *dictOut and *hintOut set (a store may
  /// append the attribute).
  llvm::Value *cachedInstanceEntry(llvm::Value *obj, llvm::Value *nameStr, llvm::Value *cache,
                                   llvm::BasicBlock *general, llvm::BasicBlock *beyond = nullptr,
                                   llvm::Value **dictOut = nullptr, llvm::Value **hintOut = nullptr);
  /// The runtime's dictTryAppendStr inline, for a new attribute that lands
  /// at entry \p hint (the cache's): branches to \p general when it does
  /// not apply (nothing written).
  void appendInstanceAttr(llvm::Value *dict, llvm::Value *hint, llvm::Value *nameStr,
                          llvm::Value *value, llvm::BasicBlock *general);
  void lowerLoadAttr(int nameIndex);
  void lowerStoreAttr(int nameIndex);
  void lowerLoadMethod(int nameIndex);
  /// A zeroed cache of \p size bytes for one instruction (static data).
  llvm::GlobalVariable *siteCache(uint64_t size, const char *what);
  /// LOAD_GLOBAL through a per-site GlobalCache.
  llvm::Value *loadGlobalCached(int nameIndex);
  void lowerConditionalJump(const Instruction &in, bool popAlways, bool jumpIfTrue);
  void lowerNoneJump(const Instruction &in, bool jumpIfNone);
  llvm::Value *truthValue(llvm::Value *v); ///< i1, or branches to the error path
  void jumpTo(int target, bool backward);
  void pollSignals();
  void lowerYield(const Instruction &in);
  void lowerReturnGenerator(const Instruction &in);

  RuntimeDecls &rt;
  const frontend::CodeObject &co;
  CodeSymbols syms;
  llvm::IRBuilder<> b;
  llvm::Function *fn;
  llvm::Value *frame = nullptr, *sent = nullptr;

  std::vector<Instruction> instrs;
  std::map<int, size_t> indexOfOffset;
  std::vector<int> depth;              ///< stack depth before each instruction, -1 unreachable
  std::vector<bool> leader;            ///< instruction starts a basic block
  std::map<int, llvm::BasicBlock *> blocks;
  /// Generators: where a resumption with frame->lasti == key continues
  /// (the vm's lasti + 2) and the depth the sent value is pushed at:
  /// after YIELD_VALUE and RETURN_GENERATOR, and after a `yield from`
  /// loop whose subiterator finished while thrown into (the runtime then
  /// resumes at the SEND's target; see finishYieldFrom in Generator.cpp).
  struct ResumePoint {
    int next;
    int depth;
  };
  std::map<int, ResumePoint> resumePoints;
  bool generator = false;
  bool memoryLocals = false;
  bool programReadsFrameLocals = false;
  /// Per localsplus slot: false for parameters never deleted, which are
  /// always bound (argument binding fills them all), so loads skip the
  /// UnboundLocalError check.
  std::vector<bool> maybeUnbound;
  int nlocalsplus = 0;

  std::vector<llvm::AllocaInst *> stackSlots, localSlots;
  std::vector<llvm::AllocaInst *> rawFlags, rawValues; ///< per stack slot (register mode)
  std::vector<bool> maybeRaw; ///< compile time: the slot may hold a raw double now
  /// Register-mode locals keep raw doubles too (a float local updated in a
  /// loop is never boxed there): a flag and a double beside each local.
  std::vector<llvm::AllocaInst *> localRawFlags, localRawValues;
  bool rawLocals = false;
  /// Compile time: the local a stack slot was loaded from (LOAD_FAST), or
  /// -1; boxing that slot also stores the box back into the local, so a
  /// raw local read by other code is boxed once, not at every read.
  std::vector<int> slotOrigin;
  /// Compile time: the double of a float constant the slot holds (LOAD_CONST).
  std::vector<llvm::Constant *> slotConst;
  void storeLocal(int index);     ///< STORE_FAST
  void loadLocal(int index);      ///< LOAD_FAST
  llvm::Value *localUnbound(int index); ///< i1: the local holds nothing
  llvm::AllocaInst *scratchArea = nullptr;
  llvm::AllocaInst *returnedFlag = nullptr; ///< SEND's out-parameter
  std::map<const frontend::ExceptionTableEntry *, Handler> handlers;

  // Per-instruction state.
  int sp = 0;
  int offset = 0;
  bool lastiStored = false;
  llvm::BasicBlock *lastiBlock = nullptr; ///< where lastiStored's store is
  int kwnamesConst = -1; ///< KW_NAMES for the next CALL
  bool fusedNext = false; ///< the current instruction also lowered the next one
};

} // namespace kiln::codegen
