//===- AssemblerUtil.h - Instruction classification for the CFG passes --===//
#pragma once

#include "frontend/Assembler.h"

namespace kiln::frontend::cfg {

inline bool isPseudo(int op) { return op >= 256; }

inline bool isSetup(int op) {
  return op == SETUP_FINALLY || op == SETUP_CLEANUP || op == SETUP_WITH;
}

/// Jumps, conditional or not (SETUP_* excluded).
inline bool isJumpOp(int op) {
  switch (op) {
  case JUMP:
  case JUMP_NO_INTERRUPT:
  case POP_JUMP_IF_FALSE:
  case POP_JUMP_IF_TRUE:
  case POP_JUMP_IF_NONE:
  case POP_JUMP_IF_NOT_NONE: return true;
  default: return !isPseudo(op) && isJump(Opcode(op));
  }
}

inline bool isUnconditional(int op) {
  return op == JUMP || op == JUMP_NO_INTERRUPT ||
         (!isPseudo(op) && isUnconditionalJump(Opcode(op)));
}

/// RETURN_VALUE, RAISE_VARARGS, RERAISE: leave the code object.
inline bool isScopeExit(int op) {
  return op == int(Opcode::RETURN_VALUE) || op == int(Opcode::RAISE_VARARGS) ||
         op == int(Opcode::RERAISE);
}

/// Control never continues to the next instruction.
inline bool endsFlow(const Instr &i) { return isUnconditional(i.op) || isScopeExit(i.op); }

inline bool hasFallthrough(const BasicBlock *b) {
  return b->instrs.empty() || !endsFlow(b->instrs.back());
}

inline bool isExitBlock(const BasicBlock *b) {
  return !b->instrs.empty() && isScopeExit(b->instrs.back().op);
}

inline bool isExitWithoutLineno(const BasicBlock *b) {
  if (!isExitBlock(b))
    return false;
  for (const Instr &i : b->instrs)
    if (i.loc.line >= 0)
      return false;
  return true;
}

/// Drops the NOPs that carry no line number of their own (Optimizer.cpp).
void cleanBlock(BasicBlock *b);

} // namespace kiln::frontend::cfg
