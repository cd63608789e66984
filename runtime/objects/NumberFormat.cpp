//===- NumberFormat.cpp - format() for int, float and complex --------------===//
///
/// The format mini-language for numbers:
///
///   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
///
/// with CPython 3.11's defaults, checks and error messages. Floats are
/// turned into a digit string and a decimal-point position (shortest
/// round-trip digits for repr, correctly rounded digits otherwise), then
/// laid out by one routine following the documented rules of each
/// presentation type; padding, grouping (also of zero padding) and
/// alignment are shared by the three types.
///
//===----------------------------------------------------------------------===//
#include "runtime/Gc.h"
#include "runtime/Abstract.h"
#include "runtime/Errors.h"
#include "runtime/objects/Float.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/Str.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace kiln::rt {

namespace {

struct Spec {
  uint32_t fill = ' ';
  uint32_t align = 0; ///< 0 when not given
  char sign = 0;      ///< '+', '-', ' ' or 0
  bool noNegZero = false;
  bool alternate = false;
  int64_t width = -1;
  char grouping = 0; ///< ',' or '_' or 0
  int64_t precision = -1;
  uint32_t type = 0;
};

bool isAlign(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

std::string typeCharText(uint32_t c) {
  if (c >= 32 && c < 127)
    return std::string(1, char(c));
  char buf[16];
  snprintf(buf, sizeof buf, "\\x%x", c);
  return buf;
}

/// Parses \p s; \p defaultType is 'd' for ints, 0 for floats/complex.
bool parseSpec(const Str *s, Spec &f, uint32_t defaultType, const char *tname) {
  int64_t n = s->length, pos = 0;
  bool fillGiven = false, alignGiven = false;
  if (n >= 2 && isAlign(s->at(1))) {
    f.fill = s->at(0);
    f.align = s->at(1);
    fillGiven = alignGiven = true;
    pos = 2;
  } else if (n >= 1 && isAlign(s->at(0))) {
    f.align = s->at(0);
    alignGiven = true;
    pos = 1;
  }
  if (pos < n && (s->at(pos) == '+' || s->at(pos) == '-' || s->at(pos) == ' '))
    f.sign = char(s->at(pos++));
  if (pos < n && s->at(pos) == 'z') {
    f.noNegZero = true;
    pos++;
  }
  if (pos < n && s->at(pos) == '#') {
    f.alternate = true;
    pos++;
  }
  if (!fillGiven && pos < n && s->at(pos) == '0') {
    f.fill = '0';
    if (!alignGiven)
      f.align = '=';
    pos++;
  }
  auto readNumber = [&](int64_t *out) -> int { // digits read, -1 on overflow
    int count = 0;
    int64_t v = 0;
    while (pos < n && s->at(pos) >= '0' && s->at(pos) <= '9') {
      int d = int(s->at(pos) - '0');
      if (v > (INT64_MAX - d) / 10) {
        raise(&ValueErrorType, "Too many decimal digits in format string");
        return -1;
      }
      v = v * 10 + d;
      pos++;
      count++;
    }
    if (count)
      *out = v;
    return count;
  };
  if (readNumber(&f.width) < 0)
    return false;
  if (f.width > 0 && !checkAllocSize(size_t(f.width), 4)) // padding that cannot exist
    return false;
  if (pos < n && (s->at(pos) == ',' || s->at(pos) == '_')) {
    f.grouping = char(s->at(pos++));
    if (pos < n && (s->at(pos) == ',' || s->at(pos) == '_')) {
      if (char(s->at(pos)) != f.grouping)
        raise(&ValueErrorType, "Cannot specify both ',' and '_'.");
      else
        raise(&ValueErrorType, "Cannot specify '%c' with '%c'.", f.grouping, f.grouping);
      return false;
    }
  }
  if (pos < n && s->at(pos) == '.') {
    pos++;
    int c = readNumber(&f.precision);
    if (c < 0)
      return false;
    if (c == 0) {
      raise(&ValueErrorType, "Format specifier missing precision");
      return false;
    }
  }
  if (n - pos > 1) {
    raise(&ValueErrorType, "Invalid format specifier '%s' for object of type '%s'",
          strToUtf8(s).c_str(), tname);
    return false;
  }
  f.type = pos < n ? s->at(pos) : defaultType;
  if (f.grouping) {
    switch (f.type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
      break;
    case 'b': case 'o': case 'x': case 'X':
      if (f.grouping == '_')
        break;
      [[fallthrough]];
    default:
      raise(&ValueErrorType, "Cannot specify '%c' with '%s'.", f.grouping,
            typeCharText(f.type).c_str());
      return false;
    }
  }
  return true;
}

Value unknownCode(uint32_t type, const char *tname) {
  if (type >= 32 && type < 127)
    return raise(&ValueErrorType, "Unknown format code '%c' for object of type '%s'",
                 char(type), tname);
  return raise(&ValueErrorType, "Unknown format code '\\x%x' for object of type '%s'", type,
               tname);
}

/// Inserts \p sep every \p every digits from the right of \p digits, and
/// with \p minWidth > 0 extends the digits with leading zeros (grouped
/// too) until the text is at least minWidth long.
std::string groupDigits(const std::string &digits, char sep, int every, int64_t minWidth) {
  std::string d = digits;
  if (!sep) {
    if (minWidth > int64_t(d.size()))
      d.insert(0, size_t(minWidth - int64_t(d.size())), '0');
    return d;
  }
  auto groupedLen = [&](size_t nd) { return nd + (nd ? (nd - 1) / size_t(every) : 0); };
  size_t nd = d.size();
  if (minWidth > 0)
    while (int64_t(groupedLen(nd)) < minWidth)
      nd++;
  if (nd > d.size())
    d.insert(0, nd - d.size(), '0');
  std::string out;
  out.reserve(groupedLen(nd));
  for (size_t i = 0; i < nd; i++) {
    if (i && (nd - i) % size_t(every) == 0)
      out += sep;
    out += d[i];
  }
  return out;
}

/// Lays out a number: \p sign (may be empty), \p prefix (0x...), integer
/// \p digits (grouped per spec; empty for inf/nan), and \p rest (point,
/// fraction, exponent, '%', 'j' — or "inf"/"nan"), padded per spec.
void layoutNumber(StrBuilder &b, const Spec &f, std::string_view sign, std::string_view prefix,
                  std::string_view digits, std::string_view rest, int every,
                  uint32_t defaultAlign) {
  uint32_t align = f.align ? f.align : defaultAlign;
  bool zeroGroup = align == '=' && f.fill == '0' && !digits.empty();
  int64_t lead = int64_t(sign.size() + prefix.size());
  std::string grouped;
  std::string_view body = digits;
  if (f.grouping || (zeroGroup && f.width > 0)) {
    int64_t minW = zeroGroup && f.width > 0 ? f.width - lead - int64_t(rest.size()) : 0;
    grouped = groupDigits(std::string(digits), f.grouping, every, minW);
    body = grouped;
  }
  int64_t total = lead + int64_t(body.size() + rest.size());
  int64_t pad = f.width > total ? f.width - total : 0;
  auto whole = [&] {
    b.appendAscii(sign);
    b.appendAscii(prefix);
    b.appendAscii(body);
    b.appendAscii(rest);
  };
  if (align == '<') {
    whole();
    b.appendRepeated(f.fill, pad);
  } else if (align == '^') {
    b.appendRepeated(f.fill, pad / 2);
    whole();
    b.appendRepeated(f.fill, pad - pad / 2);
  } else if (align == '=') {
    b.appendAscii(sign);
    b.appendAscii(prefix);
    b.appendRepeated(f.fill, pad);
    b.appendAscii(body);
    b.appendAscii(rest);
  } else {
    b.appendRepeated(f.fill, pad);
    whole();
  }
}

// --- Float digits ------------------------------------------------------------------

/// Shortest round-trip digits of |v| (finite, nonzero or zero) and the
/// decimal point position: |v| = 0.DIGITS * 10**decpt.
void shortestDigits(double v, std::string &digits, int &decpt) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, std::fabs(v), std::chars_format::scientific);
  std::string s(buf, res.ptr);
  size_t e = s.find('e');
  digits.clear();
  for (size_t i = 0; i < e; i++)
    if (s[i] != '.')
      digits += s[i];
  decpt = std::atoi(s.c_str() + e + 1) + 1;
  while (digits.size() > 1 && digits.back() == '0')
    digits.pop_back();
}

/// printf's %.*f of a finite \p v >= 0 below 2**63 with \p precision <= 22,
/// without a digit generator: v = m * 2**e exactly, so the digits are
/// m * 10**precision / 2**-e rounded half to even, in 128-bit integers.
/// Writes at most 64 characters to \p buf; the length, or -1 when \p v or
/// \p precision is out of this range.
int fixedDigitsFast(double v, int precision, char *buf) {
  static const uint64_t pow10[20] = {1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull,
                                     1000000ull, 10000000ull, 100000000ull, 1000000000ull,
                                     10000000000ull, 100000000000ull, 1000000000000ull,
                                     10000000000000ull, 100000000000000ull,
                                     1000000000000000ull, 10000000000000000ull,
                                     100000000000000000ull, 1000000000000000000ull,
                                     10000000000000000000ull};
  if (!(v >= 0.0) || v >= 9.2e18 || precision < 0 || precision > 22)
    return -1;
  uint64_t bits;
  memcpy(&bits, &v, sizeof bits);
  int biased = int((bits >> 52) & 0x7ff);
  uint64_t m = bits & ((uint64_t(1) << 52) - 1);
  int e;
  if (biased == 0) {
    e = -1074; // subnormal (or zero: m == 0)
  } else {
    m |= uint64_t(1) << 52;
    e = biased - 1075;
  }
  using u128 = unsigned __int128;
  u128 scale = precision <= 19 ? u128(pow10[precision])
                               : u128(pow10[19]) * pow10[precision - 19];
  if (e >= 0) { // an integer below 2**63: its digits, then zeros
    int out = int(std::to_chars(buf, buf + 24, m << e).ptr - buf);
    if (precision > 0) {
      buf[out++] = '.';
      memset(buf + out, '0', size_t(precision));
      out += precision;
    }
    return out;
  }
  u128 q;
  u128 n = u128(m) * scale; // < 2**53 * 10**22 < 2**127
  int k = -e;
  if (k >= 128) {
    q = 0; // n < 2**127 <= half of 2**k: rounds to zero
  } else {
    q = n >> k;
    u128 r = n & ((u128(1) << k) - 1);
    u128 half = u128(1) << (k - 1);
    if (r > half || (r == half && (q & 1)))
      q++;
  }
  // Decimal digits of q, at least precision + 1 of them.
  char digits[48];
  int nd;
  if (q >> 64 == 0) {
    nd = int(std::to_chars(digits, digits + sizeof digits, uint64_t(q)).ptr - digits);
  } else {
    uint64_t hi = uint64_t(q / pow10[19]), lo = uint64_t(q % pow10[19]);
    char *p = std::to_chars(digits, digits + sizeof digits, hi).ptr;
    char low[20];
    int nl = int(std::to_chars(low, low + sizeof low, lo).ptr - low);
    memset(p, '0', size_t(19 - nl));
    memcpy(p + 19 - nl, low, size_t(nl));
    nd = int(p - digits) + 19;
  }
  int out = 0;
  int intDigits = nd - precision;
  if (intDigits <= 0) {
    buf[out++] = '0';
  } else {
    memcpy(buf, digits, size_t(intDigits));
    out = intDigits;
  }
  if (precision > 0) {
    buf[out++] = '.';
    for (int i = intDigits; i < 0; i++)
      buf[out++] = '0';
    int from = intDigits < 0 ? 0 : intDigits;
    memcpy(buf + out, digits + from, size_t(nd - from));
    out += nd - from;
  }
  return out;
}

/// printf's %.*f / %.*e of a finite \p v (correctly rounded, as glibc),
/// through std::to_chars, which is much faster than printf's big-number
/// digit generation.
std::string fixedOrScientific(double v, std::chars_format fmt, int precision) {
  char small[96];
  if (fmt == std::chars_format::fixed) {
    int n = fixedDigitsFast(v, precision, small);
    if (n >= 0)
      return std::string(small, size_t(n));
  }
  if (precision <= 40) {
    char stackBuf[400]; // 309 integer digits at most
    auto r = std::to_chars(stackBuf, stackBuf + sizeof stackBuf, v, fmt, precision);
    return std::string(stackBuf, r.ptr);
  }
  std::string buf(size_t(precision) + 340, '\0');
  auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v, fmt, precision);
  buf.resize(size_t(r.ptr - buf.data()));
  return buf;
}

/// At most \p p significant digits of |v|, correctly rounded, trailing
/// zeros removed.
void precisionDigits(double v, int p, std::string &digits, int &decpt) {
  if (p < 1)
    p = 1;
  std::string s = fixedOrScientific(std::fabs(v), std::chars_format::scientific, p - 1);
  size_t e = s.find('e');
  digits.clear();
  for (size_t i = 0; i < e; i++)
    if (s[i] != '.')
      digits += s[i];
  decpt = std::atoi(s.c_str() + e + 1) + 1;
  while (digits.size() > 1 && digits.back() == '0')
    digits.pop_back();
  if (digits == "0")
    decpt = 1;
}

/// Places digits around the point: the digit string seen as padded with
/// zeros on both sides, printed from vstart to vend with the point at
/// decpt, and an exponent when \p useExp.
std::string placeDigits(const std::string &digits, int decpt, bool useExp, int vend, bool alt,
                        bool addDot0, bool upper) {
  int exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  int vstart = decpt <= 0 ? decpt - 1 : 0;
  int minEnd = (!useExp && addDot0) ? decpt + 1 : decpt;
  if (vend < minEnd)
    vend = minEnd;
  auto digitAt = [&](int i) -> char {
    return i >= 0 && i < int(digits.size()) ? digits[size_t(i)] : '0';
  };
  std::string out;
  for (int i = vstart; i < decpt; i++)
    out += digitAt(i);
  if (decpt < vend || alt)
    out += '.';
  for (int i = decpt; i < vend; i++)
    out += digitAt(i);
  if (useExp) {
    char buf[16];
    snprintf(buf, sizeof buf, "%c%c%02d", upper ? 'E' : 'e', exp < 0 ? '-' : '+',
             exp < 0 ? -exp : exp);
    out += buf;
  }
  return out;
}

/// |v| formatted (no sign); \p type e E f F g G r; \p precision as given
/// (< 0 for the default 6).
std::string formatAbs(double v, char type, int precision, bool alt, bool addDot0) {
  bool upper = type == 'E' || type == 'F' || type == 'G';
  if (std::isnan(v))
    return upper ? "NAN" : "nan";
  if (std::isinf(v))
    return upper ? "INF" : "inf";
  double a = std::fabs(v);
  char lower = char(type | 0x20);
  if (lower == 'e' || lower == 'f') {
    if (precision < 0)
      precision = 6;
    std::string s = fixedOrScientific(
        a, lower == 'f' ? std::chars_format::fixed : std::chars_format::scientific, precision);
    if (alt && s.find('.') == std::string::npos) { // '#': always a point
      size_t e = s.find('e');
      s.insert(e == std::string::npos ? s.size() : e, ".");
    }
    if (type == 'E') {
      size_t e = s.find('e');
      if (e != std::string::npos)
        s[e] = 'E';
    }
    return s;
  }
  std::string digits;
  int decpt;
  if (type == 'r') {
    shortestDigits(a, digits, decpt);
    if (a == 0.0) {
      digits = "0";
      decpt = 1;
    }
    bool useExp = decpt <= -4 || decpt > 16;
    return placeDigits(digits, decpt, useExp, int(digits.size()), alt, addDot0, false);
  }
  // 'g' / 'G'
  if (precision < 0)
    precision = 6;
  if (precision == 0)
    precision = 1;
  precisionDigits(a, precision, digits, decpt);
  bool useExp = decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision);
  int vend = alt ? precision : int(digits.size());
  return placeDigits(digits, decpt, useExp, vend, alt, addDot0, upper);
}

/// The text of a float part: sign per spec, integer digits, rest.
void splitFloat(double v, char type, int precision, bool alt, bool addDot0, char signMode,
                bool noNegZero, std::string &sign, std::string &digits, std::string &rest) {
  std::string s = formatAbs(v, type, precision, alt, addDot0);
  bool neg = std::signbit(v) && !std::isnan(v);
  if (neg && noNegZero) {
    bool allZero = true;
    for (char c : s) {
      if (c == 'e' || c == 'E')
        break;
      if (c >= '1' && c <= '9')
        allZero = false;
    }
    if (allZero && std::isfinite(v))
      neg = false;
  }
  sign = neg ? "-" : signMode == '+' ? "+" : signMode == ' ' ? " " : "";
  size_t i = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9')
    i++;
  digits = s.substr(0, i);
  rest = s.substr(i);
}

} // namespace

std::string formatDouble(double v, char type, int precision, bool alternate, bool addDot0) {
  std::string s = formatAbs(v, type, precision, alternate, addDot0);
  if (std::signbit(v) && !std::isnan(v))
    return "-" + s;
  return s;
}

void appendFormattedDouble(StrBuilder &out, double v, char type, int precision) {
  if ((type == 'f' || type == 'F') && std::isfinite(v)) {
    char buf[80];
    int at = 0;
    if (std::signbit(v))
      buf[at++] = '-';
    int n = fixedDigitsFast(std::fabs(v), precision, buf + at);
    if (n >= 0) {
      out.appendAscii(std::string_view(buf, size_t(at + n)));
      return;
    }
  }
  out.appendAscii(formatDouble(v, type, precision, false, false));
}

std::string floatRepr(double v) { return formatDouble(v, 'r', 0, false, true); }

Value formatFloat(double v, Str *spec) {
  if (spec->length == 0) {
    return strFromAscii(floatRepr(v));
  }
  Spec f;
  if (!parseSpec(spec, f, 0, "float"))
    return Value();
  uint32_t type = f.type;
  bool addDot0 = false;
  bool percent = false;
  int precision = f.precision > INT32_MAX ? INT32_MAX : int(f.precision);
  switch (type) {
  case 0:
    addDot0 = true;
    type = precision < 0 ? 'r' : 'g';
    break;
  case 'n': type = 'g'; break;
  case '%':
    type = 'f';
    v *= 100.0;
    percent = true;
    break;
  case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
    break;
  default:
    return unknownCode(type, "float");
  }
  if (f.type == 'n' && f.grouping)
    return raise(&ValueErrorType, "Cannot specify '%c' with 'n'.", f.grouping);
  if ((type == 'f' || type == 'F') && !percent && !f.alternate && !f.noNegZero &&
      std::isfinite(v)) {
    // Fixed point: digits straight from fixedDigitsFast, no strings.
    char buf[96];
    int n = fixedDigitsFast(std::fabs(v), precision < 0 ? 6 : precision, buf);
    if (n >= 0) {
      std::string_view text(buf, size_t(n));
      size_t point = std::min(text.find('.'), text.size());
      std::string_view sign = std::signbit(v) ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
      StrBuilder b;
      layoutNumber(b, f, sign, "", text.substr(0, point), text.substr(point), 3, '>');
      return b.build();
    }
  }
  std::string sign, digits, rest;
  splitFloat(v, char(type), precision, f.alternate, addDot0, f.sign, f.noNegZero, sign, digits,
             rest);
  if (percent)
    rest += '%';
  StrBuilder b;
  layoutNumber(b, f, sign, "", digits, rest, 3, '>');
  return b.build();
}

Value formatComplex(double re, double im, Str *spec) {
  if (spec->length == 0)
    return strFromAscii(complexRepr(re, im));
  Spec f;
  if (!parseSpec(spec, f, 0, "complex"))
    return Value();
  uint32_t type = f.type;
  int precision = f.precision > INT32_MAX ? INT32_MAX : int(f.precision);
  bool parens = false, skipRe = false;
  switch (type) {
  case 0:
    parens = true;
    type = precision < 0 ? 'r' : 'g';
    if (re == 0.0 && !std::signbit(re))
      skipRe = true;
    break;
  case 'n': type = 'g'; break;
  case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
    break;
  default:
    return unknownCode(type, "complex");
  }
  if (f.fill == '0')
    return raise(&ValueErrorType, "Zero padding is not allowed in complex format specifier");
  if (f.align == '=')
    return raise(&ValueErrorType, "'=' alignment flag is not allowed in complex format specifier");
  if (f.type == 'n' && f.grouping)
    return raise(&ValueErrorType, "Cannot specify '%c' with 'n'.", f.grouping);
  std::string text;
  if (!skipRe) {
    std::string sign, digits, rest;
    splitFloat(re, char(type), precision, f.alternate, false, f.sign, f.noNegZero, sign, digits,
               rest);
    text += sign + groupDigits(digits, f.grouping, 3, 0) + rest;
  }
  {
    std::string sign, digits, rest;
    splitFloat(im, char(type), precision, f.alternate, false, skipRe ? f.sign : '+',
               f.noNegZero, sign, digits, rest);
    text += sign + groupDigits(digits, f.grouping, 3, 0) + rest + "j";
  }
  if (parens && !skipRe)
    text = "(" + text + ")";
  StrBuilder b;
  Spec outer = f;
  outer.grouping = 0;
  layoutNumber(b, outer, "", "", "", text, 3, '>');
  return b.build();
}

Value formatInt(Value v, Str *spec) {
  if (spec->length == 0)
    return str(v);
  Spec f;
  if (!parseSpec(spec, f, 'd', "int"))
    return Value();
  switch (f.type) {
  case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
    double d;
    if (!intToDouble(v, &d))
      return Value();
    return formatFloat(d, spec);
  }
  case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
    break;
  default:
    return unknownCode(f.type, "int");
  }
  if (f.precision >= 0)
    return raise(&ValueErrorType, "Precision not allowed in integer format specifier");
  if (f.noNegZero)
    return raise(&ValueErrorType,
                 "Negative zero coercion (z) not allowed in integer format specifier");
  if (f.type == 'n' && f.grouping)
    return raise(&ValueErrorType, "Cannot specify '%c' with 'n'.", f.grouping);
  StrBuilder b;
  if (f.type == 'c') {
    if (f.sign)
      return raise(&ValueErrorType, "Sign not allowed with integer format specifier 'c'");
    if (f.alternate)
      return raise(&ValueErrorType,
                   "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t cp;
    if (!intAsI64(v, &cp) || cp < 0 || cp > 0x10ffff)
      return raise(&OverflowErrorType, "%%c arg not in range(0x110000)");
    uint32_t align = f.align ? f.align : '>';
    int64_t pad = f.width > 1 ? f.width - 1 : 0;
    auto fill = [&](int64_t k) {
      for (int64_t i = 0; i < k; i++)
        b.append(f.fill);
    };
    if (align == '<') {
      b.append(uint32_t(cp));
      fill(pad);
    } else if (align == '^') {
      fill(pad / 2);
      b.append(uint32_t(cp));
      fill(pad - pad / 2);
    } else {
      fill(pad);
      b.append(uint32_t(cp));
    }
    return b.build();
  }
  int base = f.type == 'b' ? 2 : f.type == 'o' ? 8 : (f.type == 'x' || f.type == 'X') ? 16 : 10;
  bool neg = intSign(v) < 0;
  std::string digits;
  if (base == 10) {
    if (!intToDecimal(v, digits))
      return Value();
    if (neg)
      digits.erase(0, 1);
  } else {
    digits = intToBase(v, base, false);
    if (neg)
      digits.erase(0, 1);
    if (f.type == 'X')
      for (char &c : digits)
        if (c >= 'a' && c <= 'f')
          c = char(c - 32);
  }
  std::string prefix;
  if (f.alternate && base != 10)
    prefix = f.type == 'b' ? "0b" : f.type == 'o' ? "0o" : f.type == 'X' ? "0X" : "0x";
  std::string sign = neg ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
  layoutNumber(b, f, sign, prefix, digits, "", base == 10 ? 3 : 4, '>');
  return b.build();
}

} // namespace kiln::rt
