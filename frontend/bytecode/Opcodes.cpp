//===- Opcodes.cpp - Opcode properties expanded from Opcodes.def ---------===//
#include "frontend/bytecode/Opcodes.h"

#include <array>

namespace kiln::frontend {

namespace {

/// The number of extra MAKE_FUNCTION operands (one per flag bit).
constexpr int popcount4(int oparg) {
  return (oparg & 1) + ((oparg >> 1) & 1) + ((oparg >> 2) & 1) + ((oparg >> 3) & 1);
}

// The table's own consistency rules: an argument exactly from
// HaveArgument on (as CPython), and an argument kind exactly then.
#define OPCODE(Name, Number, HasArg, Kind, Pops, Pushes, Flags)                 \
  static_assert((Number) >= 0 && (Number) < 256, #Name ": one byte");           \
  static_assert(((HasArg) != 0) == ((Number) >= HaveArgument),                  \
                #Name ": HasArg must match CPython's HAVE_ARGUMENT");            \
  static_assert(((HasArg) != 0) == (ArgKind::Kind != ArgKind::None),            \
                #Name ": argument kind must be None exactly without argument");
#include "frontend/bytecode/Opcodes.def"

struct OpcodeInfo {
  const char *name = nullptr; ///< nullptr: not an opcode
  bool hasArg = false;
  ArgKind kind = ArgKind::None;
  uint8_t flags = 0;
};

constexpr std::array<OpcodeInfo, 256> buildInfo() {
  std::array<OpcodeInfo, 256> info{};
#define OPCODE(Name, Number, HasArg, Kind, Pops, Pushes, Flags)                 \
  info[Number] = OpcodeInfo{#Name, (HasArg) != 0, ArgKind::Kind, uint8_t(OpcodeFlag::Flags)};
#include "frontend/bytecode/Opcodes.def"
  return info;
}

constexpr std::array<OpcodeInfo, 256> Info = buildInfo();

const OpcodeInfo &info(Opcode op) { return Info[uint8_t(op)]; }

constexpr const char *BinaryOpSymbols[NB_COUNT] = {
    "+",  "&",  "//",  "<<",  "@",  "*",  "%",  "|",  "**",  ">>",  "-",  "/",  "^",
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
};

constexpr const char *CompareOpSymbols[CMP_COUNT] = {"<", "<=", "==", "!=", ">", ">="};

} // namespace

bool isValidOpcode(uint8_t byte) { return Info[byte].name != nullptr; }

const char *opcodeName(Opcode op) {
  const char *name = info(op).name;
  return name ? name : "<invalid>";
}

std::optional<Opcode> opcodeFromName(std::string_view name) {
  for (Opcode op : AllOpcodes)
    if (name == info(op).name)
      return op;
  return std::nullopt;
}

bool hasArg(Opcode op) { return info(op).hasArg; }
ArgKind argKind(Opcode op) { return info(op).kind; }

bool isJump(Opcode op) {
  ArgKind kind = argKind(op);
  return kind == ArgKind::JumpForward || kind == ArgKind::JumpBackward;
}

bool isBackwardJump(Opcode op) { return argKind(op) == ArgKind::JumpBackward; }

bool isUnconditionalJump(Opcode op) { return isJump(op) && isTerminator(op); }

bool isTerminator(Opcode op) { return (info(op).flags & uint8_t(OpcodeFlag::Terminator)) != 0; }

int jumpTarget(Opcode op, int offset, int arg) {
  return isBackwardJump(op) ? offset + 2 - 2 * arg : offset + 2 + 2 * arg;
}

int jumpArg(Opcode op, int offset, int target) {
  int delta = target - (offset + 2);
  return (isBackwardJump(op) ? -delta : delta) / 2;
}

int stackPops(Opcode op, int oparg, bool jump) {
  switch (op) {
#define OPCODE(Name, Number, HasArg, Kind, Pops, Pushes, Flags)                 \
  case Opcode::Name:                                                            \
    return (Pops);
#include "frontend/bytecode/Opcodes.def"
  }
  return 0;
}

int stackPushes(Opcode op, int oparg, bool jump) {
  switch (op) {
#define OPCODE(Name, Number, HasArg, Kind, Pops, Pushes, Flags)                 \
  case Opcode::Name:                                                            \
    return (Pushes);
#include "frontend/bytecode/Opcodes.def"
  }
  return 0;
}

int stackEffect(Opcode op, int oparg, bool jump) {
  return stackPushes(op, oparg, jump) - stackPops(op, oparg, jump);
}

int stackEffectMax(Opcode op, int oparg) {
  int taken = stackEffect(op, oparg, true);
  int notTaken = stackEffect(op, oparg, false);
  return taken > notTaken ? taken : notTaken;
}

const char *binaryOpSymbol(int arg) {
  return arg >= 0 && arg < NB_COUNT ? BinaryOpSymbols[arg] : nullptr;
}

const char *compareOpSymbol(int arg) {
  return arg >= 0 && arg < CMP_COUNT ? CompareOpSymbols[arg] : nullptr;
}

int instructionUnits(uint32_t arg) {
  if (arg > 0xFFFFFF)
    return 4;
  if (arg > 0xFFFF)
    return 3;
  if (arg > 0xFF)
    return 2;
  return 1;
}

void emitInstruction(std::vector<uint8_t> &code, Opcode op, uint32_t arg) {
  for (int shift = 8 * (instructionUnits(arg) - 1); shift > 0; shift -= 8) {
    code.push_back(uint8_t(Opcode::EXTENDED_ARG));
    code.push_back(uint8_t(arg >> shift));
  }
  code.push_back(uint8_t(op));
  code.push_back(uint8_t(arg));
}

std::vector<std::string> localsPlusNames(const std::vector<std::string> &varnames,
                                         const std::vector<std::string> &cellvars,
                                         const std::vector<std::string> &freevars) {
  std::vector<std::string> names = varnames;
  for (const std::string &cell : cellvars) {
    bool isParamCell = false;
    for (const std::string &var : varnames)
      if (var == cell) {
        isParamCell = true;
        break;
      }
    if (!isParamCell)
      names.push_back(cell);
  }
  names.insert(names.end(), freevars.begin(), freevars.end());
  return names;
}

InstructionIterator::InstructionIterator(std::span<const uint8_t> code, size_t pos)
    : code(code), pos(pos) {
  decode();
}

InstructionIterator &InstructionIterator::operator++() {
  pos = nextPos;
  decode();
  return *this;
}

void InstructionIterator::decode() {
  size_t end = code.size() & ~size_t(1);
  if (pos >= end) {
    pos = nextPos = end;
    return;
  }
  uint32_t arg = 0;
  size_t at = pos;
  current.start = int(pos);
  // Fold EXTENDED_ARG prefixes; the last unit is the instruction itself
  // (or a dangling EXTENDED_ARG at the very end).
  while (code[at] == uint8_t(Opcode::EXTENDED_ARG) && at + 2 < end) {
    arg = (arg | code[at + 1]) << 8;
    at += 2;
  }
  current.offset = int(at);
  current.opcodeByte = code[at];
  bool takesArg = current.opcodeByte >= HaveArgument;
  current.arg = takesArg ? int(arg | code[at + 1]) : 0;
  nextPos = at + 2;
}

} // namespace kiln::frontend
