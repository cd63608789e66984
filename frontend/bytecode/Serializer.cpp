//===- Serializer.cpp - Kiln's binary form of code-object trees ----------===//
//
// Layout (version 1). uN is an unsigned LEB128 varint (7 bits a byte, least
// significant first, 0x80 on every byte but the last, at most 64 bits); sN
// a zigzag-coded signed one; str/bytes are a u length then raw bytes.
//
//   file     := "KILNCODE" version:byte code
//   code     := name:str qualname:str filename:str
//               firstlineno:s argcount:s posonlyargcount:s kwonlyargcount:s
//               stacksize:s flags:s co_code:bytes
//               nconsts:u const*  names:strlist varnames:strlist
//               cellvars:strlist freevars:strlist
//               nlocs:u (dline:s dend:s col:s endcol:s)*  -- line is a delta
//                   from the previous unit's line (0 before the first),
//                   dend is endLine - line
//               nexc:u (start:s end:s target:s depth:s lasti:byte)*
//   strlist  := n:u str*
//   const    := 'N' | 'T' | 'F' | 'E'                None True False ...
//             | 'i' sign:byte n:u magnitude:n bytes  little-endian |value|
//             | 'f' 8 bytes                          IEEE bits, little-endian
//             | 'c' 8 bytes 8 bytes                  real, imag
//             | 's' str | 'b' bytes
//             | 't' n:u const* | 'z' n:u const*      tuple, frozenset
//             | 'C' code
//
// The reader checks every count against the bytes left before allocating,
// limits nesting (tuples and code objects) to MaxDepth, and requires the
// input to end exactly after the top code object.
//
//===----------------------------------------------------------------------===//
#include "frontend/bytecode/Serializer.h"

#include <cstring>

namespace kiln::frontend {

namespace {

constexpr char Magic[] = "KILNCODE";
constexpr size_t MagicSize = sizeof(Magic) - 1;
constexpr uint8_t Version = 1;
constexpr int MaxDepth = 200;

//===-- Writing -----------------------------------------------------------===//

class Writer {
public:
  std::string out;

  void byte(uint8_t b) { out += char(b); }
  void u(uint64_t v) {
    while (v >= 0x80) {
      out += char(0x80 | (v & 0x7F));
      v >>= 7;
    }
    out += char(v);
  }
  void s(int64_t v) { u(v < 0 ? ((~uint64_t(v)) << 1) | 1 : uint64_t(v) << 1); }
  void str(std::string_view text) {
    u(text.size());
    out.append(text);
  }
  void strList(const std::vector<std::string> &list) {
    u(list.size());
    for (const std::string &text : list)
      str(text);
  }
  void dbl(double d) {
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    for (int i = 0; i < 8; ++i)
      byte(uint8_t(bits >> (8 * i)));
  }
  void constant(const Constant &c);
  void code(const CodeObject &code);
};

void Writer::constant(const Constant &c) {
  switch (c.kind) {
  case Constant::Kind::None: byte('N'); return;
  case Constant::Kind::True: byte('T'); return;
  case Constant::Kind::False: byte('F'); return;
  case Constant::Kind::Ellipsis: byte('E'); return;
  case Constant::Kind::Int: {
    byte('i');
    byte(sgn(c.intValue) < 0 ? 1 : 0);
    mpz_class magnitude = abs(c.intValue);
    size_t count = 0;
    std::string bytes((mpz_sizeinbase(magnitude.get_mpz_t(), 2) + 7) / 8 + 1, '\0');
    mpz_export(bytes.data(), &count, -1, 1, 0, 0, magnitude.get_mpz_t());
    bytes.resize(count);
    str(bytes);
    return;
  }
  case Constant::Kind::Float:
    byte('f');
    dbl(c.real);
    return;
  case Constant::Kind::Complex:
    byte('c');
    dbl(c.real);
    dbl(c.imag);
    return;
  case Constant::Kind::Str:
    byte('s');
    str(c.text);
    return;
  case Constant::Kind::Bytes:
    byte('b');
    str(c.text);
    return;
  case Constant::Kind::Tuple:
  case Constant::Kind::FrozenSet:
    byte(c.kind == Constant::Kind::Tuple ? 't' : 'z');
    u(c.items.size());
    for (const ConstantRef &item : c.items)
      constant(*item);
    return;
  case Constant::Kind::Code:
    if (!c.code) { // not a valid constant; keep the slot
      byte('N');
      return;
    }
    byte('C');
    code(*c.code);
    return;
  }
  byte('N');
}

void Writer::code(const CodeObject &co) {
  str(co.name);
  str(co.qualname);
  str(co.filename);
  s(co.firstlineno);
  s(co.argcount);
  s(co.posonlyargcount);
  s(co.kwonlyargcount);
  s(co.stacksize);
  s(co.flags);
  str(std::string_view(reinterpret_cast<const char *>(co.code.data()), co.code.size()));
  u(co.consts.size());
  for (const ConstantRef &c : co.consts)
    constant(*c);
  strList(co.names);
  strList(co.varnames);
  strList(co.cellvars);
  strList(co.freevars);
  u(co.locations.size());
  int64_t line = 0;
  for (const Location &loc : co.locations) {
    s(int64_t(loc.line) - line);
    s(int64_t(loc.endLine) - loc.line);
    s(loc.col);
    s(loc.endCol);
    line = loc.line;
  }
  u(co.exceptionTable.size());
  for (const ExceptionTableEntry &e : co.exceptionTable) {
    s(e.start);
    s(e.end);
    s(e.target);
    s(e.depth);
    byte(e.lasti ? 1 : 0);
  }
}

//===-- Reading -----------------------------------------------------------===//

class Reader {
public:
  explicit Reader(std::string_view data) : data(data) {}

  std::string error;
  size_t pos = 0;

  bool fail(const std::string &what) {
    if (error.empty())
      error = what + " at byte " + std::to_string(pos);
    return false;
  }
  size_t left() const { return data.size() - pos; }
  bool atEnd() const { return pos == data.size(); }

  bool byte(uint8_t &b) {
    if (pos >= data.size())
      return fail("unexpected end of input");
    b = uint8_t(data[pos++]);
    return true;
  }
  bool u(uint64_t &v) {
    v = 0;
    for (int shift = 0;; shift += 7) {
      uint8_t b = 0;
      if (!byte(b))
        return false;
      if (shift == 63 && (b & 0x7E))
        return fail("varint overflow");
      v |= uint64_t(b & 0x7F) << shift;
      if (!(b & 0x80))
        return true;
      if (shift == 63)
        return fail("varint overflow");
    }
  }
  bool s64(int64_t &v) {
    uint64_t raw;
    if (!u(raw))
      return false;
    v = (raw & 1) ? int64_t(~(raw >> 1)) : int64_t(raw >> 1);
    return true;
  }
  bool i32(int &v) {
    int64_t wide;
    if (!s64(wide))
      return false;
    if (wide < INT32_MIN || wide > INT32_MAX)
      return fail("integer field out of range");
    v = int(wide);
    return true;
  }
  /// A count of items that each take at least \p minBytes bytes.
  bool count(size_t &n, size_t minBytes) {
    uint64_t raw;
    if (!u(raw))
      return false;
    if (raw > left() / minBytes)
      return fail("count larger than the input");
    n = size_t(raw);
    return true;
  }
  bool str(std::string &text) {
    size_t n = 0;
    if (!count(n, 1))
      return false;
    text.assign(data.substr(pos, n));
    pos += n;
    return true;
  }
  bool strList(std::vector<std::string> &list) {
    size_t n = 0;
    if (!count(n, 1))
      return false;
    list.resize(n);
    for (std::string &text : list)
      if (!str(text))
        return false;
    return true;
  }
  bool dbl(double &d) {
    if (left() < 8)
      return fail("unexpected end of input");
    uint64_t bits = 0;
    for (int i = 0; i < 8; ++i)
      bits |= uint64_t(uint8_t(data[pos + i])) << (8 * i);
    pos += 8;
    std::memcpy(&d, &bits, sizeof d);
    return true;
  }
  bool constant(ConstantRef &c, int depth);
  bool code(std::shared_ptr<CodeObject> &co, int depth);

private:
  std::string_view data;
};

bool Reader::constant(ConstantRef &c, int depth) {
  if (depth > MaxDepth)
    return fail("constants nested too deeply");
  uint8_t tag = 0;
  if (!byte(tag))
    return false;
  switch (tag) {
  case 'N': c = Constant::none(); return true;
  case 'T': c = Constant::boolean(true); return true;
  case 'F': c = Constant::boolean(false); return true;
  case 'E': c = Constant::ellipsis(); return true;
  case 'i': {
    uint8_t sign = 0;
    std::string magnitude;
    if (!byte(sign) || !str(magnitude))
      return false;
    if (sign > 1)
      return fail("bad int sign");
    mpz_class value;
    if (!magnitude.empty())
      mpz_import(value.get_mpz_t(), magnitude.size(), -1, 1, 0, 0, magnitude.data());
    if (sign)
      value = -value;
    c = Constant::integer(std::move(value));
    return true;
  }
  case 'f': {
    double d;
    if (!dbl(d))
      return false;
    c = Constant::floating(d);
    return true;
  }
  case 'c': {
    double re, im;
    if (!dbl(re) || !dbl(im))
      return false;
    c = Constant::complex(re, im);
    return true;
  }
  case 's':
  case 'b': {
    std::string text;
    if (!str(text))
      return false;
    c = tag == 's' ? Constant::str(std::move(text)) : Constant::bytes(std::move(text));
    return true;
  }
  case 't':
  case 'z': {
    size_t n = 0;
    if (!count(n, 1))
      return false;
    std::vector<ConstantRef> items(n);
    for (ConstantRef &item : items)
      if (!constant(item, depth + 1))
        return false;
    c = tag == 't' ? Constant::tuple(std::move(items)) : Constant::frozenset(std::move(items));
    return true;
  }
  case 'C': {
    std::shared_ptr<CodeObject> nested;
    if (!code(nested, depth + 1))
      return false;
    c = Constant::codeObject(std::move(nested));
    return true;
  }
  default:
    --pos;
    return fail("unknown constant tag " + std::to_string(tag));
  }
}

bool Reader::code(std::shared_ptr<CodeObject> &result, int depth) {
  if (depth > MaxDepth)
    return fail("code objects nested too deeply");
  auto co = std::make_shared<CodeObject>();
  std::string codeBytes;
  if (!str(co->name) || !str(co->qualname) || !str(co->filename) ||
      !i32(co->firstlineno) || !i32(co->argcount) || !i32(co->posonlyargcount) ||
      !i32(co->kwonlyargcount) || !i32(co->stacksize) || !i32(co->flags) ||
      !str(codeBytes))
    return false;
  co->code.assign(codeBytes.begin(), codeBytes.end());
  size_t n = 0;
  if (!count(n, 1))
    return false;
  co->consts.resize(n);
  for (ConstantRef &c : co->consts)
    if (!constant(c, depth + 1))
      return false;
  if (!strList(co->names) || !strList(co->varnames) || !strList(co->cellvars) ||
      !strList(co->freevars))
    return false;
  if (!count(n, 4))
    return false;
  co->locations.resize(n);
  int64_t line = 0;
  for (Location &loc : co->locations) {
    int64_t dline, dend, col, endCol;
    if (!s64(dline) || !s64(dend) || !s64(col) || !s64(endCol))
      return false;
    // Deltas of 32-bit values fit in 33 bits; refuse anything wider before
    // adding, then range-check the sums.
    constexpr int64_t MaxDelta = int64_t(1) << 33;
    if (dline < -MaxDelta || dline > MaxDelta || dend < -MaxDelta || dend > MaxDelta)
      return fail("location out of range");
    int64_t l = line + dline, e = l + dend;
    if (l < INT32_MIN || l > INT32_MAX || e < INT32_MIN || e > INT32_MAX ||
        col < INT32_MIN || col > INT32_MAX || endCol < INT32_MIN || endCol > INT32_MAX)
      return fail("location out of range");
    loc = {int(l), int(e), int(col), int(endCol)};
    line = l;
  }
  if (!count(n, 5))
    return false;
  co->exceptionTable.resize(n);
  for (ExceptionTableEntry &e : co->exceptionTable) {
    uint8_t lasti = 0;
    if (!i32(e.start) || !i32(e.end) || !i32(e.target) || !i32(e.depth) || !byte(lasti))
      return false;
    if (lasti > 1)
      return fail("bad lasti flag");
    e.lasti = lasti != 0;
  }
  result = std::move(co);
  return true;
}

} // namespace

std::string serializeCode(const CodeObject &code) {
  Writer w;
  w.out.append(Magic, MagicSize);
  w.byte(Version);
  w.code(code);
  return std::move(w.out);
}

std::shared_ptr<CodeObject> deserializeCode(std::string_view data, std::string *error) {
  auto failWith = [&](const std::string &message) -> std::shared_ptr<CodeObject> {
    if (error)
      *error = message;
    return nullptr;
  };
  if (data.size() < MagicSize + 1 || data.substr(0, MagicSize) != Magic)
    return failWith("not a Kiln code object (bad magic)");
  if (uint8_t(data[MagicSize]) != Version)
    return failWith("unsupported code object format version " +
                    std::to_string(uint8_t(data[MagicSize])));
  Reader in(data);
  in.pos = MagicSize + 1;
  std::shared_ptr<CodeObject> code;
  if (!in.code(code, 0))
    return failWith(in.error);
  if (!in.atEnd()) {
    in.fail("trailing bytes after the code object");
    return failWith(in.error);
  }
  return code;
}

} // namespace kiln::frontend
