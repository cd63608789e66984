//===- Constant.cpp - Constant values and their reprs --------------------===//
#include "frontend/Constant.h"

#include "frontend/CodeObject.h"
#include "frontend/Unicode.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <cstdio>

namespace kiln::frontend {

namespace {
ConstantRef make(Constant::Kind kind) {
  auto c = std::make_shared<Constant>();
  c->kind = kind;
  return c;
}
} // namespace

ConstantRef Constant::none() {
  static ConstantRef c = make(Kind::None);
  return c;
}
ConstantRef Constant::boolean(bool b) {
  static ConstantRef t = make(Kind::True), f = make(Kind::False);
  return b ? t : f;
}
ConstantRef Constant::ellipsis() {
  static ConstantRef c = make(Kind::Ellipsis);
  return c;
}
ConstantRef Constant::integer(mpz_class v) {
  auto c = std::make_shared<Constant>();
  c->kind = Kind::Int;
  c->intValue = std::move(v);
  return c;
}
ConstantRef Constant::floating(double v) {
  auto c = std::make_shared<Constant>();
  c->kind = Kind::Float;
  c->real = v;
  return c;
}
ConstantRef Constant::complex(double real, double imag) {
  auto c = std::make_shared<Constant>();
  c->kind = Kind::Complex;
  c->real = real;
  c->imag = imag;
  return c;
}
ConstantRef Constant::str(std::string utf8) {
  auto c = std::make_shared<Constant>();
  c->kind = Kind::Str;
  c->text = std::move(utf8);
  return c;
}
ConstantRef Constant::bytes(std::string raw) {
  auto c = std::make_shared<Constant>();
  c->kind = Kind::Bytes;
  c->text = std::move(raw);
  return c;
}
ConstantRef Constant::tuple(std::vector<ConstantRef> items) {
  auto c = std::make_shared<Constant>();
  c->kind = Kind::Tuple;
  c->items = std::move(items);
  return c;
}
ConstantRef Constant::frozenset(std::vector<ConstantRef> items) {
  auto c = std::make_shared<Constant>();
  c->kind = Kind::FrozenSet;
  c->items = std::move(items);
  return c;
}
ConstantRef Constant::codeObject(std::shared_ptr<CodeObject> code) {
  auto c = std::make_shared<Constant>();
  c->kind = Kind::Code;
  c->code = std::move(code);
  return c;
}

const char *Constant::typeName() const {
  switch (kind) {
  case Kind::None: return "NoneType";
  case Kind::True:
  case Kind::False: return "bool";
  case Kind::Ellipsis: return "ellipsis";
  case Kind::Int: return "int";
  case Kind::Float: return "float";
  case Kind::Complex: return "complex";
  case Kind::Str: return "str";
  case Kind::Bytes: return "bytes";
  case Kind::Tuple: return "tuple";
  case Kind::FrozenSet: return "frozenset";
  case Kind::Code: return "code";
  }
  return "object";
}

namespace {
// Equal code objects are one constant (CPython compares them by value, so
// a `while` test compiled twice shares its nested code objects).
bool sameCode(const CodeObject &a, const CodeObject &b) {
  if (a.name != b.name || a.argcount != b.argcount || a.posonlyargcount != b.posonlyargcount ||
      a.kwonlyargcount != b.kwonlyargcount || a.flags != b.flags ||
      a.firstlineno != b.firstlineno || a.code != b.code || a.names != b.names ||
      a.varnames != b.varnames || a.cellvars != b.cellvars || a.freevars != b.freevars ||
      a.consts.size() != b.consts.size() || a.lineTable() != b.lineTable() ||
      a.exceptionTableBytes() != b.exceptionTableBytes())
    return false;
  for (size_t i = 0; i < a.consts.size(); ++i)
    if (!a.consts[i]->identical(*b.consts[i]))
      return false;
  return true;
}
} // namespace

bool Constant::identical(const Constant &o) const {
  if (kind != o.kind)
    return false;
  switch (kind) {
  case Kind::Int: return intValue == o.intValue;
  case Kind::Float:
    // Bitwise equality keeps 0.0 and -0.0 (and NaNs) apart.
    return std::memcmp(&real, &o.real, sizeof real) == 0;
  case Kind::Complex:
    return std::memcmp(&real, &o.real, sizeof real) == 0 &&
           std::memcmp(&imag, &o.imag, sizeof imag) == 0;
  case Kind::Str:
  case Kind::Bytes: return text == o.text;
  case Kind::Tuple:
  case Kind::FrozenSet:
    if (items.size() != o.items.size())
      return false;
    for (size_t i = 0; i < items.size(); ++i)
      if (!items[i]->identical(*o.items[i]))
        return false;
    return true;
  case Kind::Code: return code == o.code || sameCode(*code, *o.code);
  default: return true;
  }
}

std::string reprStr(std::string_view utf8) {
  std::vector<uint32_t> cps = unicode::toCodePoints(utf8);
  bool hasSingle = false, hasDouble = false;
  for (uint32_t cp : cps) {
    hasSingle |= cp == '\'';
    hasDouble |= cp == '"';
  }
  char quote = (hasSingle && !hasDouble) ? '"' : '\'';
  std::string out(1, quote);
  char buf[16];
  for (uint32_t cp : cps) {
    if (cp == uint32_t(quote) || cp == '\\') {
      out += '\\';
      out += char(cp);
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp < 0x20 || cp == 0x7F) {
      std::snprintf(buf, sizeof buf, "\\x%02x", cp);
      out += buf;
    } else if (cp < 0x7F) {
      out += char(cp);
    } else if (unicode::isPrintable(cp)) {
      unicode::appendUtf8(out, cp);
    } else if (cp <= 0xFF) {
      std::snprintf(buf, sizeof buf, "\\x%02x", cp);
      out += buf;
    } else if (cp <= 0xFFFF) {
      std::snprintf(buf, sizeof buf, "\\u%04x", cp);
      out += buf;
    } else {
      std::snprintf(buf, sizeof buf, "\\U%08x", cp);
      out += buf;
    }
  }
  out += quote;
  return out;
}

std::string reprBytes(std::string_view raw) {
  bool hasSingle = raw.find('\'') != std::string_view::npos;
  bool hasDouble = raw.find('"') != std::string_view::npos;
  char quote = (hasSingle && !hasDouble) ? '"' : '\'';
  std::string out = "b";
  out += quote;
  char buf[8];
  for (unsigned char c : raw) {
    if (c == (unsigned char)quote || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += char(c);
    }
  }
  out += quote;
  return out;
}

std::string formatShortestDouble(double v, bool addDot0) {
  if (std::isnan(v))
    return "nan";
  if (std::isinf(v))
    return v > 0 ? "inf" : "-inf";
  // Shortest round-trip digits in scientific form: [-]d[.ddd]e[+-]XX.
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  std::string s(buf, res.ptr);
  bool negative = false;
  if (s[0] == '-') {
    negative = true;
    s.erase(0, 1);
  }
  size_t ePos = s.find('e');
  std::string mantissa = s.substr(0, ePos);
  int exp10 = std::stoi(s.substr(ePos + 1));
  std::string digits;
  for (char c : mantissa)
    if (c != '.')
      digits += c;
  // Value = 0.d1d2d3... * 10^(exp10 + 1); decpt is where the point goes.
  int decpt = exp10 + 1;
  std::string out = negative ? "-" : "";
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) {
      out += "0.";
      out.append(size_t(-decpt), '0');
      out += digits;
    } else if (size_t(decpt) >= digits.size()) {
      out += digits;
      out.append(size_t(decpt) - digits.size(), '0');
      if (addDot0)
        out += ".0";
    } else {
      out += digits.substr(0, size_t(decpt));
      out += '.';
      out += digits.substr(size_t(decpt));
    }
  } else {
    out += digits[0];
    if (digits.size() > 1) {
      out += '.';
      out += digits.substr(1);
    }
    int e = decpt - 1;
    char ebuf[16];
    std::snprintf(ebuf, sizeof ebuf, "e%c%02d", e < 0 ? '-' : '+', std::abs(e));
    out += ebuf;
  }
  return out;
}

std::string reprFloat(double v) { return formatShortestDouble(v, true); }

std::string Constant::repr() const {
  switch (kind) {
  case Kind::None: return "None";
  case Kind::True: return "True";
  case Kind::False: return "False";
  case Kind::Ellipsis: return "Ellipsis";
  case Kind::Int: return intValue.get_str();
  case Kind::Float: return reprFloat(real);
  case Kind::Complex: {
    std::string im = formatShortestDouble(imag, false);
    if (real == 0 && !std::signbit(real))
      return im + "j";
    std::string re = formatShortestDouble(real, false);
    std::string sign = (std::signbit(imag) || std::isnan(imag)) && im[0] == '-' ? "" : "+";
    return "(" + re + sign + im + "j)";
  }
  case Kind::Str: return reprStr(text);
  case Kind::Bytes: return reprBytes(text);
  case Kind::Tuple: {
    std::string out = "(";
    for (size_t i = 0; i < items.size(); ++i) {
      if (i)
        out += ", ";
      out += items[i]->repr();
    }
    if (items.size() == 1)
      out += ",";
    return out + ")";
  }
  case Kind::FrozenSet: {
    if (items.empty())
      return "frozenset()";
    std::string out = "frozenset({";
    for (size_t i = 0; i < items.size(); ++i) {
      if (i)
        out += ", ";
      out += items[i]->repr();
    }
    return out + "})";
  }
  case Kind::Code: return codeRepr(*code);
  }
  return "?";
}

} // namespace kiln::frontend
