//===- Opcodes.h - Kiln's bytecode opcodes and instruction decoding ------===//
///
/// Kiln's co_code is CPython 3.11 wordcode without inline caches: each code
/// unit is two bytes, an opcode and an argument byte. Arguments wider than a
/// byte are spelled with EXTENDED_ARG prefixes, most significant byte first
/// (`EXTENDED_ARG 1; LOAD_CONST 2` loads consts[0x102]). Opcode names,
/// numbers and argument meanings are CPython 3.11's; all of them come from
/// the table in Opcodes.def.
///
/// Argument conventions the compiler must follow (ArgKind says which one an
/// opcode uses):
///  - Jumps are relative and counted in code units from the unit after the
///    jump's opcode unit: a forward jump at byte offset O with argument A
///    goes to O + 2 + 2*A, a backward one to O + 2 - 2*A. O is the offset of
///    the opcode itself, not of its EXTENDED_ARG prefixes, so a backward jump
///    whose argument grows a prefix moves its own start, not its target.
///  - LOAD_GLOBAL's argument is `namei << 1 | pushNull`: with the low bit set
///    it pushes NULL before the global (for a following PRECALL/CALL).
///  - LOAD_ATTR, LOAD_METHOD, the *_NAME, *_GLOBAL and *_ATTR stores and
///    deletes, IMPORT_NAME and IMPORT_FROM index co_names directly.
///  - *_FAST ops index the "localsplus" array; since co_varnames comes first
///    in it, that is the co_varnames index.
///  - MAKE_CELL, LOAD_CLOSURE, LOAD_DEREF, STORE_DEREF, DELETE_DEREF and
///    LOAD_CLASSDEREF also index localsplus: first co_varnames, then the
///    co_cellvars that are not also in co_varnames (a parameter captured by
///    an inner function keeps its varnames slot), then co_freevars. See
///    localsPlusNames().
///
//===----------------------------------------------------------------------===//
#pragma once

#include <cstdint>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kiln::frontend {

/// What an opcode's argument means; decides how dis prints it.
enum class ArgKind : uint8_t {
  None,         ///< no argument (opcode < HaveArgument)
  Int,          ///< a plain number (count, depth, flags); no argrepr
  Const,        ///< co_consts index; argrepr is repr(const)
  KwNames,      ///< co_consts index of a tuple of names; 3.11 dis prints no argrepr
  Name,         ///< co_names index
  GlobalName,   ///< co_names index << 1 | push-NULL bit
  Local,        ///< localsplus index of a plain local (== co_varnames index)
  Free,         ///< localsplus index of a cell or free variable
  JumpForward,  ///< relative forward jump in code units
  JumpBackward, ///< relative backward jump in code units
  Compare,      ///< CompareOp
  Invert,       ///< IS_OP / CONTAINS_OP: 1 negates (`is not`, `not in`)
  BinaryOp,     ///< NbOp
  FormatValue,  ///< FormatValueFlags
  MakeFunction, ///< MakeFunctionFlags
};

/// Extra properties of an opcode (the Flags column of Opcodes.def).
enum class OpcodeFlag : uint8_t {
  NoFlags = 0,
  Terminator = 1, ///< control never falls through to the next instruction
};

/// The opcodes, numbered as CPython 3.11 numbers them.
enum class Opcode : uint8_t {
#define OPCODE(Name, Number, HasArg, Kind, Pops, Pushes, Flags) Name = Number,
#include "frontend/bytecode/Opcodes.def"
};

/// Opcodes below this number take no argument (CPython's HAVE_ARGUMENT).
inline constexpr int HaveArgument = 90;

/// Every opcode of the table, in table (numeric) order.
inline constexpr Opcode AllOpcodes[] = {
#define OPCODE(Name, Number, HasArg, Kind, Pops, Pushes, Flags) Opcode::Name,
#include "frontend/bytecode/Opcodes.def"
};
/// The number of opcodes in the table.
inline constexpr int NumOpcodes = int(sizeof(AllOpcodes) / sizeof(AllOpcodes[0]));

/// BINARY_OP arguments (CPython's NB_* numbering).
enum NbOp : int {
  NB_ADD, NB_AND, NB_FLOOR_DIVIDE, NB_LSHIFT, NB_MATRIX_MULTIPLY,
  NB_MULTIPLY, NB_REMAINDER, NB_OR, NB_POWER, NB_RSHIFT, NB_SUBTRACT,
  NB_TRUE_DIVIDE, NB_XOR,
  NB_INPLACE_ADD, NB_INPLACE_AND, NB_INPLACE_FLOOR_DIVIDE,
  NB_INPLACE_LSHIFT, NB_INPLACE_MATRIX_MULTIPLY, NB_INPLACE_MULTIPLY,
  NB_INPLACE_REMAINDER, NB_INPLACE_OR, NB_INPLACE_POWER, NB_INPLACE_RSHIFT,
  NB_INPLACE_SUBTRACT, NB_INPLACE_TRUE_DIVIDE, NB_INPLACE_XOR,
  NB_COUNT,
};

/// COMPARE_OP arguments (CPython's cmp_op order).
enum CompareOp : int { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE, CMP_COUNT };

/// FORMAT_VALUE argument bits: a conversion in the low two bits, plus
/// FVS_HAVE_SPEC when a format spec is on the stack above the value.
enum FormatValueFlags : int {
  FVC_NONE = 0, FVC_STR = 1, FVC_REPR = 2, FVC_ASCII = 3,
  FVC_MASK = 3, FVS_HAVE_SPEC = 4,
};

/// MAKE_FUNCTION argument bits; the extra operands sit below the code
/// object in this order (defaults deepest).
enum MakeFunctionFlags : int {
  MF_DEFAULTS = 1, MF_KWDEFAULTS = 2, MF_ANNOTATIONS = 4, MF_CLOSURE = 8,
};

/// RESUME arguments.
enum ResumeKind : int {
  RESUME_START = 0, RESUME_AFTER_YIELD = 1, RESUME_AFTER_YIELD_FROM = 2,
  RESUME_AFTER_AWAIT = 3,
};

/// True when \p byte is the number of an opcode of the table.
bool isValidOpcode(uint8_t byte);
/// The opcode's CPython name ("LOAD_CONST"); "<invalid>" for a byte that is
/// not an opcode of the table (check isValidOpcode first).
const char *opcodeName(Opcode op);
/// The opcode called \p name, if any.
std::optional<Opcode> opcodeFromName(std::string_view name);
/// True when the opcode reads its argument (number >= HaveArgument).
bool hasArg(Opcode op);
ArgKind argKind(Opcode op);
/// True for the relative jumps (forward and backward), FOR_ITER and SEND
/// included.
bool isJump(Opcode op);
bool isBackwardJump(Opcode op);
/// True for JUMP_FORWARD, JUMP_BACKWARD and JUMP_BACKWARD_NO_INTERRUPT.
bool isUnconditionalJump(Opcode op);
/// True when control never falls through (unconditional jumps, returns,
/// raises).
bool isTerminator(Opcode op);

/// The byte offset a jump at byte offset \p offset (of its opcode unit) with
/// argument \p arg goes to.
int jumpTarget(Opcode op, int offset, int arg);
/// The argument a jump at byte offset \p offset needs to reach byte offset
/// \p target (negative when the direction is wrong).
int jumpArg(Opcode op, int offset, int target);

/// Stack items removed, then added, by one execution (see Opcodes.def);
/// \p jump selects the branch edge of a conditional jump.
int stackPops(Opcode op, int oparg, bool jump);
int stackPushes(Opcode op, int oparg, bool jump);
/// The net stack effect, as CPython's dis.stack_effect(op, oparg, jump=jump).
int stackEffect(Opcode op, int oparg, bool jump);
/// The larger of both edges' effects, as dis.stack_effect(op, oparg).
int stackEffectMax(Opcode op, int oparg);

/// BINARY_OP's operator text (`+`, `+=`, ...), or nullptr when out of range.
const char *binaryOpSymbol(int arg);
/// COMPARE_OP's operator text (`<`, ...), or nullptr when out of range.
const char *compareOpSymbol(int arg);

/// The number of code units an instruction with argument \p arg occupies,
/// its EXTENDED_ARG prefixes included (1 to 4).
int instructionUnits(uint32_t arg);
/// Appends \p op with argument \p arg to \p code, preceded by as many
/// EXTENDED_ARG prefixes as the argument needs.
void emitInstruction(std::vector<uint8_t> &code, Opcode op, uint32_t arg);

/// The names localsplus indices refer to: co_varnames, then the co_cellvars
/// not in co_varnames, then co_freevars.
std::vector<std::string> localsPlusNames(const std::vector<std::string> &varnames,
                                         const std::vector<std::string> &cellvars,
                                         const std::vector<std::string> &freevars);

/// One decoded instruction, its EXTENDED_ARG prefixes folded into \p arg.
struct Instruction {
  int start = 0;  ///< byte offset of the first prefix (== offset without)
  int offset = 0; ///< byte offset of the opcode unit
  uint8_t opcodeByte = 0;
  int arg = 0;    ///< folded argument (0 for opcodes without one)

  bool isValid() const { return isValidOpcode(opcodeByte); }
  Opcode op() const { return Opcode(opcodeByte); }
  int next() const { return offset + 2; } ///< byte offset of the next one
  int units() const { return (offset - start) / 2 + 1; }
};

/// Forward iteration over the instructions of a co_code. A trailing
/// EXTENDED_ARG with nothing after it comes out as an instruction of its
/// own; an odd trailing byte is ignored.
class InstructionIterator {
public:
  using iterator_category = std::forward_iterator_tag;
  using value_type = Instruction;
  using difference_type = std::ptrdiff_t;
  using pointer = const Instruction *;
  using reference = const Instruction &;

  InstructionIterator() = default;
  InstructionIterator(std::span<const uint8_t> code, size_t pos);

  reference operator*() const { return current; }
  pointer operator->() const { return &current; }
  InstructionIterator &operator++();
  InstructionIterator operator++(int) {
    InstructionIterator old = *this;
    ++*this;
    return old;
  }
  bool operator==(const InstructionIterator &o) const { return pos == o.pos; }
  bool operator!=(const InstructionIterator &o) const { return pos != o.pos; }

private:
  void decode();
  std::span<const uint8_t> code;
  size_t pos = 0;     ///< byte offset of current.start; code end when done
  size_t nextPos = 0; ///< byte offset after current
  Instruction current;
};

/// `for (const Instruction &I : instructions(code.code))`.
class InstructionRange {
public:
  explicit InstructionRange(std::span<const uint8_t> code) : code(code) {}
  InstructionIterator begin() const { return {code, 0}; }
  InstructionIterator end() const { return {code, code.size() & ~size_t(1)}; }

private:
  std::span<const uint8_t> code;
};

inline InstructionRange instructions(std::span<const uint8_t> code) {
  return InstructionRange(code);
}

} // namespace kiln::frontend
