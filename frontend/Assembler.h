//===- Assembler.h - Control-flow graph and code object assembly ---------===//
///
/// The compiler emits instructions into basic blocks. Besides real opcodes
/// it uses CPython 3.11's pseudo-instructions:
///   - JUMP / JUMP_NO_INTERRUPT and POP_JUMP_IF_{FALSE,TRUE,NONE,NOT_NONE}:
///     direction-less jumps, resolved to the FORWARD/BACKWARD opcodes once
///     block order is final;
///   - SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH target, POP_BLOCK: mark
///     where a protected region starts and ends. They emit no code: the
///     assembler walks the graph with a stack of active handlers and writes
///     the exception table from it (zero-cost try).
/// Assembly removes unreachable blocks, computes stack depths (co_stacksize
/// and each handler's depth), lays out the blocks, sizes EXTENDED_ARG
/// prefixes and produces co_code, the locations and the exception table.
///
//===----------------------------------------------------------------------===//
#pragma once

#include "frontend/CodeObject.h"
#include "frontend/bytecode/Opcodes.h"

#include <functional>
#include <memory>
#include <vector>

namespace kiln::frontend {

/// Pseudo-instructions (never in co_code); numbers above any opcode.
enum PseudoOp : int {
  SETUP_FINALLY = 256,
  SETUP_CLEANUP,
  SETUP_WITH,
  POP_BLOCK,
  JUMP,
  JUMP_NO_INTERRUPT,
  POP_JUMP_IF_FALSE,
  POP_JUMP_IF_TRUE,
  POP_JUMP_IF_NONE,
  POP_JUMP_IF_NOT_NONE,
};

struct BasicBlock;

struct Instr {
  int op = 0;       ///< an Opcode or a PseudoOp
  int arg = 0;
  BasicBlock *target = nullptr; ///< jumps and SETUP_*
  Location loc;
  // Filled during assembly.
  BasicBlock *handler = nullptr; ///< the handler protecting this instruction
};

struct BasicBlock {
  std::vector<Instr> instrs;
  BasicBlock *next = nullptr; ///< the block laid out after this one
  bool visited = false;       ///< scratch flag of the current pass
  // Assembly state.
  bool reachable = false;
  bool isHandler = false;       ///< an exception handler's entry
  bool preserveLasti = false;   ///< handler expects lasti pushed too
  int startDepth = -1;
  int offset = 0;               ///< in code units
  std::vector<BasicBlock *> exceptStack; ///< active handlers at entry
  bool stackKnown = false;
  int predecessors = 0;
};

class Assembler {
public:
  Assembler();
  BasicBlock *newBlock();
  /// Makes \p b the current block, laid out after the current one.
  void useNextBlock(BasicBlock *b);
  BasicBlock *current() const { return current_; }
  /// Starts a fresh block after the current one (after a terminator).
  void nextBlock() { useNextBlock(newBlock()); }
  void emit(int op, int arg, const Location &loc);
  void emitJump(int op, BasicBlock *target, const Location &loc);
  /// True if the current block ends with an instruction that never falls
  /// through.
  bool currentEndsWithTerminator() const;
  /// Calls \p f on every instruction emitted so far.
  template <typename F> void fixArgs(F f) {
    for (auto &b : blocks_)
      for (Instr &i : b->instrs)
        f(i);
  }

  /// The largest LOAD_CONST/KW_NAMES operand left after dead code removal
  /// (constants past it are dropped, as CPython's trim_unused_consts does).
  int maxConstIndex() const { return maxConstIndex_; }

  /// Lays out the code into \p code (co_code, locations, exception table,
  /// stacksize). Cell and free counts insert the MAKE_CELL/COPY_FREE_VARS
  /// prologue; \p isGenerator inserts RETURN_GENERATOR/POP_TOP first.
  /// \p consts is the unit's constant list; the optimizer may append folded
  /// tuples through \p addConst.
  void assemble(CodeObject &code, const std::vector<int> &cellIndices, int freeCount,
                bool isGenerator, int firstLine, const std::vector<ConstantRef> &consts,
                const std::function<int(ConstantRef)> &addConst);

private:
  // CPython 3.11's CFG optimizations (Optimizer.cpp).
  void optimize(const std::vector<ConstantRef> &consts,
                const std::function<int(ConstantRef)> &addConst);
  void optimizeBlock(BasicBlock *b, const std::vector<ConstantRef> &consts,
                     const std::function<int(ConstantRef)> &addConst);
  void extendBlock(BasicBlock *b);
  void markReachable();
  void eliminateEmptyBlocks();
  void duplicateExitsWithoutLineno();
  void propagateLineNumbers();
  void guaranteeLinenoForExits(int firstLine);

  std::vector<std::unique_ptr<BasicBlock>> blocks_;
  BasicBlock *entry_ = nullptr;
  BasicBlock *current_ = nullptr;
  int maxConstIndex_ = 0;
};

} // namespace kiln::frontend
