//===- Float.cpp - float and complex --------------------------------------===//
///
/// float: a boxed double. Mixed arithmetic converts int operands with
/// intToDouble (OverflowError for huge ints) while comparisons with ints
/// are exact. Hashes reduce m * 2**e modulo 2**61 - 1 so that hash(2.0) ==
/// hash(2). round() with ndigits rounds the exact binary value half to
/// even in decimal (GMP), as CPython's dtoa-based rounding does.
///
/// complex: a boxed pair; division by Smith's method and powers by
/// repeated squaring for small integral exponents, as CPython computes
/// them, so results agree to the last bit.
///
//===----------------------------------------------------------------------===//
#include "runtime/objects/Float.h"
#include "runtime/Abstract.h"
#include "runtime/Args.h"
#include "runtime/Errors.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/objects/Bytes.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <cerrno>
#include <cfenv>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace kiln::rt {

Type FloatType;
Type ComplexType;

namespace {

struct Mpz {
  mpz_t z;
  Mpz() { mpz_init(z); }
  ~Mpz() { mpz_clear(z); }
  Mpz(const Mpz &) = delete;
  operator mpz_ptr() { return z; }
  operator mpz_srcptr() const { return z; }
};

constexpr uint64_t kHashModulus = (uint64_t(1) << 61) - 1;
constexpr int64_t kHashInf = 314159;
constexpr uint64_t kHashImag = 1000003;

} // namespace

// --- Construction and conversion ---------------------------------------------

Value floatFrom(double v) {
  FloatObject *f = newObject<FloatObject>(&FloatType);
  if (!f)
    return Value();
  f->value = v;
  return Value::object(f);
}

Value floatSubclassFrom(Type *type, double v) {
  FloatObject *f = newObject<FloatObject>(type);
  if (!f)
    return Value();
  f->value = v;
  return Value::object(f);
}

Value complexFrom(double real, double imag) {
  ComplexObject *c = newObject<ComplexObject>(&ComplexType);
  if (!c)
    return Value();
  c->real = real;
  c->imag = imag;
  return Value::object(c);
}

static Value complexSubclassFrom(Type *type, double real, double imag) {
  ComplexObject *c = newObject<ComplexObject>(type);
  if (!c)
    return Value();
  c->real = real;
  c->imag = imag;
  return Value::object(c);
}

/// float(x) through __float__ with its result checked; null on error.
static Value callFloatSlot(Value v, UnaryFn fn) {
  Value r = fn(v);
  if (!r)
    return Value();
  if (!isFloat(r))
    return raise(&TypeErrorType, "%s.__float__ returned non-float (type %s)", typeName(v),
                 typeName(r));
  return r;
}

bool toDouble(Value v, double *out) {
  if (v.isSmall()) {
    *out = double(v.smallValue());
    return true;
  }
  if (isFloat(v)) {
    *out = floatValue(v);
    return true;
  }
  if (isInt(v))
    return intToDouble(v, out);
  Type *t = typeOf(v);
  if (t->toFloat) {
    Value r = callFloatSlot(v, t->toFloat);
    if (!r)
      return false;
    *out = floatValue(r);
    return true;
  }
  if (t->toIndex) {
    Value i = numberIndex(v);
    if (!i)
      return false;
    return intToDouble(i, out);
  }
  raise(&TypeErrorType, "must be real number, not %s", typeName(v));
  return false;
}

bool mpzLdexp(const mpz_t m, long e, double *out) {
  int sign = mpz_sgn(m);
  if (sign == 0) {
    *out = 0.0;
    return true;
  }
  long bits = long(mpz_sizeinbase(m, 2));
  long top = bits + e; // value in [2**(top-1), 2**top)
  if (top > 1024)
    return false;
  // Exponent of the lowest bit kept: 53 significant bits, or fewer for
  // subnormals (the lowest representable bit is 2**-1074).
  long low = top - 53;
  if (low < -1074)
    low = -1074;
  long shift = low - e;
  Mpz a;
  mpz_abs(a, m);
  uint64_t q;
  if (shift <= 0) {
    mpz_mul_2exp(a, a, (mp_bitcnt_t)(-shift));
    q = mpz_get_ui(a);
  } else {
    Mpz qq;
    mpz_tdiv_q_2exp(qq, a, (mp_bitcnt_t)shift);
    q = mpz_get_ui(qq);
    // Half-even on the dropped bits.
    bool half = mpz_tstbit(a, (mp_bitcnt_t)(shift - 1));
    bool rest = half && mpz_scan1(a, 0) < (mp_bitcnt_t)(shift - 1);
    if (half && (rest || (q & 1)))
      q++;
  }
  double d = std::ldexp(double(q), int(low));
  if (std::isinf(d))
    return false;
  *out = sign < 0 ? -d : d;
  return true;
}

Value intFromDouble(double v) {
  if (std::fabs(v) < 4.0e18)
    return intFromI64(int64_t(v));
  Mpz z;
  mpz_set_d(z, v);
  return intFromMpz(z);
}

/// int(x) for a float: truncation with CPython's errors.
static Value floatToIntValue(double v) {
  if (std::isinf(v))
    return raise(&OverflowErrorType, "cannot convert float infinity to integer");
  if (std::isnan(v))
    return raise(&ValueErrorType, "cannot convert float NaN to integer");
  return intFromDouble(v);
}

// --- Text ------------------------------------------------------------------------

std::string complexRepr(double real, double imag) {
  std::string im = formatDouble(imag, 'r', 0, false, false);
  if (real == 0.0 && !std::signbit(real))
    return im + "j";
  std::string re = formatDouble(real, 'r', 0, false, false);
  std::string sign = im[0] == '-' ? "" : "+";
  return "(" + re + sign + im + "j)";
}

// --- Unicode digit and space tables (the Unicode database's Nd and
// White_Space-like sets that str.isdecimal / str.isspace use) -------------------

int unicodeDecimalValue(uint32_t cp) {
  static const uint32_t zeros[] = {
      0x30,    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,
      0xbe6,   0xc66,   0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,
      0x1090,  0x17e0,  0x1810,  0x1946,  0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,
      0x1c40,  0x1c50,  0xa620,  0xa8d0,  0xa900,  0xa9d0,  0xa9f0,  0xaa50,  0xabf0,
      0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450,
      0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0,
      0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140,
      0x1e2f0, 0x1e950, 0x1fbf0};
  for (uint32_t z : zeros)
    if (cp >= z && cp < z + 10)
      return int(cp - z);
  return -1;
}

bool unicodeIsSpace(uint32_t cp) {
  if (cp < 128)
    return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x1f);
  switch (cp) {
  case 0x85: case 0xa0: case 0x1680: case 0x2028: case 0x2029: case 0x202f: case 0x205f:
  case 0x3000:
    return true;
  default:
    return cp >= 0x2000 && cp <= 0x200a;
  }
}

bool numberTextToAscii(const Str *s, std::string &out) {
  out.clear();
  out.reserve(size_t(s->length));
  bool ok = true;
  for (int64_t i = 0; i < s->length; i++) {
    uint32_t c = s->at(i);
    if (c < 128) {
      out += char(c);
      continue;
    }
    if (unicodeIsSpace(c)) {
      out += ' ';
      continue;
    }
    int d = unicodeDecimalValue(c);
    if (d >= 0) {
      out += char('0' + d);
      continue;
    }
    out += '?';
    ok = false;
  }
  return ok;
}

// --- Parsing -------------------------------------------------------------------

static bool asciiSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static bool matchNoCase(std::string_view s, size_t pos, const char *word) {
  size_t n = strlen(word);
  if (s.size() - pos < n)
    return false;
  for (size_t i = 0; i < n; i++)
    if (char(s[pos + i] | 0x20) != word[i])
      return false;
  return true;
}

/// Scans a float literal (no surrounding spaces) starting at \p pos: sign,
/// digits with single underscores between them, point, exponent, or
/// inf/infinity/nan. Appends the text without underscores to \p clean
/// and returns the end position, or npos when nothing valid starts here.
static size_t scanFloat(std::string_view s, size_t pos, std::string &clean, bool *special,
                        double *specialValue) {
  size_t i = pos, n = s.size();
  bool neg = false;
  *special = false;
  std::string body;
  if (i < n && (s[i] == '+' || s[i] == '-')) {
    neg = s[i] == '-';
    body += s[i];
    i++;
  }
  if (matchNoCase(s, i, "infinity") || matchNoCase(s, i, "inf") || matchNoCase(s, i, "nan")) {
    *special = true;
    if (matchNoCase(s, i, "nan")) {
      *specialValue = neg ? -NAN : NAN;
      i += 3;
    } else {
      *specialValue = neg ? -INFINITY : INFINITY;
      i += matchNoCase(s, i, "infinity") ? 8 : 3;
    }
    return i;
  }
  auto digits = [&](size_t &j) -> size_t { // count of digits; npos on a bad underscore
    size_t count = 0;
    while (j < n) {
      if (s[j] >= '0' && s[j] <= '9') {
        body += s[j++];
        count++;
      } else if (s[j] == '_' && count > 0 && j + 1 < n && s[j + 1] >= '0' && s[j + 1] <= '9') {
        j++;
      } else {
        break;
      }
    }
    return count;
  };
  size_t intDigits = digits(i);
  size_t fracDigits = 0;
  if (i < n && s[i] == '.') {
    body += '.';
    i++;
    fracDigits = digits(i);
  }
  if (intDigits == 0 && fracDigits == 0)
    return std::string_view::npos;
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    size_t save = i;
    std::string saveBody = body;
    body += 'e';
    i++;
    if (i < n && (s[i] == '+' || s[i] == '-'))
      body += s[i++];
    if (digits(i) == 0) {
      i = save;
      body = saveBody;
    }
  }
  clean += body;
  return i;
}

/// The double nearest a decimal scanned by scanFloat (sign, digits, '.',
/// exponent): std::from_chars (correctly rounded, and much faster than
/// strtod), with strtod for what it refuses (overflow to inf, underflow).
static double decimalToDouble(const std::string &clean) {
  const char *b = clean.data(), *e = b + clean.size();
  if (b != e && *b == '+')
    b++;
  double d;
  auto r = std::from_chars(b, e, d);
  if (r.ec == std::errc() && r.ptr == e)
    return d;
  return strtod(clean.c_str(), nullptr);
}

bool parseFloatText(std::string_view text, double *out) {
  size_t b = 0, e = text.size();
  while (b < e && asciiSpace(text[b]))
    b++;
  while (e > b && asciiSpace(text[e - 1]))
    e--;
  std::string_view s = text.substr(b, e - b);
  std::string clean;
  bool special;
  double sv;
  size_t end = scanFloat(s, 0, clean, &special, &sv);
  if (end == std::string_view::npos || end != s.size())
    return false;
  if (special) {
    *out = sv;
    return true;
  }
  *out = decimalToDouble(clean);
  return true;
}

/// The text of a str/bytes/bytearray for number parsing; false with no
/// exception when it cannot be a number, false with an exception on error.
static bool numberSourceText(Value v, std::string &out, bool *isText) {
  *isText = true;
  if (isStr(v)) {
    numberTextToAscii(v.as<Str>(), out);
    return true;
  }
  const uint8_t *data;
  int64_t n;
  if (bytesLikeData(v, &data, &n)) {
    out.clear();
    for (int64_t i = 0; i < n; i++)
      out += data[i] < 128 ? char(data[i]) : '?';
    return true;
  }
  *isText = false;
  return false;
}

/// Plain decimal text ("-12.375", at most 19 digits, no exponent) whose
/// digits make an integer below 2**53 and at most 22 after the point: that
/// integer divided by an exact power of ten, which one correctly rounded
/// division gives exactly (Clinger's fast path). False for anything else.
static bool parsePlainDecimal(const Str *s, double *out) {
  static const double pow10[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                   1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                   1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  if (!s->ascii || s->length == 0 || s->length > 20)
    return false;
  const char *p = static_cast<const char *>(s->data);
  int64_t n = s->length, i = 0;
  bool neg = p[0] == '-';
  if (neg || p[0] == '+')
    i++;
  uint64_t mant = 0;
  int digits = 0, frac = -1;
  for (; i < n; i++) {
    char c = p[i];
    if (c >= '0' && c <= '9') {
      mant = mant * 10 + uint64_t(c - '0');
      digits++;
      if (frac >= 0)
        frac++;
    } else if (c == '.' && frac < 0) {
      frac = 0;
    } else {
      return false;
    }
  }
  if (digits == 0 || mant > (uint64_t(1) << 53))
    return false;
  double d = double(mant);
  if (frac > 0)
    d /= pow10[frac];
  *out = neg ? -d : d;
  return true;
}

Value floatFromString(Value v) {
  double fast;
  if (isStr(v) && parsePlainDecimal(v.as<Str>(), &fast))
    return floatFrom(fast);
  std::string text;
  bool isText;
  if (!numberSourceText(v, text, &isText))
    return errOccurred() ? Value() : raise(&TypeErrorType, "float() argument must be a string or a real number, not '%s'", typeName(v));
  double d;
  if (!parseFloatText(text, &d)) {
    Value r = repr(v);
    if (!r)
      return Value();
    return raise(&ValueErrorType, "could not convert string to float: %s", cstr(r).c_str());
  }
  return floatFrom(d);
}

// --- Hashing ---------------------------------------------------------------------

int64_t floatHash(double v) {
  if (std::isinf(v))
    return v > 0 ? kHashInf : -kHashInf;
  if (std::isnan(v))
    return 0;
  if (v == 0.0)
    return 0;
  int e;
  double m = std::frexp(std::fabs(v), &e); // |v| = m * 2**e, m in [0.5, 1)
  uint64_t mant = uint64_t(std::ldexp(m, 53)); // exact: 53-bit integer
  e -= 53;
  // 2**61 == 1 (mod P), so 2**e == 2**(e mod 61).
  int r = e % 61;
  if (r < 0)
    r += 61;
  unsigned __int128 x = (unsigned __int128)(mant % kHashModulus) << r;
  uint64_t h = uint64_t(x % kHashModulus);
  int64_t res = v < 0 ? -int64_t(h) : int64_t(h);
  return res == -1 ? -2 : res;
}

bool floatDivmod(double a, double b, double *div, double *mod) {
  if (b == 0.0) {
    raise(&ZeroDivisionErrorType, "float divmod()");
    return false;
  }
  double m = std::fmod(a, b);
  double d = (a - m) / b;
  if (m != 0.0) {
    if ((b < 0) != (m < 0)) {
      m += b;
      d -= 1.0;
    }
  } else {
    m = std::copysign(0.0, b);
  }
  double fd;
  if (d != 0.0) {
    fd = std::floor(d);
    if (d - fd > 0.5)
      fd += 1.0;
  } else {
    fd = std::copysign(0.0, a / b);
  }
  *div = fd;
  *mod = m;
  return true;
}

// --- Rounding --------------------------------------------------------------------

/// x rounded to \p nd decimal places (negative: tens, hundreds...), half to
/// even on the exact binary value, then correctly rounded back to a double.
static Value roundToDigits(double x, int64_t nd) {
  // Beyond these every double is unchanged or rounds to zero.
  if (nd > 323)
    return floatFrom(x);
  if (nd < -308)
    return floatFrom(0.0 * x);
  if (x == 0.0 || !std::isfinite(x))
    return floatFrom(x);
  int e;
  double m = std::frexp(x, &e);
  Mpz num, den, q, r;
  mpz_set_d(num, std::ldexp(m, 53)); // x = num * 2**(e-53)
  long be = e - 53;
  mpz_set_ui(den, 1);
  if (be >= 0)
    mpz_mul_2exp(num, num, (mp_bitcnt_t)be);
  else
    mpz_mul_2exp(den, den, (mp_bitcnt_t)(-be));
  Mpz p10;
  mpz_ui_pow_ui(p10, 10, (unsigned long)(nd >= 0 ? nd : -nd));
  if (nd >= 0)
    mpz_mul(num, num, p10);
  else
    mpz_mul(den, den, p10);
  // q = round-half-even(num / den)
  mpz_fdiv_qr(q, r, num, den);
  mpz_mul_2exp(r, r, 1);
  int c = mpz_cmp(r, den);
  if (c > 0 || (c == 0 && mpz_odd_p(q.z)))
    mpz_add_ui(q, q, 1);
  // result = q / 10**nd, correctly rounded (strtod is).
  std::string text = mpz_get_str(nullptr, 10, q);
  text += "e";
  text += std::to_string(-nd);
  errno = 0;
  double d = strtod(text.c_str(), nullptr);
  if (std::isinf(d))
    return raise(&OverflowErrorType, "rounded value too large to represent");
  if (d == 0.0)
    d = std::copysign(0.0, x);
  return floatFrom(d);
}

Value floatRound(double x, Value ndigits) {
  if (!ndigits || isNone(ndigits)) {
    return floatToIntValue(std::nearbyint(x)); // the default mode: half to even
  }
  Value idx = numberIndex(ndigits);
  if (!idx)
    return Value();
  int64_t nd;
  if (!intAsI64(idx, &nd))
    nd = intSign(idx) < 0 ? INT64_MIN : INT64_MAX;
  return roundToDigits(x, nd);
}

// --- float slots -----------------------------------------------------------------

namespace {

enum Conv { ConvOk, ConvNotImpl, ConvError };

/// An operand of float arithmetic: float or int.
Conv floatOperand(Value v, double *out) {
  if (v.isSmall()) {
    *out = double(v.smallValue());
    return ConvOk;
  }
  if (isFloat(v)) {
    *out = floatValue(v);
    return ConvOk;
  }
  if (isInt(v))
    return intToDouble(v, out) ? ConvOk : ConvError;
  return ConvNotImpl;
}

#define FLOAT_OPERANDS(a, b, x, y)                                                        \
  double x, y;                                                                            \
  {                                                                                       \
    Conv ca = floatOperand(a, &x);                                                        \
    if (ca == ConvNotImpl)                                                                \
      return NotImplemented();                                                            \
    if (ca == ConvError)                                                                  \
      return Value();                                                                     \
    Conv cb = floatOperand(b, &y);                                                        \
    if (cb == ConvNotImpl)                                                                \
      return NotImplemented();                                                            \
    if (cb == ConvError)                                                                  \
      return Value();                                                                     \
  }

Value floatAdd(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y)
  return floatFrom(x + y);
}

Value floatSub(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y)
  return floatFrom(x - y);
}

Value floatMul(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y)
  return floatFrom(x * y);
}

Value floatTrueDiv(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y)
  if (y == 0.0)
    return raise(&ZeroDivisionErrorType, "float division by zero");
  return floatFrom(x / y);
}

Value floatFloorDiv(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y)
  if (y == 0.0)
    return raise(&ZeroDivisionErrorType, "float floor division by zero");
  double d, m;
  floatDivmod(x, y, &d, &m);
  return floatFrom(d);
}

Value floatMod(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y)
  if (y == 0.0)
    return raise(&ZeroDivisionErrorType, "float modulo");
  double d, m;
  floatDivmod(x, y, &d, &m);
  return floatFrom(m);
}

Value floatDivmodValue(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y)
  double d, m;
  if (!floatDivmod(x, y, &d, &m))
    return Value();
  Value dv = floatFrom(d), mv = floatFrom(m);
  if (!dv || !mv)
    return Value();
  return Value::object(tupleOf({dv, mv}));
}

Value raiseRangeError() {
  Value exc = call(Value::object(&OverflowErrorType),
                   {Value::small(34), strFromAscii("Numerical result out of range")});
  if (!exc)
    return Value();
  setCurrentException(exc);
  return Value();
}

Value complexPowValues(double ar, double ai, double br, double bi);

Value floatPowDoubles(double iv, double iw) {
  if (iw == 0.0)
    return floatFrom(1.0);
  if (std::isnan(iv))
    return floatFrom(iv == 1.0 ? 1.0 : iv);
  if (std::isnan(iw))
    return floatFrom(iv == 1.0 ? 1.0 : iw);
  if (std::isinf(iw)) {
    double a = std::fabs(iv);
    if (a == 1.0)
      return floatFrom(1.0);
    if ((iw > 0) == (a > 1.0))
      return floatFrom(INFINITY);
    return floatFrom(0.0);
  }
  bool iwOdd = std::fmod(std::fabs(iw), 2.0) == 1.0;
  if (std::isinf(iv)) {
    if (iw > 0)
      return floatFrom(iwOdd ? iv : std::fabs(iv));
    return floatFrom(iwOdd ? std::copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    if (iw < 0)
      return raise(&ZeroDivisionErrorType, "0.0 cannot be raised to a negative power");
    return floatFrom(iwOdd ? iv : 0.0);
  }
  bool negateResult = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw))
      return complexPowValues(iv, 0.0, iw, 0.0);
    iv = -iv;
    negateResult = iwOdd;
  }
  if (iv == 1.0)
    return floatFrom(negateResult ? -1.0 : 1.0);
  errno = 0;
  double r = std::pow(iv, iw);
  if (negateResult)
    r = -r;
  if (std::isinf(r))
    return raiseRangeError();
  return floatFrom(r);
}

Value floatPow(Value a, Value b) {
  FLOAT_OPERANDS(a, b, x, y)
  return floatPowDoubles(x, y);
}

Value floatPow3(Value a, Value b, Value m) {
  if (!isNone(m))
    return raise(&TypeErrorType,
                 "pow() 3rd argument not allowed unless all arguments are integers");
  return floatPow(a, b);
}

Value floatNeg(Value a) { return floatFrom(-floatValue(a)); }
Value floatPos(Value a) { return isExactFloat(a) ? a : floatFrom(floatValue(a)); }
Value floatAbs(Value a) { return floatFrom(std::fabs(floatValue(a))); }
int floatBool(Value a) { return floatValue(a) != 0.0; }
Value floatInt(Value a) { return floatToIntValue(floatValue(a)); }
Value floatFloat(Value a) { return floatPos(a); }

Value floatReprSlot(Value v) { return strFromAscii(floatRepr(floatValue(v))); }

bool floatHashSlot(Value v, int64_t *out) {
  double d = floatValue(v);
  if (std::isnan(d))
    return objectHash(v, out);
  *out = floatHash(d);
  return true;
}

/// Three-way comparison of a finite double with an int, exactly.
int compareDoubleInt(double x, Value i) {
  if (i.isSmall()) {
    int64_t n = i.smallValue();
    if (n > -(int64_t(1) << 53) && n < (int64_t(1) << 53)) {
      double y = double(n);
      return x < y ? -1 : x > y;
    }
  }
  Mpz t, n;
  mpz_set_d(t, x); // truncated toward zero
  intToMpz(i, n);
  int c = mpz_cmp(t, n);
  if (c != 0)
    return c < 0 ? -1 : 1;
  double frac = x - std::trunc(x);
  return frac < 0 ? -1 : frac > 0;
}

Value compareResult(int c, int op) {
  switch (op) {
  case 0: return boolValue(c < 0);
  case 1: return boolValue(c <= 0);
  case 2: return boolValue(c == 0);
  case 3: return boolValue(c != 0);
  case 4: return boolValue(c > 0);
  default: return boolValue(c >= 0);
  }
}

Value floatRichCompare(Value a, Value b, int op) {
  if (!isFloat(a))
    return NotImplemented();
  double x = floatValue(a);
  if (isFloat(b)) {
    double y = floatValue(b);
    return boolValue(compareNumbers(op, x, y));
  }
  if (!isInt(b))
    return NotImplemented();
  if (std::isnan(x))
    return boolValue(op == 3);
  if (std::isinf(x))
    return compareResult(x > 0 ? 1 : -1, op);
  return compareResult(compareDoubleInt(x, b), op);
}

Value floatNew(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  if (!noKeywords("float", kwnames) || !checkPositional("float", nargs, 0, 1))
    return Value();
  double d = 0.0;
  if (nargs == 1) {
    Value x = args[0];
    Type *t = typeOf(x);
    if (isExactFloat(x)) {
      if (type == &FloatType)
        return x;
      d = floatValue(x);
    } else if (isExactStr(x)) {
      Value r = floatFromString(x);
      if (!r)
        return Value();
      d = floatValue(r);
    } else if (t->toFloat) {
      Value r = callFloatSlot(x, t->toFloat);
      if (!r)
        return Value();
      d = floatValue(r);
    } else if (t->toIndex) {
      Value i = numberIndex(x);
      if (!i || !intToDouble(i, &d))
        return Value();
    } else if (isFloat(x)) {
      d = floatValue(x);
    } else {
      Value r = floatFromString(x);
      if (!r)
        return Value();
      d = floatValue(r);
    }
  }
  if (type == &FloatType)
    return floatFrom(d);
  return floatSubclassFrom(type, d);
}

// --- float methods -----------------------------------------------------------------

Value floatIsInteger(Value self) {
  double d = floatValue(self);
  return boolValue(std::isfinite(d) && d == std::floor(d));
}

Value floatAsIntegerRatio(Value self) {
  double d = floatValue(self);
  if (std::isinf(d))
    return raise(&OverflowErrorType, "cannot convert Infinity to integer ratio");
  if (std::isnan(d))
    return raise(&ValueErrorType, "cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(d, &e);
  Mpz num, den;
  mpz_set_d(num, std::ldexp(m, 53));
  long be = e - 53;
  mpz_set_ui(den, 1);
  if (be >= 0)
    mpz_mul_2exp(num, num, (mp_bitcnt_t)be);
  else
    mpz_mul_2exp(den, den, (mp_bitcnt_t)(-be));
  // Reduce: den is a power of two.
  if (mpz_sgn(num.z) != 0 && be < 0) {
    mp_bitcnt_t tz = mpz_scan1(num, 0);
    mp_bitcnt_t dz = (mp_bitcnt_t)(-be);
    mp_bitcnt_t s = tz < dz ? tz : dz;
    mpz_fdiv_q_2exp(num, num, s);
    mpz_fdiv_q_2exp(den, den, s);
  } else if (mpz_sgn(num.z) == 0) {
    mpz_set_ui(den, 1);
  }
  Value n = intFromMpz(num), dd = intFromMpz(den);
  if (!n || !dd)
    return Value();
  return Value::object(tupleOf({n, dd}));
}

Value floatHex(Value self) {
  double d = floatValue(self);
  if (std::isnan(d))
    return strFromAscii("nan");
  if (std::isinf(d))
    return strFromAscii(d < 0 ? "-inf" : "inf");
  uint64_t bits;
  memcpy(&bits, &d, sizeof bits);
  bool neg = bits >> 63;
  int expField = int((bits >> 52) & 0x7ff);
  uint64_t frac = bits & ((uint64_t(1) << 52) - 1);
  std::string out = neg ? "-" : "";
  if (expField == 0 && frac == 0)
    return strFromAscii(out + "0x0.0p+0");
  char buf[64];
  if (expField == 0)
    snprintf(buf, sizeof buf, "0x0.%013llxp-1022", (unsigned long long)frac);
  else
    snprintf(buf, sizeof buf, "0x1.%013llxp%+d", (unsigned long long)frac, expField - 1023);
  return strFromAscii(out + buf);
}

Value floatFromHex(Value cls, Value arg) {
  if (!isStr(arg))
    return raise(&TypeErrorType, "bad argument type for built-in operation");
  std::string s;
  numberTextToAscii(arg.as<Str>(), s);
  auto invalid = [] {
    return raise(&ValueErrorType, "invalid hexadecimal floating-point string");
  };
  size_t i = 0, n = s.size();
  while (i < n && asciiSpace(s[i]))
    i++;
  while (n > i && asciiSpace(s[n - 1]))
    n--;
  bool neg = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) {
    neg = s[i] == '-';
    i++;
  }
  double result;
  std::string_view sv(s.data(), n);
  if (matchNoCase(sv, i, "infinity") && i + 8 == n)
    result = INFINITY;
  else if (matchNoCase(sv, i, "inf") && i + 3 == n)
    result = INFINITY;
  else if (matchNoCase(sv, i, "nan") && i + 3 == n)
    result = NAN;
  else {
    if (i + 1 < n && s[i] == '0' && (s[i + 1] | 0x20) == 'x')
      i += 2;
    auto hexVal = [](char c) {
      return c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
    };
    std::string digits;
    long fracDigits = 0;
    size_t intCount = 0;
    while (i < n && hexVal(s[i]) >= 0) {
      digits += s[i++];
      intCount++;
    }
    if (i < n && s[i] == '.') {
      i++;
      while (i < n && hexVal(s[i]) >= 0) {
        digits += s[i++];
        fracDigits++;
      }
    }
    if (digits.empty())
      return invalid();
    long exp = 0;
    if (i < n && (s[i] | 0x20) == 'p') {
      i++;
      bool eneg = false;
      if (i < n && (s[i] == '+' || s[i] == '-')) {
        eneg = s[i] == '-';
        i++;
      }
      if (i >= n || !(s[i] >= '0' && s[i] <= '9'))
        return invalid();
      while (i < n && s[i] >= '0' && s[i] <= '9') {
        if (exp < 100000000)
          exp = exp * 10 + (s[i] - '0');
        i++;
      }
      if (eneg)
        exp = -exp;
    }
    if (i != n)
      return invalid();
    (void)intCount;
    Mpz m;
    mpz_set_str(m, digits.c_str(), 16);
    if (mpz_sgn(m.z) == 0) {
      result = 0.0;
    } else {
      long e = exp - 4 * fracDigits;
      long top = long(mpz_sizeinbase(m, 2)) + e;
      if (top < -1100) {
        result = 0.0;
      } else if (top > 1100 || !mpzLdexp(m, e, &result)) {
        return raise(&OverflowErrorType, "hexadecimal value too large to represent as a float");
      }
    }
  }
  if (neg)
    result = -result;
  Value f = floatFrom(result);
  if (!f)
    return Value();
  if (cls.as<Type>() == &FloatType)
    return f;
  return call(cls, {f});
}

Value floatConjugate(Value self) { return floatPos(self); }

Value floatTrunc(Value self) { return floatToIntValue(floatValue(self)); }
Value floatFloor(Value self) { return floatToIntValue(std::floor(floatValue(self))); }
Value floatCeil(Value self) { return floatToIntValue(std::ceil(floatValue(self))); }

Value floatRoundMethod(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("__round__", nargs, 0, 1))
    return Value();
  return floatRound(floatValue(self), nargs ? args[0] : Value());
}

Value floatFormatMethod(Value self, Value spec) {
  if (!isStr(spec))
    return raise(&TypeErrorType, "__format__() argument must be str, not %s", typeName(spec));
  if (spec.as<Str>()->length == 0)
    return str(self);
  return formatFloat(floatValue(self), spec.as<Str>());
}

Value floatGetNewArgs(Value self) {
  Value f = floatFrom(floatValue(self));
  if (!f)
    return Value();
  return Value::object(tupleOf({f}));
}

Value floatDivmodMethod(Value self, Value other) { return floatDivmodValue(self, other); }
Value floatRDivmodMethod(Value self, Value other) { return floatDivmodValue(other, self); }

Value floatGetReal(Value self) { return floatPos(self); }
Value floatGetImag(Value self) { return floatFrom(0.0); }

const MethodDef floatMethods[] = {
    KILN_METH_NOARGS("conjugate", floatConjugate),
    KILN_METH_NOARGS("is_integer", floatIsInteger),
    KILN_METH_NOARGS("as_integer_ratio", floatAsIntegerRatio),
    KILN_METH_NOARGS("hex", floatHex),
    {"fromhex", reinterpret_cast<void *>(static_cast<OneArgFn>(floatFromHex)), CallKind::OneArg,
     nullptr, MethodDef::Class},
    KILN_METH_NOARGS("__trunc__", floatTrunc),
    KILN_METH_NOARGS("__floor__", floatFloor),
    KILN_METH_NOARGS("__ceil__", floatCeil),
    KILN_METH_FAST("__round__", floatRoundMethod),
    KILN_METH_O("__format__", floatFormatMethod),
    KILN_METH_NOARGS("__getnewargs__", floatGetNewArgs),
    KILN_METH_O("__divmod__", floatDivmodMethod),
    KILN_METH_O("__rdivmod__", floatRDivmodMethod),
    {nullptr, nullptr, CallKind::NoArgs},
};

const GetSetDef floatGetSets[] = {
    {"real", floatGetReal, nullptr},
    {"imag", floatGetImag, nullptr},
    {nullptr, nullptr, nullptr},
};

// --- complex -----------------------------------------------------------------------

struct Cx {
  double re, im;
};

inline Cx cxValue(Value v) {
  ComplexObject *c = v.as<ComplexObject>();
  return {c->real, c->imag};
}

/// An operand of complex arithmetic: complex, float or int.
Conv complexOperand(Value v, Cx *out) {
  if (isComplex(v)) {
    *out = cxValue(v);
    return ConvOk;
  }
  double d;
  Conv c = floatOperand(v, &d);
  if (c == ConvOk)
    *out = {d, 0.0};
  return c;
}

#define COMPLEX_OPERANDS(a, b, x, y)                                                      \
  Cx x, y;                                                                                \
  {                                                                                       \
    Conv ca = complexOperand(a, &x);                                                      \
    if (ca == ConvNotImpl)                                                                \
      return NotImplemented();                                                            \
    if (ca == ConvError)                                                                  \
      return Value();                                                                     \
    Conv cb = complexOperand(b, &y);                                                      \
    if (cb == ConvNotImpl)                                                                \
      return NotImplemented();                                                            \
    if (cb == ConvError)                                                                  \
      return Value();                                                                     \
  }

Cx cxMul(Cx a, Cx b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

/// a / b by Smith's method; *zero set when b is zero.
Cx cxQuot(Cx a, Cx b, bool *zero) {
  *zero = false;
  double absRe = std::fabs(b.re), absIm = std::fabs(b.im);
  if (absRe >= absIm) {
    if (absRe == 0.0) {
      *zero = true;
      return {0.0, 0.0};
    }
    double ratio = b.im / b.re;
    double denom = b.re + b.im * ratio;
    return {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  }
  if (absIm >= absRe) {
    double ratio = b.re / b.im;
    double denom = b.re * ratio + b.im;
    return {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  }
  return {NAN, NAN}; // NaNs in b
}

Value complexAdd(Value a, Value b) {
  COMPLEX_OPERANDS(a, b, x, y)
  return complexFrom(x.re + y.re, x.im + y.im);
}

Value complexSub(Value a, Value b) {
  COMPLEX_OPERANDS(a, b, x, y)
  return complexFrom(x.re - y.re, x.im - y.im);
}

Value complexMul(Value a, Value b) {
  COMPLEX_OPERANDS(a, b, x, y)
  Cx r = cxMul(x, y);
  return complexFrom(r.re, r.im);
}

Value complexTrueDiv(Value a, Value b) {
  COMPLEX_OPERANDS(a, b, x, y)
  bool zero;
  Cx r = cxQuot(x, y, &zero);
  if (zero)
    return raise(&ZeroDivisionErrorType, "complex division by zero");
  return complexFrom(r.re, r.im);
}

/// Powers: repeated squaring for small integral real exponents, polar form
/// otherwise. errors: 1 = zero to a negative/complex power, 2 = overflow.
Cx cxPow(Cx a, Cx b, int *err) {
  *err = 0;
  if (b.re == 0.0 && b.im == 0.0)
    return {1.0, 0.0};
  if (a.re == 0.0 && a.im == 0.0) {
    if (b.im != 0.0 || b.re < 0.0)
      *err = 1;
    return {0.0, 0.0};
  }
  double vabs = std::hypot(a.re, a.im);
  double len = std::pow(vabs, b.re);
  double at = std::atan2(a.im, a.re);
  double phase = at * b.re;
  if (b.im != 0.0) {
    len /= std::exp(at * b.im);
    phase += b.im * std::log(vabs);
  }
  return {len * std::cos(phase), len * std::sin(phase)};
}

Cx cxPowUnsigned(Cx x, long n) {
  Cx r = {1.0, 0.0}, p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask)
      r = cxMul(r, p);
    mask <<= 1;
    p = cxMul(p, p);
  }
  return r;
}

Value complexPowValues(double ar, double ai, double br, double bi) {
  Cx a{ar, ai}, b{br, bi}, p;
  int err = 0;
  if (b.im == 0.0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0) {
    long n = long(b.re);
    if (n > 0) {
      p = cxPowUnsigned(a, n);
    } else {
      bool zero;
      p = cxQuot({1.0, 0.0}, cxPowUnsigned(a, -n), &zero);
      if (zero)
        err = 1;
    }
  } else {
    p = cxPow(a, b, &err);
  }
  if (!err && (std::isinf(p.re) || std::isinf(p.im)))
    err = 2;
  if (err == 1)
    return raise(&ZeroDivisionErrorType, "0.0 to a negative or complex power");
  if (err == 2)
    return raise(&OverflowErrorType, "complex exponentiation");
  return complexFrom(p.re, p.im);
}

Value complexPow(Value a, Value b) {
  COMPLEX_OPERANDS(a, b, x, y)
  return complexPowValues(x.re, x.im, y.re, y.im);
}

Value complexPow3(Value a, Value b, Value m) {
  if (!isNone(m))
    return raise(&ValueErrorType, "complex modulo");
  return complexPow(a, b);
}

Value complexNeg(Value a) {
  Cx c = cxValue(a);
  return complexFrom(-c.re, -c.im);
}

Value complexPos(Value a) {
  if (typeOf(a) == &ComplexType)
    return a;
  Cx c = cxValue(a);
  return complexFrom(c.re, c.im);
}

Value complexAbs(Value a) {
  Cx c = cxValue(a);
  if (std::isinf(c.re) || std::isinf(c.im))
    return floatFrom(INFINITY);
  if (std::isnan(c.re) || std::isnan(c.im))
    return floatFrom(NAN);
  double r = std::hypot(c.re, c.im);
  if (std::isinf(r))
    return raise(&OverflowErrorType, "absolute value too large");
  return floatFrom(r);
}

int complexBool(Value a) {
  Cx c = cxValue(a);
  return c.re != 0.0 || c.im != 0.0;
}

Value complexReprSlot(Value v) {
  Cx c = cxValue(v);
  return strFromAscii(complexRepr(c.re, c.im));
}

bool complexHashSlot(Value v, int64_t *out) {
  Cx c = cxValue(v);
  int64_t hr, hi;
  if (std::isnan(c.re) || std::isnan(c.im)) {
    int64_t id;
    if (!objectHash(v, &id))
      return false;
    hr = std::isnan(c.re) ? id : floatHash(c.re);
    hi = std::isnan(c.im) ? id : floatHash(c.im);
  } else {
    hr = floatHash(c.re);
    hi = floatHash(c.im);
  }
  uint64_t h = uint64_t(hr) + kHashImag * uint64_t(hi);
  int64_t r = int64_t(h);
  *out = r == -1 ? -2 : r;
  return true;
}

Value complexRichCompare(Value a, Value b, int op) {
  if (op != 2 && op != 3)
    return NotImplemented();
  if (!isComplex(a))
    return NotImplemented();
  Cx x = cxValue(a);
  bool eq;
  if (isInt(b)) {
    if (x.im != 0.0 || std::isnan(x.re))
      eq = false;
    else if (std::isinf(x.re))
      eq = false;
    else
      eq = compareDoubleInt(x.re, b) == 0;
  } else if (isFloat(b)) {
    eq = x.im == 0.0 && x.re == floatValue(b);
  } else if (isComplex(b)) {
    Cx y = cxValue(b);
    eq = x.re == y.re && x.im == y.im;
  } else {
    return NotImplemented();
  }
  return boolValue(op == 2 ? eq : !eq);
}

// Parsing "1+2j", "(3-4.5e1J)", "j", "-inf+nanj".
bool parseComplexText(std::string_view text, double *re, double *im) {
  size_t b = 0, e = text.size();
  while (b < e && asciiSpace(text[b]))
    b++;
  while (e > b && asciiSpace(text[e - 1]))
    e--;
  if (b < e && text[b] == '(') {
    if (text[e - 1] != ')')
      return false;
    b++;
    e--;
    while (b < e && asciiSpace(text[b]))
      b++;
    while (e > b && asciiSpace(text[e - 1]))
      e--;
  }
  std::string_view s = text.substr(b, e - b);
  if (s.empty())
    return false;
  auto isJ = [&](size_t i) { return i < s.size() && (s[i] | 0x20) == 'j'; };
  auto parseAt = [&](size_t pos, double *out, size_t *end) {
    std::string clean;
    bool special;
    double sv;
    size_t en = scanFloat(s, pos, clean, &special, &sv);
    if (en == std::string_view::npos)
      return false;
    *out = special ? sv : decimalToDouble(clean);
    *end = en;
    return true;
  };
  double x;
  size_t end;
  if (!parseAt(0, &x, &end)) {
    // "j", "+j", "-j"
    size_t i = 0;
    double sign = 1.0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
      sign = s[i] == '-' ? -1.0 : 1.0;
      i++;
    }
    if (isJ(i) && i + 1 == s.size()) {
      *re = 0.0;
      *im = sign;
      return true;
    }
    return false;
  }
  if (end == s.size()) {
    *re = x;
    *im = 0.0;
    return true;
  }
  if (isJ(end) && end + 1 == s.size()) {
    *re = 0.0;
    *im = x;
    return true;
  }
  if (s[end] != '+' && s[end] != '-')
    return false;
  double y;
  size_t end2;
  if (parseAt(end, &y, &end2)) {
    if (isJ(end2) && end2 + 1 == s.size()) {
      *re = x;
      *im = y;
      return true;
    }
    return false;
  }
  // "1+j"
  if (isJ(end + 1) && end + 2 == s.size()) {
    *re = x;
    *im = s[end] == '-' ? -1.0 : 1.0;
    return true;
  }
  return false;
}

/// A value's complex form through __complex__ ; *found false when it has none.
bool tryComplexDunder(Value v, Cx *out, bool *found) {
  *found = false;
  Value r = lookupSpecial(v, names.complex_);
  if (!r)
    return !errOccurred();
  *found = true;
  Value res = call(r, nullptr, 0);
  if (!res)
    return false;
  if (!isComplex(res)) {
    raise(&TypeErrorType, "__complex__ returned non-complex (type %s)", typeName(res));
    return false;
  }
  *out = cxValue(res);
  return true;
}

Value complexNew(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[2];
  if (!parseArgs(ArgSpec{"complex", {"real", "imag"}, 0}, args, nargs, kwnames, a))
    return Value();
  Value r = a[0], i = a[1];
  if (!r) {
    if (!i)
      return complexSubclassFrom(type, 0.0, 0.0);
    r = Value::small(0);
  }
  if (isStr(r)) {
    if (i)
      return raise(&TypeErrorType, "complex() can't take second arg if first is a string");
    std::string text;
    bool ok = numberTextToAscii(r.as<Str>(), text);
    double re, im;
    if (!ok || !parseComplexText(text, &re, &im))
      return raise(&ValueErrorType, "complex() arg is a malformed string");
    return complexSubclassFrom(type, re, im);
  }
  if (i && isStr(i))
    return raise(&TypeErrorType, "complex() second arg can't be a string");
  if (isComplex(r) && !i && type == &ComplexType && typeOf(r) == &ComplexType)
    return r;
  Cx cr{0.0, 0.0}, ci{0.0, 0.0};
  bool crComplex = false, ciComplex = false;
  bool found;
  if (!tryComplexDunder(r, &cr, &found))
    return Value();
  if (found) {
    crComplex = true;
  } else if (isComplex(r)) {
    cr = cxValue(r);
    crComplex = true;
  } else {
    Type *t = typeOf(r);
    if (!isFloat(r) && !isInt(r) && !t->toFloat && !t->toIndex)
      return raise(&TypeErrorType,
                   "complex() first argument must be a string or a number, not '%s'",
                   typeName(r));
    if (!toDouble(r, &cr.re))
      return Value();
  }
  if (!i) {
    ci.re = crComplex ? cr.im : 0.0;
  } else if (isComplex(i)) {
    ci = cxValue(i);
    ciComplex = true;
  } else {
    Type *t = typeOf(i);
    if (!isFloat(i) && !isInt(i) && !t->toFloat && !t->toIndex)
      return raise(&TypeErrorType, "complex() second argument must be a number, not '%s'",
                   typeName(i));
    if (!toDouble(i, &ci.re))
      return Value();
  }
  if (ciComplex)
    cr.re -= ci.im;
  if (crComplex && i)
    ci.re += cr.im;
  return complexSubclassFrom(type, cr.re, ci.re);
}

Value complexConjugate(Value self) {
  Cx c = cxValue(self);
  return complexFrom(c.re, -c.im);
}

Value complexGetNewArgs(Value self) {
  Cx c = cxValue(self);
  Value re = floatFrom(c.re), im = floatFrom(c.im);
  if (!re || !im)
    return Value();
  return Value::object(tupleOf({re, im}));
}

Value complexFormatMethod(Value self, Value spec) {
  if (!isStr(spec))
    return raise(&TypeErrorType, "__format__() argument must be str, not %s", typeName(spec));
  if (spec.as<Str>()->length == 0)
    return str(self);
  Cx c = cxValue(self);
  return formatComplex(c.re, c.im, spec.as<Str>());
}

Value complexComplexMethod(Value self) { return complexPos(self); }

Value complexGetReal(Value self) { return floatFrom(cxValue(self).re); }
Value complexGetImag(Value self) { return floatFrom(cxValue(self).im); }

const MethodDef complexMethods[] = {
    KILN_METH_NOARGS("conjugate", complexConjugate),
    KILN_METH_NOARGS("__getnewargs__", complexGetNewArgs),
    KILN_METH_O("__format__", complexFormatMethod),
    KILN_METH_NOARGS("__complex__", complexComplexMethod),
    {nullptr, nullptr, CallKind::NoArgs},
};

const GetSetDef complexGetSets[] = {
    {"real", complexGetReal, nullptr},
    {"imag", complexGetImag, nullptr},
    {nullptr, nullptr, nullptr},
};

} // namespace

void initFloatType() {
  typeInitBuiltin(&FloatType, "float", &ObjectType, sizeof(FloatObject));
  FloatType.flags |= TF_FLOAT_SUBCLASS;
  FloatType.atomic = true;
  FloatType.repr = floatReprSlot;
  FloatType.hash = floatHashSlot;
  FloatType.richcompare = floatRichCompare;
  FloatType.newFn = floatNew;
  FloatType.binary[0] = floatAdd;
  FloatType.binary[2] = floatFloorDiv;
  FloatType.binary[5] = floatMul;
  FloatType.binary[6] = floatMod;
  FloatType.binary[8] = floatPow;
  FloatType.binary[10] = floatSub;
  FloatType.binary[11] = floatTrueDiv;
  FloatType.power3 = floatPow3;
  FloatType.negative = floatNeg;
  FloatType.positive = floatPos;
  FloatType.absolute = floatAbs;
  FloatType.boolSlot = floatBool;
  FloatType.toInt = floatInt;
  FloatType.toFloat = floatFloat;
  typeReady(&FloatType, floatMethods, floatGetSets);
}

void initComplexType() {
  typeInitBuiltin(&ComplexType, "complex", &ObjectType, sizeof(ComplexObject));
  ComplexType.atomic = true;
  ComplexType.repr = complexReprSlot;
  ComplexType.hash = complexHashSlot;
  ComplexType.richcompare = complexRichCompare;
  ComplexType.newFn = complexNew;
  ComplexType.binary[0] = complexAdd;
  ComplexType.binary[5] = complexMul;
  ComplexType.binary[8] = complexPow;
  ComplexType.binary[10] = complexSub;
  ComplexType.binary[11] = complexTrueDiv;
  ComplexType.power3 = complexPow3;
  ComplexType.negative = complexNeg;
  ComplexType.positive = complexPos;
  ComplexType.absolute = complexAbs;
  ComplexType.boolSlot = complexBool;
  typeReady(&ComplexType, complexMethods, complexGetSets);
}

} // namespace kiln::rt
