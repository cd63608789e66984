//===- Assembler.cpp - From basic blocks to a code object ----------------===//
#include "frontend/Assembler.h"

#include "frontend/AssemblerUtil.h"

#include <algorithm>
#include <cassert>

namespace kiln::frontend {

using namespace cfg;

namespace {

int effect(const Instr &i, bool jump) {
  switch (i.op) {
  case SETUP_FINALLY: return jump ? 1 : 0;
  case SETUP_CLEANUP: return jump ? 2 : 0;
  case SETUP_WITH: return jump ? 1 : 0;
  case POP_BLOCK:
  case JUMP:
  case JUMP_NO_INTERRUPT: return 0;
  case POP_JUMP_IF_FALSE:
  case POP_JUMP_IF_TRUE:
  case POP_JUMP_IF_NONE:
  case POP_JUMP_IF_NOT_NONE: return -1;
  default: return stackEffect(Opcode(i.op), i.arg, jump);
  }
}

/// The real opcode of a jump once its direction is known.
Opcode resolveJump(int op, bool forward) {
  switch (op) {
  case JUMP: return forward ? Opcode::JUMP_FORWARD : Opcode::JUMP_BACKWARD;
  case JUMP_NO_INTERRUPT:
    return forward ? Opcode::JUMP_FORWARD : Opcode::JUMP_BACKWARD_NO_INTERRUPT;
  case POP_JUMP_IF_FALSE:
    return forward ? Opcode::POP_JUMP_FORWARD_IF_FALSE : Opcode::POP_JUMP_BACKWARD_IF_FALSE;
  case POP_JUMP_IF_TRUE:
    return forward ? Opcode::POP_JUMP_FORWARD_IF_TRUE : Opcode::POP_JUMP_BACKWARD_IF_TRUE;
  case POP_JUMP_IF_NONE:
    return forward ? Opcode::POP_JUMP_FORWARD_IF_NONE : Opcode::POP_JUMP_BACKWARD_IF_NONE;
  case POP_JUMP_IF_NOT_NONE:
    return forward ? Opcode::POP_JUMP_FORWARD_IF_NOT_NONE
                   : Opcode::POP_JUMP_BACKWARD_IF_NOT_NONE;
  default: return Opcode(op);
  }
}

} // namespace

Assembler::Assembler() {
  entry_ = newBlock();
  current_ = entry_;
}

BasicBlock *Assembler::newBlock() {
  blocks_.push_back(std::make_unique<BasicBlock>());
  blocks_.back()->instrs.reserve(8);
  return blocks_.back().get();
}

void Assembler::useNextBlock(BasicBlock *b) {
  // Keep layout order: insert b right after current_.
  if (current_ != b) {
    b->next = current_->next;
    current_->next = b;
  }
  current_ = b;
}

// Jumps and exits end their block, as CPython's CFG passes expect.
void Assembler::emit(int op, int arg, const Location &loc) {
  Instr i;
  i.op = op;
  i.arg = arg;
  i.loc = loc;
  current_->instrs.push_back(i);
  if (isScopeExit(op))
    nextBlock();
}

void Assembler::emitJump(int op, BasicBlock *target, const Location &loc) {
  Instr i;
  i.op = op;
  i.target = target;
  i.loc = loc;
  current_->instrs.push_back(i);
  if (!isSetup(op))
    nextBlock();
}

bool Assembler::currentEndsWithTerminator() const {
  // The current block is the one after the last emitted instruction.
  const BasicBlock *last = nullptr;
  for (const BasicBlock *b = entry_; b; b = b->next)
    if (!b->instrs.empty())
      last = b;
  if (!last)
    return false;
  if (current_->instrs.empty() && last->next == current_)
    return endsFlow(last->instrs.back());
  return !current_->instrs.empty() && endsFlow(current_->instrs.back());
}

void Assembler::assemble(CodeObject &code, const std::vector<int> &cellIndices, int freeCount,
                         bool isGenerator, int firstLine, const std::vector<ConstantRef> &consts,
                         const std::function<int(ConstantRef)> &addConst) {
  // Prologue, in CPython's order: COPY_FREE_VARS, MAKE_CELL..., then
  // RETURN_GENERATOR, POP_TOP for generators and coroutines.
  {
    std::vector<Instr> prefix;
    auto add = [&](Opcode op, int arg, Location loc) {
      Instr i;
      i.op = int(op);
      i.arg = arg;
      i.loc = loc;
      prefix.push_back(i);
    };
    if (freeCount)
      add(Opcode::COPY_FREE_VARS, freeCount, Location{});
    for (int idx : cellIndices)
      add(Opcode::MAKE_CELL, idx, Location{});
    if (isGenerator) {
      add(Opcode::RETURN_GENERATOR, 0, Location{firstLine, firstLine, -1, -1});
      add(Opcode::POP_TOP, 0, Location{});
    }
    entry_->instrs.insert(entry_->instrs.begin(), prefix.begin(), prefix.end());
  }

  // 1. CPython's CFG optimizations, dead code removal, line numbers.
  optimize(consts, addConst);
  duplicateExitsWithoutLineno();
  maxConstIndex_ = 0;
  for (BasicBlock *b = entry_; b; b = b->next)
    for (const Instr &i : b->instrs)
      if (i.op == int(Opcode::LOAD_CONST) || i.op == int(Opcode::KW_NAMES))
        maxConstIndex_ = std::max(maxConstIndex_, i.arg);
  propagateLineNumbers();
  guaranteeLinenoForExits(firstLine);

  // 2. Stack depths.
  std::vector<BasicBlock *> work;
  // A generator's frame starts with one value: RETURN_GENERATOR's result,
  // popped by the POP_TOP after it (as CPython counts it).
  int maxDepth = 0;
  for (BasicBlock *b = entry_; b; b = b->next)
    b->stackKnown = false;
  entry_->startDepth = isGenerator ? 1 : 0;
  entry_->stackKnown = true;
  work.assign(1, entry_);
  auto reach = [&](BasicBlock *t, int depth) {
    if (!t->stackKnown) {
      t->stackKnown = true;
      t->startDepth = depth;
      work.push_back(t);
    }
  };
  while (!work.empty()) {
    BasicBlock *b = work.back();
    work.pop_back();
    int depth = b->startDepth;
    bool falls = true;
    for (const Instr &i : b->instrs) {
      if (i.target) {
        int td = depth + effect(i, true);
        maxDepth = std::max(maxDepth, td);
        reach(i.target, td);
      }
      depth += effect(i, false);
      maxDepth = std::max(maxDepth, depth);
      if (endsFlow(i)) {
        falls = false;
        break;
      }
    }
    if (falls && b->next)
      reach(b->next, depth);
  }

  // 3. Exception handlers: which SETUP_* protects each instruction.
  for (BasicBlock *b = entry_; b; b = b->next)
    b->stackKnown = false;
  entry_->stackKnown = true;
  work.assign(1, entry_);
  while (!work.empty()) {
    BasicBlock *b = work.back();
    work.pop_back();
    std::vector<BasicBlock *> stack = b->exceptStack;
    bool falls = true;
    for (Instr &i : b->instrs) {
      if (isSetup(i.op)) {
        i.target->isHandler = true;
        i.target->preserveLasti = i.op != SETUP_FINALLY;
        if (!i.target->stackKnown) {
          i.target->stackKnown = true;
          i.target->exceptStack = stack;
          work.push_back(i.target);
        }
        stack.push_back(i.target);
        continue;
      }
      if (i.op == POP_BLOCK) {
        if (!stack.empty())
          stack.pop_back();
        continue;
      }
      i.handler = stack.empty() ? nullptr : stack.back();
      if (i.target && !i.target->stackKnown) {
        i.target->stackKnown = true;
        i.target->exceptStack = stack;
        work.push_back(i.target);
      }
      if (endsFlow(i)) {
        falls = false;
        break;
      }
    }
    if (falls && b->next && !b->next->stackKnown) {
      b->next->stackKnown = true;
      b->next->exceptStack = stack;
      work.push_back(b->next);
    }
  }

  // 4. The pseudo SETUP/POP_BLOCK instructions have done their work; they
  // become NOPs, kept only where they carry a line number (`try:`).
  for (BasicBlock *b = entry_; b; b = b->next) {
    for (Instr &i : b->instrs) {
      if (isSetup(i.op) || i.op == POP_BLOCK) {
        i.op = int(Opcode::NOP);
        i.target = nullptr;
      }
    }
  }
  for (BasicBlock *b = entry_; b; b = b->next)
    cleanBlock(b);

  // 6. Layout: offsets with EXTENDED_ARG sizes, until stable.
  auto units = [](const Instr &i) {
    if (i.op < HaveArgument && !isPseudo(i.op))
      return 1;
    return instructionUnits(uint32_t(i.arg));
  };
  for (int round = 0; round < 16; ++round) {
    int offset = 0;
    for (BasicBlock *b = entry_; b; b = b->next) {
      b->offset = offset;
      for (const Instr &i : b->instrs)
        offset += units(i);
    }
    bool changed = false;
    for (BasicBlock *b = entry_; b; b = b->next) {
      int at = b->offset;
      for (Instr &i : b->instrs) {
        int n = units(i);
        if (i.target) {
          int opcodeUnit = at + n - 1;
          int target = i.target->offset;
          bool forward = target > opcodeUnit;
          int arg = forward ? target - (opcodeUnit + 1) : (opcodeUnit + 1) - target;
          if (arg != i.arg) {
            i.arg = arg;
            changed = true;
          }
          (void)forward;
        }
        at += n;
      }
    }
    if (!changed)
      break;
  }

  // 7. Emit.
  code.code.clear();
  code.locations.clear();
  code.exceptionTable.clear();
  code.stacksize = maxDepth;
  BasicBlock *curHandler = nullptr;
  int rangeStart = 0;
  auto closeRange = [&](int end) {
    if (curHandler && end > rangeStart) {
      ExceptionTableEntry e;
      e.start = rangeStart;
      e.end = end;
      e.target = curHandler->offset;
      e.lasti = curHandler->preserveLasti;
      e.depth = curHandler->startDepth - 1 - (e.lasti ? 1 : 0);
      code.exceptionTable.push_back(e);
    }
  };
  for (BasicBlock *b = entry_; b; b = b->next) {
    for (const Instr &i : b->instrs) {
      int at = int(code.code.size() / 2);
      if (i.handler != curHandler) {
        closeRange(at);
        curHandler = i.handler;
        rangeStart = at;
      }
      Opcode op = Opcode(i.op);
      if (i.target) {
        int opcodeUnit = at + units(i) - 1;
        op = resolveJump(i.op, i.target->offset > opcodeUnit);
      }
      int n = units(i);
      if (i.op < HaveArgument && !isPseudo(i.op)) {
        code.code.push_back(uint8_t(op));
        code.code.push_back(0);
      } else {
        emitInstruction(code.code, op, uint32_t(i.arg));
      }
      for (int k = 0; k < n; ++k)
        code.locations.push_back(i.loc);
    }
  }
  closeRange(int(code.code.size() / 2));
  // Merge adjacent entries with the same handler.
  std::vector<ExceptionTableEntry> merged;
  for (const ExceptionTableEntry &e : code.exceptionTable) {
    if (!merged.empty() && merged.back().end == e.start && merged.back().target == e.target &&
        merged.back().depth == e.depth && merged.back().lasti == e.lasti)
      merged.back().end = e.end;
    else
      merged.push_back(e);
  }
  code.exceptionTable = std::move(merged);
}

} // namespace kiln::frontend
