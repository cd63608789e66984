//===- CodeObject.cpp - co_linetable, co_exceptiontable and code repr ----===//
//
// Both tables are CPython 3.11's encodings, written from the format notes
// (CPython's Objects/locations.md and the exception-table description) and
// checked against the bytes CPython 3.11 produces.
//
// Location table: a sequence of entries, each covering 1 to 8 code units.
// The first byte of an entry is 1CCCCLLL: C the form, L the unit count - 1.
//   form 0-9    short: same line as before, one more byte ccccdddd with
//               col = form*8 + cccc (3 bits), endCol = col + dddd
//   form 10-12  one line: line += form-10, then the col and endCol bytes
//   form 13     no columns: line += svarint
//   form 14     long: line += svarint, endLine = line + varint,
//               col = varint - 1, endCol = varint - 1
//   form 15     no location
// Varints are 6-bit groups, least significant first, 0x40 on every group
// but the last; svarints put the sign in the low bit. The encoder chooses
// forms as CPython's does, and starts a new entry at every instruction (as
// CPython, which never merges two instructions into one entry), at every
// change of location and after 8 units; so per-unit locations that are
// equal within each instruction encode to CPython's bytes.
//
// Exception table: per entry, the varints start, length, target (all in
// code units) and depth << 1 | lasti. These varints are 6-bit groups, most
// significant first, 0x40 on every group but the last; the first byte of
// each entry also carries 0x80.
//
//===----------------------------------------------------------------------===//
#include "frontend/CodeObject.h"

#include "frontend/bytecode/Opcodes.h"
#include "frontend/bytecode/Serializer.h"

#include <cstdio>

namespace kiln::frontend {

namespace {

enum LocationForm : int {
  ShortForm0 = 0,
  OneLineForm0 = 10,
  NoColumnsForm = 13,
  LongForm = 14,
  NoLocationForm = 15,
};

/// Appends an unsigned location-table varint (least significant first).
void putLineVarint(std::string &out, long long value) {
  unsigned long long v = value < 0 ? 0 : (unsigned long long)value;
  while (v >= 64) {
    out += char(0x40 | (v & 63));
    v >>= 6;
  }
  out += char(v);
}

void putLineSvarint(std::string &out, long long v) {
  unsigned long long u = v < 0 ? ((unsigned long long)(-v) << 1) | 1 : (unsigned long long)v << 1;
  while (u >= 64) {
    out += char(0x40 | (u & 63));
    u >>= 6;
  }
  out += char(u);
}

void putEntryHeader(std::string &out, int form, int units) {
  out += char(0x80 | (form << 3) | (units - 1));
}

/// Appends one entry for \p units (1..8) code units at \p loc; \p line is
/// the line the previous entry left (co_firstlineno at first).
void putLocationEntry(std::string &out, const Location &loc, int units, int &line) {
  if (loc.line < 0) {
    putEntryHeader(out, NoLocationForm, units);
    return;
  }
  long long delta = (long long)loc.line - line;
  int col = loc.col, endCol = loc.endCol;
  if (col < 0 || endCol < 0) {
    if (loc.endLine == loc.line || loc.endLine < 0) {
      putEntryHeader(out, NoColumnsForm, units);
      putLineSvarint(out, delta);
      line = loc.line;
      return;
    }
  } else if (loc.endLine == loc.line) {
    if (delta == 0 && col < 80 && endCol >= col && endCol - col < 16) {
      putEntryHeader(out, ShortForm0 + col / 8, units);
      out += char(((col % 8) << 4) | (endCol - col));
      return;
    }
    if (delta >= 0 && delta < 3 && col < 128 && endCol < 128) {
      putEntryHeader(out, OneLineForm0 + int(delta), units);
      out += char(col);
      out += char(endCol);
      line = loc.line;
      return;
    }
  }
  putEntryHeader(out, LongForm, units);
  putLineSvarint(out, delta);
  putLineVarint(out, (long long)loc.endLine - loc.line);
  putLineVarint(out, col < 0 ? 0 : col + 1LL);
  putLineVarint(out, endCol < 0 ? 0 : endCol + 1LL);
  line = loc.line;
}

bool sameLocation(const Location &a, const Location &b) {
  return a.line == b.line && a.endLine == b.endLine && a.col == b.col &&
         a.endCol == b.endCol;
}

/// Reads location-table varints, failing on truncation or a stray entry
/// start.
class LineTableReader {
public:
  explicit LineTableReader(std::string_view table) : table(table) {}
  bool atEnd() const { return pos >= table.size(); }
  bool byte(int &out) {
    if (pos >= table.size() || (uint8_t(table[pos]) & 0x80))
      return false;
    out = uint8_t(table[pos++]);
    return true;
  }
  bool header(int &out) {
    if (pos >= table.size() || !(uint8_t(table[pos]) & 0x80))
      return false;
    out = uint8_t(table[pos++]);
    return true;
  }
  bool varint(long long &out) {
    unsigned long long value = 0;
    int b = 0;
    for (int shift = 0;; shift += 6) {
      if (shift > 36 || !byte(b))
        return false;
      value |= (unsigned long long)(b & 63) << shift;
      if (!(b & 64))
        break;
    }
    out = (long long)value;
    return true;
  }
  bool svarint(long long &out) {
    long long u;
    if (!varint(u))
      return false;
    out = (u & 1) ? -(u >> 1) : (u >> 1);
    return true;
  }
  size_t offset() const { return pos; }

private:
  std::string_view table;
  size_t pos = 0;
};

bool fitsInt(long long v) { return v >= -(1LL << 31) + 1 && v < (1LL << 31); }

/// Appends an exception-table varint (most significant group first);
/// \p mark is 0x80 for the first varint of an entry.
void putExceptionVarint(std::string &out, long long value, int mark) {
  unsigned long long v = value < 0 ? 0 : (unsigned long long)value;
  int shift = 0;
  while (shift + 6 < 64 && (v >> (shift + 6)) != 0)
    shift += 6;
  for (; shift > 0; shift -= 6) {
    out += char(mark | 0x40 | ((v >> shift) & 63));
    mark = 0;
  }
  out += char(mark | (v & 63));
}

} // namespace

std::string encodeLineTable(const std::vector<Location> &locations,
                            std::span<const uint8_t> code, int firstlineno) {
  std::string out;
  int units = int(code.size() / 2);
  int line = firstlineno;
  Location none;
  auto at = [&](int unit) -> const Location & {
    return size_t(unit) < locations.size() ? locations[size_t(unit)] : none;
  };
  for (const Instruction &instr : instructions(code)) {
    int unit = instr.start / 2;
    int end = instr.next() / 2;
    while (unit < end && unit < units) {
      const Location &loc = at(unit);
      int run = 1;
      while (run < 8 && unit + run < end && sameLocation(at(unit + run), loc))
        ++run;
      putLocationEntry(out, loc, run, line);
      unit += run;
    }
  }
  return out;
}

bool decodeLineTable(std::string_view table, int firstlineno,
                     std::vector<Location> &locations, std::string *error) {
  locations.clear();
  LineTableReader in(table);
  long long line = firstlineno;
  auto fail = [&](const char *what) {
    if (error)
      *error = std::string(what) + " at byte " + std::to_string(in.offset());
    return false;
  };
  while (!in.atEnd()) {
    int head;
    if (!in.header(head))
      return fail("location entry does not start with a marked byte");
    int form = (head >> 3) & 15;
    int units = (head & 7) + 1;
    Location loc;
    if (form == NoLocationForm) {
      // No location: leave every field -1.
    } else if (form == LongForm) {
      long long delta, endDelta, col, endCol;
      if (!in.svarint(delta) || !in.varint(endDelta) || !in.varint(col) ||
          !in.varint(endCol))
        return fail("truncated long location entry");
      line += delta;
      if (!fitsInt(line) || !fitsInt(line + endDelta) || !fitsInt(col) ||
          !fitsInt(endCol))
        return fail("location out of range");
      loc = {int(line), int(line + endDelta), int(col) - 1, int(endCol) - 1};
    } else if (form == NoColumnsForm) {
      long long delta;
      if (!in.svarint(delta))
        return fail("truncated location entry");
      line += delta;
      if (!fitsInt(line))
        return fail("location out of range");
      loc = {int(line), int(line), -1, -1};
    } else if (form >= OneLineForm0) {
      int col, endCol;
      if (!in.byte(col) || !in.byte(endCol))
        return fail("truncated one-line location entry");
      line += form - OneLineForm0;
      if (!fitsInt(line))
        return fail("location out of range");
      loc = {int(line), int(line), col, endCol};
    } else {
      int second;
      if (!in.byte(second))
        return fail("truncated short location entry");
      int col = form * 8 + ((second >> 4) & 7);
      loc = {int(line), int(line), col, col + (second & 15)};
    }
    locations.insert(locations.end(), size_t(units), loc);
  }
  return true;
}

std::string encodeExceptionTable(const std::vector<ExceptionTableEntry> &entries) {
  std::string out;
  for (const ExceptionTableEntry &e : entries) {
    putExceptionVarint(out, e.start, 0x80);
    putExceptionVarint(out, (long long)e.end - e.start, 0);
    putExceptionVarint(out, e.target, 0);
    putExceptionVarint(out, (e.depth < 0 ? 0 : e.depth * 2LL) | (e.lasti ? 1 : 0), 0);
  }
  return out;
}

bool decodeExceptionTable(std::string_view table,
                          std::vector<ExceptionTableEntry> &entries,
                          std::string *error) {
  entries.clear();
  size_t pos = 0;
  auto varint = [&](bool first, long long &out) {
    unsigned long long value = 0;
    for (int groups = 0;; ++groups) {
      if (pos >= table.size() || groups > 5)
        return false;
      uint8_t b = uint8_t(table[pos]);
      if (bool(b & 0x80) != (first && groups == 0))
        return false;
      ++pos;
      value = (value << 6) | (b & 63);
      if (!(b & 0x40))
        break;
    }
    out = (long long)value;
    return true;
  };
  while (pos < table.size()) {
    size_t entryStart = pos;
    long long start, length, target, depthLasti;
    if (!varint(true, start) || !varint(false, length) || !varint(false, target) ||
        !varint(false, depthLasti) || !fitsInt(start + length) || !fitsInt(target) ||
        !fitsInt(depthLasti)) {
      if (error)
        *error = "malformed exception table entry at byte " + std::to_string(entryStart);
      return false;
    }
    ExceptionTableEntry e;
    e.start = int(start);
    e.end = int(start + length);
    e.target = int(target);
    e.depth = int(depthLasti >> 1);
    e.lasti = (depthLasti & 1) != 0;
    entries.push_back(e);
  }
  return true;
}

std::string CodeObject::lineTable() const {
  return encodeLineTable(locations, code, firstlineno);
}

std::string CodeObject::exceptionTableBytes() const {
  return encodeExceptionTable(exceptionTable);
}

std::string codeRepr(const CodeObject &code) {
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<const void *>(&code));
  return "<code object " + code.name + " at " + address + ", file \"" + code.filename +
         "\", line " + std::to_string(code.firstlineno) + ">";
}

} // namespace kiln::frontend
