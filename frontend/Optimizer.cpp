//===- Optimizer.cpp - CPython 3.11's control-flow-graph optimizations ---===//
//
// The passes CPython 3.11 runs on a code object's basic blocks before
// assembly, so that Kiln's bytecode is CPython's (minus inline caches):
// constant conditions, tuples of constants, `x is None` tests, jump
// threading, SWAP sequences, PUSH_NULL + LOAD_GLOBAL, copying small exit
// blocks into the blocks that jump to them, dead code and redundant jumps,
// and NOPs kept only where they carry a line number.
//
//===----------------------------------------------------------------------===//
#include "frontend/Assembler.h"

#include "frontend/AssemblerUtil.h"

#include <algorithm>

namespace kiln::frontend {

using namespace cfg;

namespace {

constexpr size_t kMaxCopySize = 4;

/// Python truth of a constant.
bool constantTruth(const Constant &c) {
  switch (c.kind) {
  case Constant::Kind::None:
  case Constant::Kind::False: return false;
  case Constant::Kind::True:
  case Constant::Kind::Ellipsis:
  case Constant::Kind::Code: return true;
  case Constant::Kind::Int: return c.intValue != 0;
  case Constant::Kind::Float: return c.real != 0.0;
  case Constant::Kind::Complex: return c.real != 0.0 || c.imag != 0.0;
  case Constant::Kind::Str:
  case Constant::Kind::Bytes: return !c.text.empty();
  case Constant::Kind::Tuple:
  case Constant::Kind::FrozenSet: return !c.items.empty();
  }
  return true;
}

BasicBlock *skipEmpty(BasicBlock *b) {
  while (b && b->instrs.empty())
    b = b->next;
  return b;
}

} // namespace

/// CPython's clean_basic_block.
void cfg::cleanBlock(BasicBlock *b) {
  std::vector<Instr> &in = b->instrs;
  size_t dest = 0;
  int prevLine = -1;
  for (size_t src = 0; src < in.size(); ++src) {
    int line = in[src].loc.line;
    if (in[src].op == int(Opcode::NOP)) {
      if (line < 0)
        continue;
      if (prevLine == line)
        continue;
      if (src + 1 < in.size()) {
        int nextLine = in[src + 1].loc.line;
        if (nextLine < 0 || nextLine == line) {
          in[src + 1].loc = in[src].loc;
          continue;
        }
      } else {
        BasicBlock *n = skipEmpty(b->next);
        if (n && n->instrs[0].loc.line == line)
          continue;
      }
    }
    if (dest != src)
      in[dest] = in[src];
    ++dest;
    prevLine = line;
  }
  in.resize(dest);
}

namespace {

/// Retargets \p inst to \p target's target when both are on one line.
bool jumpThread(Instr &inst, const Instr &target, int opcode) {
  if (inst.loc.line == target.loc.line && inst.target != target.target) {
    inst.target = target.target;
    inst.op = opcode;
    return true;
  }
  return false;
}

/// Rewrites a run of SWAPs (and NOPs) as the fewest SWAPs with the same
/// permutation (CPython's swaptimize).
void swaptimize(std::vector<Instr> &in, size_t &ix) {
  size_t limit = in.size() - ix;
  int depth = in[ix].arg;
  size_t len = 0;
  bool more = false;
  while (++len < limit) {
    int op = in[ix + len].op;
    if (op == int(Opcode::SWAP)) {
      depth = std::max(depth, in[ix + len].arg);
      more = true;
    } else if (op != int(Opcode::NOP)) {
      break;
    }
  }
  if (!more)
    return;
  constexpr int kVisited = -1;
  std::vector<int> stack(static_cast<size_t>(depth));
  for (int i = 0; i < depth; ++i)
    stack[size_t(i)] = i;
  for (size_t i = 0; i < len; ++i) {
    if (in[ix + i].op == int(Opcode::SWAP)) {
      int oparg = in[ix + i].arg;
      std::swap(stack[0], stack[size_t(oparg - 1)]);
    }
  }
  long current = long(len) - 1;
  for (int i = 0; i < depth; ++i) {
    if (stack[size_t(i)] == kVisited || stack[size_t(i)] == i)
      continue;
    int j = i;
    for (;;) {
      if (j) {
        in[ix + size_t(current)].op = int(Opcode::SWAP);
        in[ix + size_t(current)].arg = j + 1;
        --current;
      }
      if (stack[size_t(j)] == kVisited)
        break;
      int nextJ = stack[size_t(j)];
      stack[size_t(j)] = kVisited;
      j = nextJ;
    }
  }
  while (current >= 0) {
    in[ix + size_t(current)].op = int(Opcode::NOP);
    --current;
  }
  ix += len - 1;
}

bool swappable(int op) { return op == int(Opcode::STORE_FAST) || op == int(Opcode::POP_TOP); }

long nextSwappable(const std::vector<Instr> &in, long i, int line) {
  while (++i < long(in.size())) {
    const Instr &x = in[size_t(i)];
    if (line >= 0 && x.loc.line != line)
      return -1; // would change names bound between line events
    if (x.op == int(Opcode::NOP))
      continue;
    if (swappable(x.op))
      return i;
    return -1;
  }
  return -1;
}

/// Turns SWAP n; STORE_FAST a; STORE_FAST b into the stores reordered
/// (CPython's apply_static_swaps).
void applyStaticSwaps(std::vector<Instr> &in, long i) {
  for (; i >= 0; --i) {
    Instr &swap = in[size_t(i)];
    if (swap.op != int(Opcode::SWAP)) {
      if (swap.op == int(Opcode::NOP) || swappable(swap.op))
        continue;
      return;
    }
    long j = nextSwappable(in, i, -1);
    if (j < 0)
      return;
    long k = j;
    int line = in[size_t(j)].loc.line;
    for (int count = swap.arg - 1; count > 0; --count) {
      k = nextSwappable(in, k, line);
      if (k < 0)
        return;
    }
    swap.op = int(Opcode::NOP);
    std::swap(in[size_t(j)], in[size_t(k)]);
  }
}

} // namespace

void Assembler::optimizeBlock(BasicBlock *bb, const std::vector<ConstantRef> &constsIn,
                              const std::function<int(ConstantRef)> &addConst) {
  std::vector<Instr> &in = bb->instrs;
  // Constants are looked up through the unit's list, which folding may grow.
  const std::vector<ConstantRef> &consts = constsIn;
  Instr nop;
  nop.op = int(Opcode::NOP);
  for (size_t i = 0; i < in.size(); ++i) {
    Instr &inst = in[i];
    int oparg = inst.arg;
    int nextop = i + 1 < in.size() ? in[i + 1].op : 0;
    const Instr *target = &nop;
    if (inst.target) {
      inst.target = skipEmpty(inst.target);
      if (inst.target)
        target = &inst.target->instrs[0];
    }
    switch (inst.op) {
    case int(Opcode::LOAD_CONST): {
      const Constant &cnt = *consts[size_t(oparg)];
      switch (nextop) {
      case POP_JUMP_IF_FALSE:
      case POP_JUMP_IF_TRUE: {
        bool isTrue = constantTruth(cnt);
        inst.op = int(Opcode::NOP);
        bool jumpIfTrue = nextop == POP_JUMP_IF_TRUE;
        if (isTrue == jumpIfTrue) {
          in[i + 1].op = JUMP;
        } else {
          in[i + 1].op = int(Opcode::NOP);
          in[i + 1].target = nullptr;
        }
        break;
      }
      case int(Opcode::JUMP_IF_FALSE_OR_POP):
      case int(Opcode::JUMP_IF_TRUE_OR_POP): {
        bool isTrue = constantTruth(cnt);
        bool jumpIfTrue = nextop == int(Opcode::JUMP_IF_TRUE_OR_POP);
        if (isTrue == jumpIfTrue) {
          in[i + 1].op = JUMP;
        } else {
          inst.op = int(Opcode::NOP);
          in[i + 1].op = int(Opcode::NOP);
          in[i + 1].target = nullptr;
        }
        break;
      }
      case int(Opcode::IS_OP): {
        int jumpOp = i + 2 < in.size() ? in[i + 2].op : 0;
        if (cnt.kind == Constant::Kind::None &&
            (jumpOp == POP_JUMP_IF_FALSE || jumpOp == POP_JUMP_IF_TRUE)) {
          int nextarg = in[i + 1].arg;
          inst.op = int(Opcode::NOP);
          in[i + 1].op = int(Opcode::NOP);
          in[i + 2].op = (nextarg ^ (jumpOp == POP_JUMP_IF_FALSE)) ? POP_JUMP_IF_NOT_NONE
                                                                    : POP_JUMP_IF_NONE;
        }
        break;
      }
      default: break;
      }
      break;
    }
    case int(Opcode::BUILD_TUPLE):
      if (nextop == int(Opcode::UNPACK_SEQUENCE) && oparg == in[i + 1].arg) {
        if (oparg == 1) {
          inst.op = int(Opcode::NOP);
          in[i + 1].op = int(Opcode::NOP);
          continue;
        }
        if (oparg == 2 || oparg == 3) {
          inst.op = int(Opcode::NOP);
          in[i + 1].op = int(Opcode::SWAP);
          continue;
        }
      }
      if (i >= size_t(oparg)) {
        // A tuple of constants is itself a constant.
        bool allConst = true;
        for (int k = 0; k < oparg; ++k)
          allConst &= in[i - size_t(oparg) + size_t(k)].op == int(Opcode::LOAD_CONST);
        if (allConst) {
          std::vector<ConstantRef> items;
          for (int k = 0; k < oparg; ++k)
            items.push_back(consts[size_t(in[i - size_t(oparg) + size_t(k)].arg)]);
          int index = addConst(Constant::tuple(std::move(items)));
          for (int k = 0; k < oparg; ++k)
            in[i - size_t(oparg) + size_t(k)].op = int(Opcode::NOP);
          inst.op = int(Opcode::LOAD_CONST);
          inst.arg = index;
        }
      }
      break;
    case int(Opcode::JUMP_IF_FALSE_OR_POP):
    case int(Opcode::JUMP_IF_TRUE_OR_POP): {
      bool isFalse = inst.op == int(Opcode::JUMP_IF_FALSE_OR_POP);
      int same = isFalse ? POP_JUMP_IF_FALSE : POP_JUMP_IF_TRUE;
      int sameOrPop = inst.op;
      int opposite = isFalse ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE;
      int oppositeOrPop =
          isFalse ? int(Opcode::JUMP_IF_TRUE_OR_POP) : int(Opcode::JUMP_IF_FALSE_OR_POP);
      if (target->op == same) {
        if (jumpThread(inst, *target, same))
          --i;
      } else if (target->op == JUMP || target->op == sameOrPop) {
        if (jumpThread(inst, *target, sameOrPop))
          --i;
      } else if (target->op == oppositeOrPop || target->op == opposite) {
        if (inst.loc.line == target->loc.line) {
          inst.op = same;
          inst.target = inst.target->next;
          --i;
        }
      }
      break;
    }
    case POP_JUMP_IF_NOT_NONE:
    case POP_JUMP_IF_NONE:
    case POP_JUMP_IF_FALSE:
    case POP_JUMP_IF_TRUE:
    case JUMP:
      if (target->op == JUMP && jumpThread(inst, *target, inst.op))
        --i;
      break;
    case int(Opcode::SWAP):
      if (oparg == 1) {
        inst.op = int(Opcode::NOP);
        break;
      }
      swaptimize(in, i);
      applyStaticSwaps(in, long(i));
      break;
    case int(Opcode::PUSH_NULL):
      if (nextop == int(Opcode::LOAD_GLOBAL)) {
        inst.op = int(Opcode::NOP);
        inst.arg = 0;
        in[i + 1].arg |= 1;
      }
      break;
    default: break;
    }
  }
}

// A jump to a small exit block without line numbers gets a copy of it.
void Assembler::extendBlock(BasicBlock *bb) {
  if (bb->instrs.empty())
    return;
  Instr &last = bb->instrs.back();
  if (last.op != JUMP)
    return;
  BasicBlock *t = last.target;
  if (isExitWithoutLineno(t) && t->instrs.size() <= kMaxCopySize) {
    last.op = int(Opcode::NOP);
    last.target = nullptr;
    std::vector<Instr> copy = t->instrs;
    bb->instrs.insert(bb->instrs.end(), copy.begin(), copy.end());
  }
}

void Assembler::markReachable() {
  for (BasicBlock *b = entry_; b; b = b->next)
    b->predecessors = 0;
  std::vector<BasicBlock *> work{entry_};
  entry_->predecessors = 1;
  while (!work.empty()) {
    BasicBlock *b = work.back();
    work.pop_back();
    if (hasFallthrough(b) && b->next) {
      if (b->next->predecessors == 0)
        work.push_back(b->next);
      b->next->predecessors++;
    }
    for (const Instr &i : b->instrs) {
      if (i.target) {
        if (i.target->predecessors == 0)
          work.push_back(i.target);
        i.target->predecessors++;
      }
    }
  }
}

void Assembler::eliminateEmptyBlocks() {
  // Unlink empty blocks from the layout, then retarget jumps past them.
  BasicBlock *b = entry_;
  while (b && b->next) {
    if (b->next->instrs.empty() && b->next != entry_) {
      BasicBlock *empty = b->next;
      b->next = empty->next;
      // Keep the empty block pointing forward so jumps to it can be redirected.
      empty->next = b->next;
      continue;
    }
    b = b->next;
  }
  for (BasicBlock *x = entry_; x; x = x->next)
    for (Instr &i : x->instrs)
      if (i.target)
        i.target = skipEmpty(i.target);
}

void Assembler::optimize(const std::vector<ConstantRef> &consts,
                         const std::function<int(ConstantRef)> &addConst) {
  // Nothing follows a jump or an exit within a block.
  for (BasicBlock *b = entry_; b; b = b->next) {
    for (size_t k = 0; k < b->instrs.size(); ++k) {
      if (endsFlow(b->instrs[k])) {
        b->instrs.resize(k + 1);
        break;
      }
    }
  }
  for (BasicBlock *b = entry_; b; b = b->next)
    extendBlock(b);
  for (BasicBlock *b = entry_; b; b = b->next) {
    optimizeBlock(b, consts, addConst);
    cleanBlock(b);
  }
  for (BasicBlock *b = entry_; b; b = b->next)
    extendBlock(b);
  markReachable();
  for (BasicBlock *b = entry_; b; b = b->next)
    if (b->predecessors == 0)
      b->instrs.clear();
  eliminateEmptyBlocks();
  for (BasicBlock *b = entry_; b; b = b->next)
    cleanBlock(b);
  // A jump to the very next block does nothing.
  bool maybeEmpty = false;
  for (BasicBlock *b = entry_; b; b = b->next) {
    if (b->instrs.empty())
      continue;
    Instr &last = b->instrs.back();
    if ((last.op == JUMP || last.op == JUMP_NO_INTERRUPT) && last.target == b->next) {
      last.op = int(Opcode::NOP);
      last.target = nullptr;
      maybeEmpty = true;
    }
  }
  if (maybeEmpty)
    eliminateEmptyBlocks();
}

// An exit block without line numbers reached by several jumps is copied for
// each, so that each copy can take the line of its jump.
void Assembler::duplicateExitsWithoutLineno() {
  markReachable();
  // CPython visits the blocks newest first; the copies' order follows.
  std::vector<BasicBlock *> created;
  for (auto &owned : blocks_)
    created.push_back(owned.get());
  for (auto it = created.rbegin(); it != created.rend(); ++it) {
    BasicBlock *b = *it;
    if (b->instrs.empty() || !isJumpOp(b->instrs.back().op) || b->predecessors == 0)
      continue;
    Instr &jump = b->instrs.back();
    BasicBlock *t = jump.target;
    if (isExitWithoutLineno(t) && t->predecessors > 1) {
      BasicBlock *copy = newBlock();
      copy->instrs = t->instrs;
      copy->instrs[0].loc = jump.loc;
      jump.target = copy;
      t->predecessors--;
      copy->predecessors = 1;
      copy->next = t->next;
      t->next = copy;
    }
  }
  for (BasicBlock *b = entry_; b; b = b->next) {
    if (hasFallthrough(b) && b->next && !b->instrs.empty() && isExitWithoutLineno(b->next))
      b->next->instrs[0].loc = b->instrs.back().loc;
  }
}

// Artificial instructions take the location of the instruction before them;
// a block with one predecessor starts at its predecessor's location.
void Assembler::propagateLineNumbers() {
  markReachable();
  for (BasicBlock *b = entry_; b; b = b->next) {
    if (b->instrs.empty())
      continue;
    Location prev{-1, -1, -1, -1};
    for (Instr &i : b->instrs) {
      if (i.loc.line < 0)
        i.loc = prev;
      else
        prev = i.loc;
    }
    if (hasFallthrough(b) && b->next && b->next->predecessors == 1 && !b->next->instrs.empty() &&
        b->next->instrs[0].loc.line < 0)
      b->next->instrs[0].loc = prev;
    const Instr &last = b->instrs.back();
    if (isJumpOp(last.op) && last.target->predecessors == 1 && !last.target->instrs.empty() &&
        last.target->instrs[0].loc.line < 0)
      last.target->instrs[0].loc = prev;
  }
}

// Every return gets some line number.
void Assembler::guaranteeLinenoForExits(int firstLine) {
  int line = firstLine;
  for (BasicBlock *b = entry_; b; b = b->next) {
    if (b->instrs.empty())
      continue;
    Instr &last = b->instrs.back();
    if (last.loc.line < 0) {
      if (last.op == int(Opcode::RETURN_VALUE))
        for (Instr &i : b->instrs)
          i.loc.line = line;
    } else {
      line = last.loc.line;
    }
  }
}

} // namespace kiln::frontend
