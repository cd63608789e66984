//===- Disassembler.cpp - dis.dis-style listings of code objects ---------===//
//
// Column rules (those of CPython 3.11's dis):
//   line    right-aligned in 3 columns, or in as many as the largest line
//           number has digits when that is 1000 or more; the column is left
//           out when no instruction has a line. Only the first instruction
//           of a new line shows it; a line equal to the last one shown (lines
//           of instructions without one are skipped) is not new.
//   marker  three spaces (dis's "current instruction" arrow, never shown)
//   target  ">>" when a jump or an exception handler goes here, else "  "
//   offset  right-aligned in 4 columns, or more when the last offset has
//           five digits or more
//   opname  left-aligned in 20 columns
//   arg     right-aligned in 5 columns, then "(argrepr)" when not empty
// Fields are joined by one space and trailing spaces removed.
//
//===----------------------------------------------------------------------===//
#include "frontend/bytecode/Disassembler.h"

#include "frontend/bytecode/Opcodes.h"
#include "frontend/bytecode/Serializer.h"

#include <algorithm>
#include <map>
#include <set>

namespace kiln::frontend {

namespace {

constexpr size_t OpnameWidth = 20;
constexpr size_t OpargWidth = 5;

std::string padLeft(std::string text, size_t width) {
  if (text.size() < width)
    text.insert(0, width - text.size(), ' ');
  return text;
}

std::string padRight(std::string text, size_t width) {
  if (text.size() < width)
    text.append(width - text.size(), ' ');
  return text;
}

/// One code unit as dis sees it: every unit is an instruction, EXTENDED_ARG
/// included, and carries the argument folded so far.
struct Unit {
  int offset;
  uint8_t op;
  bool hasArg;
  int arg;
};

/// dis's unpacking: the folded argument wraps like a C int (dis itself
/// would print arguments of more than three prefixes unwrapped).
std::vector<Unit> unpack(const std::vector<uint8_t> &code) {
  std::vector<Unit> units;
  int64_t extended = 0;
  for (size_t i = 0; i + 1 < code.size(); i += 2) {
    Unit u{int(i), code[i], code[i] >= HaveArgument, 0};
    if (u.hasArg) {
      int64_t arg = int64_t(code[i + 1]) | extended;
      u.arg = int(int32_t(uint32_t(uint64_t(arg))));
      extended = code[i] == uint8_t(Opcode::EXTENDED_ARG) ? int64_t(u.arg) * 256 : 0;
      if (extended >= (int64_t(1) << 31))
        extended -= int64_t(1) << 32;
      else if (extended < -(int64_t(1) << 31))
        extended += int64_t(1) << 32;
    } else {
      extended = 0;
    }
    units.push_back(u);
  }
  return units;
}

const std::string *lookup(const std::vector<std::string> &list, int index) {
  return index >= 0 && size_t(index) < list.size() ? &list[size_t(index)] : nullptr;
}

/// jumpTarget in 64 bits: dis computes with Python ints, and a corrupt
/// argument must not overflow.
long long jumpTarget64(Opcode op, int offset, int arg) {
  return isBackwardJump(op) ? offset + 2 - 2LL * arg : offset + 2 + 2LL * arg;
}

std::string opname(uint8_t op) {
  if (isValidOpcode(op))
    return opcodeName(Opcode(op));
  std::string name = "<";
  name += std::to_string(op);
  name += '>';
  return name;
}

/// Offsets of the first instruction of each new source line.
std::map<int, int> lineStarts(const CodeObject &code) {
  std::vector<Location> locations;
  if (!decodeLineTable(code.lineTable(), code.firstlineno, locations, nullptr))
    locations = code.locations;
  std::map<int, int> starts;
  bool haveLast = false;
  int last = 0;
  size_t units = code.code.size() / 2;
  for (size_t u = 0; u < units && u < locations.size(); ++u) {
    int line = locations[u].line;
    if (line < 0 || (haveLast && line == last))
      continue;
    starts[int(u * 2)] = line;
    last = line;
    haveLast = true;
  }
  return starts;
}

/// The exception table as dis reads it: decoded from co_exceptiontable.
std::vector<ExceptionTableEntry> exceptionEntries(const CodeObject &code) {
  std::vector<ExceptionTableEntry> entries;
  if (!decodeExceptionTable(code.exceptionTableBytes(), entries, nullptr))
    entries = code.exceptionTable;
  return entries;
}

void printExceptionTable(const std::vector<ExceptionTableEntry> &entries, std::ostream &os) {
  if (entries.empty())
    return;
  os << "ExceptionTable:\n";
  for (const ExceptionTableEntry &e : entries) {
    os << "  " << e.start * 2LL << " to " << e.end * 2LL - 2 << " -> " << e.target * 2LL
       << " [" << e.depth << "]" << (e.lasti ? " lasti" : "") << "\n";
  }
}

/// argRepr with the localsplus names computed once per code object.
std::string argReprWith(const CodeObject &code, const std::vector<std::string> &localsPlus,
                        int offset, uint8_t opcode, int arg) {
  if (!isValidOpcode(opcode))
    return "";
  Opcode op = Opcode(opcode);
  switch (argKind(op)) {
  case ArgKind::None:
  case ArgKind::Int:
  case ArgKind::KwNames:
  case ArgKind::Invert:
    return "";
  case ArgKind::Const:
    if (arg >= 0 && size_t(arg) < code.consts.size() && code.consts[size_t(arg)])
      return code.consts[size_t(arg)]->repr();
    return "";
  case ArgKind::Name: {
    const std::string *name = lookup(code.names, arg);
    return name ? *name : "";
  }
  case ArgKind::GlobalName: {
    const std::string *name = lookup(code.names, arg >> 1);
    if (!name || name->empty())
      return "";
    return (arg & 1) ? "NULL + " + *name : *name;
  }
  case ArgKind::Local:
  case ArgKind::Free: {
    const std::string *name = lookup(localsPlus, arg);
    return name ? *name : "";
  }
  case ArgKind::JumpForward:
  case ArgKind::JumpBackward:
    return "to " + std::to_string(jumpTarget64(op, offset, arg));
  case ArgKind::Compare: {
    const char *symbol = compareOpSymbol(arg);
    return symbol ? symbol : "";
  }
  case ArgKind::BinaryOp: {
    const char *symbol = binaryOpSymbol(arg);
    return symbol ? symbol : "";
  }
  case ArgKind::FormatValue: {
    static const char *const Conversions[] = {"", "str", "repr", "ascii"};
    std::string text = Conversions[arg & FVC_MASK];
    if (arg & FVS_HAVE_SPEC)
      text += text.empty() ? "with format" : ", with format";
    return text;
  }
  case ArgKind::MakeFunction: {
    static const char *const Flags[] = {"defaults", "kwdefaults", "annotations", "closure"};
    std::string text;
    for (int bit = 0; bit < 4; ++bit) {
      if (!(arg & (1 << bit)))
        continue;
      if (!text.empty())
        text += ", ";
      text += Flags[bit];
    }
    return text;
  }
  }
  return "";
}

} // namespace

std::string argRepr(const CodeObject &code, int offset, uint8_t opcode, int arg) {
  return argReprWith(code, localsPlusNames(code.varnames, code.cellvars, code.freevars),
                     offset, opcode, arg);
}

void disassembleCodeObject(const CodeObject &code, std::ostream &os) {
  std::map<int, int> starts = lineStarts(code);
  size_t linenoWidth = 0;
  if (!starts.empty()) {
    int maxLine = 0;
    for (const auto &[offset, line] : starts)
      maxLine = std::max(maxLine, line);
    linenoWidth = maxLine >= 1000 ? std::to_string(maxLine).size() : 3;
  }
  long maxOffset = long(code.code.size()) - 2;
  size_t offsetWidth = maxOffset >= 10000 ? std::to_string(maxOffset).size() : 4;

  std::vector<std::string> localsPlus =
      localsPlusNames(code.varnames, code.cellvars, code.freevars);
  std::vector<Unit> units = unpack(code.code);
  std::vector<ExceptionTableEntry> handlers = exceptionEntries(code);
  std::set<long long> labels;
  for (const Unit &u : units)
    if (u.hasArg && isValidOpcode(u.op) && isJump(Opcode(u.op)))
      labels.insert(jumpTarget64(Opcode(u.op), u.offset, u.arg));
  for (const ExceptionTableEntry &e : handlers)
    if (e.start < e.end)
      labels.insert(e.target * 2LL);

  for (const Unit &u : units) {
    auto start = starts.find(u.offset);
    bool startsLine = start != starts.end();
    if (startsLine && u.offset > 0)
      os << "\n";
    std::string text;
    if (linenoWidth) {
      text += startsLine ? padLeft(std::to_string(start->second), linenoWidth)
                         : std::string(linenoWidth, ' ');
      text += ' ';
    }
    text += "   ";
    text += labels.count(u.offset) ? " >> " : "    ";
    text += padLeft(std::to_string(u.offset), offsetWidth);
    text += ' ';
    text += padRight(opname(u.op), OpnameWidth);
    if (u.hasArg) {
      text += ' ';
      text += padLeft(std::to_string(u.arg), OpargWidth);
      std::string repr = argReprWith(code, localsPlus, u.offset, u.op, u.arg);
      if (!repr.empty())
        text += " (" + repr + ")";
    }
    size_t keep = text.find_last_not_of(" \t\n\r\f\v");
    text.erase(keep == std::string::npos ? 0 : keep + 1);
    os << text << "\n";
  }
  printExceptionTable(handlers, os);
}

void disassemble(const CodeObject &code, std::ostream &os) {
  disassembleCodeObject(code, os);
  for (const ConstantRef &c : code.consts) {
    if (!c || c->kind != Constant::Kind::Code || !c->code)
      continue;
    os << "\nDisassembly of " << codeRepr(*c->code) << ":\n";
    disassemble(*c->code, os);
  }
}

} // namespace kiln::frontend
