//===- Int.cpp - int: small ints and GMP big ints -------------------------===//
///
/// Every operation takes the small-int path when both operands are small
/// (overflow checked with the compiler builtins) and otherwise works on
/// mpz_t temporaries whose limbs live in GC memory. Floor division and
/// modulo round toward negative infinity; true division is correctly
/// rounded even for big operands; hashes reduce modulo 2**61 - 1 like
/// CPython's, so sets of ints iterate in CPython's order.
///
//===----------------------------------------------------------------------===//
#include "runtime/objects/Int.h"
#include "runtime/Abstract.h"
#include "runtime/Errors.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/objects/Float.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <cmath>
#include <cstring>

namespace kiln::rt {

Type IntType;

/// The digit limit of int <-> str conversions (sys.set_int_max_str_digits).
int64_t intMaxStrDigits = 4300;

namespace {

/// A scoped mpz_t.
struct Mpz {
  mpz_t z;
  Mpz() { mpz_init(z); }
  explicit Mpz(Value v) {
    mpz_init(z);
    intToMpz(v, z);
  }
  ~Mpz() { mpz_clear(z); }
  operator mpz_ptr() { return z; }
  __mpz_struct *operator->() { return z; }
  const __mpz_struct *operator->() const { return z; }
  operator mpz_srcptr() const { return z; }
};

/// A read-only mpz view of an int: a big int's own digits, or a small int
/// in a local limb (no allocation, no copy).
struct MpzIn {
  mpz_t local;
  mp_limb_t limb;
  mpz_srcptr p;
  explicit MpzIn(Value v) {
    if (v.isSmall()) {
      int64_t x = v.smallValue();
      limb = x < 0 ? mp_limb_t(0) - mp_limb_t(x) : mp_limb_t(x);
      mpz_roinit_n(local, &limb, x < 0 ? -1 : x > 0 ? 1 : 0);
      p = local;
    } else {
      p = v.as<BigInt>()->z;
    }
  }
  operator mpz_srcptr() const { return p; }
};

constexpr uint64_t kHashModulus = (uint64_t(1) << 61) - 1;

/// intFromMpz for a scratch value: the new int takes over its digits
/// instead of copying them.
Value takeMpz(Mpz &r) {
  if (mpz_fits_slong_p(r)) {
    long v = mpz_get_si(r);
    if (Value::fitsSmall(v))
      return Value::small(v);
  }
  BigInt *b = newObject<BigInt>(&IntType);
  if (!b)
    return Value();
  mpz_init(b->z);
  mpz_swap(b->z, r.z);
  return Value::object(b);
}

} // namespace

Value intFromI64(int64_t v) {
  if (Value::fitsSmall(v))
    return Value::small(v);
  Mpz z;
  mpz_set_si(z, v);
  return intFromMpz(z);
}

Value intFromU64(uint64_t v) {
  if (v <= uint64_t(Value::kMaxSmall))
    return Value::small(int64_t(v));
  Mpz z;
  mpz_import(z, 1, 1, sizeof v, 0, 0, &v);
  return intFromMpz(z);
}

Value intFromMpz(const mpz_t z) {
  if (mpz_fits_slong_p(z)) {
    long v = mpz_get_si(z);
    if (Value::fitsSmall(v))
      return Value::small(v);
  }
  BigInt *b = newObject<BigInt>(&IntType);
  if (!b)
    return Value();
  mpz_init_set(b->z, z);
  return Value::object(b);
}

Value intSubclassFromMpz(Type *type, const mpz_t z) {
  if (type == &IntType)
    return intFromMpz(z);
  BigInt *b = newObject<BigInt>(type);
  if (!b)
    return Value();
  mpz_init_set(b->z, z);
  return Value::object(b);
}

void intToMpz(Value v, mpz_t out) {
  if (v.isSmall())
    mpz_set_si(out, v.smallValue());
  else
    mpz_set(out, v.as<BigInt>()->z);
}

bool intAsI64(Value v, int64_t *out) {
  if (v.isSmall()) {
    *out = v.smallValue();
    return true;
  }
  const BigInt *b = v.as<BigInt>();
  if (!mpz_fits_slong_p(b->z))
    return false;
  *out = mpz_get_si(b->z);
  return true;
}

bool intToSsize(Value v, int64_t *out) {
  if (intAsI64(v, out))
    return true;
  raise(&OverflowErrorType, "Python int too large to convert to C ssize_t");
  return false;
}

int intSign(Value v) {
  if (v.isSmall())
    return v.smallValue() < 0 ? -1 : v.smallValue() > 0;
  return mpz_sgn(v.as<BigInt>()->z);
}

bool intToDouble(Value v, double *out) {
  if (v.isSmall()) {
    *out = double(v.smallValue());
    return true;
  }
  const BigInt *b = v.as<BigInt>();
  size_t bits = mpz_sizeinbase(b->z, 2);
  if (bits <= 53) {
    *out = mpz_get_d(b->z);
    return true;
  }
  // Round to nearest even: keep 55 bits plus a sticky bit.
  Mpz a;
  mpz_abs(a, b->z);
  size_t shift = bits - 55;
  Mpz top;
  mpz_tdiv_q_2exp(top, a, shift);
  bool sticky = mpz_scan1(a, 0) < shift;
  uint64_t m = mpz_get_ui(top) | (sticky ? 1 : 0);
  double d = std::ldexp(double(m), int(shift));
  if (std::isinf(d) || bits > 1024) {
    raise(&OverflowErrorType, "int too large to convert to float");
    return false;
  }
  *out = mpz_sgn(b->z) < 0 ? -d : d;
  return true;
}

int intCompare(Value a, Value b) {
  if (a.isSmall() && b.isSmall()) {
    int64_t x = a.smallValue(), y = b.smallValue();
    return x < y ? -1 : x > y;
  }
  MpzIn x(a), y(b);
  int c = mpz_cmp(x, y);
  return c < 0 ? -1 : c > 0;
}

int64_t intHash(Value v) {
  if (v.isSmall()) {
    int64_t x = v.smallValue();
    if (x >= 0 && uint64_t(x) < kHashModulus)
      return x;
    if (x < 0 && uint64_t(-x) < kHashModulus)
      return x == -1 ? -2 : x;
  }
  Mpz z(v);
  bool neg = mpz_sgn(z) < 0;
  mpz_abs(z, z);
  uint64_t r = mpz_fdiv_ui(z, kHashModulus);
  int64_t h = neg ? -int64_t(r) : int64_t(r);
  return h == -1 ? -2 : h;
}

bool intToDecimal(Value v, std::string &out) {
  if (v.isSmall()) {
    out = std::to_string(v.smallValue());
    return true;
  }
  const BigInt *b = v.as<BigInt>();
  if (intMaxStrDigits > 0) {
    size_t approx = mpz_sizeinbase(b->z, 10);
    if (approx > size_t(intMaxStrDigits) + 1 ||
        (approx > size_t(intMaxStrDigits) && [&] {
          std::string s(mpz_get_str(nullptr, 10, b->z));
          return s.size() - (s[0] == '-') > size_t(intMaxStrDigits);
        }())) {
      raise(&ValueErrorType,
            "Exceeds the limit (%lld digits) for integer string conversion; use "
            "sys.set_int_max_str_digits() to increase the limit",
            (long long)intMaxStrDigits);
      return false;
    }
  }
  char *s = mpz_get_str(nullptr, 10, b->z);
  out = s;
  return true;
}

std::string intToBase(Value v, int base, bool prefix) {
  Mpz z(v);
  bool neg = mpz_sgn(z) < 0;
  mpz_abs(z, z);
  std::string digits = mpz_get_str(nullptr, base, z);
  std::string p = !prefix ? "" : base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
  return (neg ? "-" : "") + p + digits;
}

uint64_t intBitLength(Value v) {
  if (v.isSmall()) {
    int64_t x = v.smallValue();
    uint64_t a = x < 0 ? uint64_t(-x) : uint64_t(x);
    return a ? 64 - __builtin_clzll(a) : 0;
  }
  return mpz_sizeinbase(v.as<BigInt>()->z, 2);
}

Value intFromString(std::string_view text, int base, Value original) {
  auto fail = [&]() -> Value {
    Value r = repr(original);
    if (!r)
      return Value();
    return raise(&ValueErrorType, "invalid literal for int() with base %d: %s", base,
                 strToUtf8(r).c_str());
  };
  size_t i = 0, n = text.size();
  auto isSpace = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  while (i < n && isSpace(text[i]))
    i++;
  while (n > i && isSpace(text[n - 1]))
    n--;
  bool neg = false;
  if (i < n && (text[i] == '+' || text[i] == '-')) {
    neg = text[i] == '-';
    i++;
  }
  int b = base;
  bool prefixed = false;
  if (i + 1 < n && text[i] == '0') {
    char p = char(text[i + 1] | 0x20);
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (b == 0 || b == pb)) {
      b = pb;
      i += 2;
      prefixed = true;
    }
  }
  if (b == 0) {
    b = 10;
    // base 0: a decimal with leading zeros must be all zeros.
    if (i < n && text[i] == '0') {
      size_t j = i;
      while (j < n && (text[j] == '0' || text[j] == '_'))
        j++;
      if (j != n)
        return fail();
    }
  }
  std::string digits;
  bool lastUnderscore = prefixed; // "0x_1" is allowed, "_1" is not
  if (i >= n)
    return fail();
  for (size_t j = i; j < n; j++) {
    char c = text[j];
    if (c == '_') {
      if (lastUnderscore && !(prefixed && j == i))
        return fail();
      if (!prefixed && j == i)
        return fail();
      lastUnderscore = true;
      continue;
    }
    int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? (c | 0x20) - 'a' + 10 : 99;
    if (d >= b)
      return fail();
    digits += c;
    lastUnderscore = false;
  }
  if (lastUnderscore || digits.empty())
    return fail();
  if (b == 10 && intMaxStrDigits > 0 && digits.size() > size_t(intMaxStrDigits))
    return raise(&ValueErrorType,
                 "Exceeds the limit (%lld digits) for integer string conversion: value has %zu "
                 "digits; use sys.set_int_max_str_digits() to increase the limit",
                 (long long)intMaxStrDigits, digits.size());
  if (digits.size() < 18 && b <= 10) {
    int64_t v = 0;
    for (char c : digits)
      v = v * b + (c - '0');
    return intFromI64(neg ? -v : v);
  }
  Mpz z;
  if (mpz_set_str(z, digits.c_str(), b) != 0)
    return fail();
  if (neg)
    mpz_neg(z, z);
  return intFromMpz(z);
}

Value numberIndex(Value v) {
  if (isInt(v)) {
    if (isExactInt(v) || isBool(v))
      return isBool(v) ? Value::small(v == TrueValue) : v;
    Mpz z(v);
    return intFromMpz(z);
  }
  UnaryFn idx = typeOf(v)->toIndex;
  if (!idx)
    return raise(&TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(v));
  Value r = idx(v);
  if (!r)
    return Value();
  if (!isInt(r))
    return raise(&TypeErrorType, "__index__ returned non-int (type %s)", typeName(r));
  return r;
}

bool indexToSsize(Value v, int64_t *out, Type *overflowError) {
  Value i = v.isSmall() ? v : numberIndex(v);
  if (!i)
    return false;
  if (intAsI64(i, out))
    return true;
  if (!overflowError) {
    *out = intSign(i) < 0 ? INT64_MIN : INT64_MAX;
    return true;
  }
  raise(overflowError, "cannot fit '%s' into an index-sized integer", typeName(v));
  return false;
}

// --- Arithmetic ------------------------------------------------------------------

#define BOTH_INTS(a, b)                                                                   \
  if (!isInt(a) || !isInt(b))                                                             \
    return NotImplemented();

Value intAdd(Value a, Value b) {
  if (a.isSmall() && b.isSmall())
    return intFromI64(a.smallValue() + b.smallValue());
  BOTH_INTS(a, b)
  MpzIn x(a), y(b);
  Mpz r;
  mpz_add(r, x, y);
  return takeMpz(r);
}

Value intSub(Value a, Value b) {
  if (a.isSmall() && b.isSmall())
    return intFromI64(a.smallValue() - b.smallValue());
  BOTH_INTS(a, b)
  MpzIn x(a), y(b);
  Mpz r;
  mpz_sub(r, x, y);
  return takeMpz(r);
}

Value intMul(Value a, Value b) {
  if (a.isSmall() && b.isSmall()) {
    int64_t r;
    if (!__builtin_mul_overflow(a.smallValue(), b.smallValue(), &r))
      return intFromI64(r);
  }
  BOTH_INTS(a, b)
  MpzIn x(a), y(b);
  Mpz r;
  mpz_mul(r, x, y);
  return takeMpz(r);
}

static int64_t floorDiv(int64_t x, int64_t y) {
  int64_t q = x / y;
  if ((x % y != 0) && ((x < 0) != (y < 0)))
    q--;
  return q;
}

static int64_t floorMod(int64_t x, int64_t y) {
  int64_t r = x % y;
  if (r != 0 && ((r < 0) != (y < 0)))
    r += y;
  return r;
}

Value intFloorDiv(Value a, Value b) {
  BOTH_INTS(a, b)
  if (intSign(b) == 0)
    return raise(&ZeroDivisionErrorType, "integer division or modulo by zero");
  if (a.isSmall() && b.isSmall())
    return intFromI64(floorDiv(a.smallValue(), b.smallValue()));
  MpzIn x(a), y(b);
  Mpz r;
  mpz_fdiv_q(r, x, y);
  return takeMpz(r);
}

Value intMod(Value a, Value b) {
  BOTH_INTS(a, b)
  if (intSign(b) == 0)
    return raise(&ZeroDivisionErrorType, "integer modulo by zero");
  if (a.isSmall() && b.isSmall())
    return intFromI64(floorMod(a.smallValue(), b.smallValue()));
  MpzIn x(a), y(b);
  Mpz r;
  mpz_fdiv_r(r, x, y);
  return takeMpz(r);
}

Value intDivmod(Value a, Value b) {
  BOTH_INTS(a, b)
  if (intSign(b) == 0)
    return raise(&ZeroDivisionErrorType, "integer division or modulo by zero");
  if (a.isSmall() && b.isSmall()) {
    int64_t x = a.smallValue(), y = b.smallValue();
    return Value::object(tupleOf({intFromI64(floorDiv(x, y)), intFromI64(floorMod(x, y))}));
  }
  MpzIn x(a), y(b);
  Mpz q, r;
  mpz_fdiv_qr(q, r, x, y);
  return Value::object(tupleOf({takeMpz(q), takeMpz(r)}));
}

Value intTrueDiv(Value a, Value b) {
  BOTH_INTS(a, b)
  if (intSign(b) == 0)
    return raise(&ZeroDivisionErrorType, "division by zero");
  const int64_t lim = int64_t(1) << 53;
  if (a.isSmall() && b.isSmall() && a.smallValue() > -lim && a.smallValue() < lim &&
      b.smallValue() > -lim && b.smallValue() < lim)
    return floatFrom(double(a.smallValue()) / double(b.smallValue()));
  // Correctly rounded: a quotient of 55+ significant bits with a sticky bit.
  Mpz x(a), y(b);
  bool neg = (mpz_sgn(x) < 0) != (mpz_sgn(y) < 0);
  mpz_abs(x, x);
  mpz_abs(y, y);
  if (mpz_sgn(x) == 0)
    return floatFrom(neg ? -0.0 : 0.0);
  long shift = 55 - (long(mpz_sizeinbase(x, 2)) - long(mpz_sizeinbase(y, 2)));
  if (shift > 0)
    mpz_mul_2exp(x, x, shift);
  else
    mpz_mul_2exp(y, y, -shift);
  Mpz q, r;
  mpz_tdiv_qr(q, r, x, y);
  // q has 55 or 56 bits; keep the sticky information in its lowest bit.
  uint64_t m = mpz_get_ui(q);
  if (mpz_sgn(r) != 0)
    m |= 1;
  double d = std::ldexp(double(m), int(-shift));
  if (std::isinf(d) || (-shift) > 1100)
    return raise(&OverflowErrorType, "integer division result too large for a float");
  return floatFrom(neg ? -d : d);
}

Value intPow(Value a, Value b) {
  BOTH_INTS(a, b)
  if (intSign(b) < 0) {
    double x, y;
    if (!intToDouble(a, &x) || !intToDouble(b, &y))
      return Value();
    if (x == 0.0)
      return raise(&ZeroDivisionErrorType, "0.0 cannot be raised to a negative power");
    return floatFrom(std::pow(x, y));
  }
  int64_t e;
  if (!intAsI64(b, &e)) {
    // Only 0, 1 and -1 can be raised to such powers.
    Mpz x(a);
    if (mpz_cmp_si(x, 0) == 0 || mpz_cmp_si(x, 1) == 0)
      return a;
    if (mpz_cmp_si(x, -1) == 0)
      return Value::small(mpz_odd_p(Mpz(b).z) ? -1 : 1);
    return raiseMemoryError();
  }
  if (a.isSmall()) {
    int64_t base = a.smallValue();
    // Fast path: repeated squaring while it fits.
    int64_t result = 1, bb = base;
    int64_t ee = e;
    bool overflow = false;
    while (ee > 0 && !overflow) {
      if (ee & 1)
        overflow |= __builtin_mul_overflow(result, bb, &result);
      ee >>= 1;
      if (ee)
        overflow |= __builtin_mul_overflow(bb, bb, &bb);
    }
    if (!overflow)
      return intFromI64(result);
  }
  MpzIn x(a);
  Mpz r;
  uint64_t bits = intBitLength(a);
  if (bits > 1 && double(bits) * double(e) > 8e10)
    return raiseMemoryError();
  mpz_pow_ui(r, x, (unsigned long)e);
  return takeMpz(r);
}

Value intPow3(Value a, Value b, Value m) {
  if (!isInt(a) || !isInt(b) || !isInt(m))
    return NotImplemented();
  if (intSign(m) == 0)
    return raise(&ValueErrorType, "pow() 3rd argument cannot be 0");
  Mpz x(a), y(b), mod(m), r;
  bool negMod = mpz_sgn(mod) < 0;
  mpz_abs(mod, mod);
  if (mpz_sgn(y) < 0) {
    if (!mpz_invert(x, x, mod))
      return raise(&ValueErrorType, "base is not invertible for the given modulus");
    mpz_neg(y, y);
  }
  mpz_powm(r, x, y, mod);
  if (negMod && mpz_sgn(r) != 0)
    mpz_sub(r, r, mod);
  return takeMpz(r);
}

Value intNeg(Value a) {
  if (a.isSmall())
    return intFromI64(-a.smallValue());
  Mpz r;
  mpz_neg(r, MpzIn(a));
  return takeMpz(r);
}

namespace {

Value intPos(Value a) {
  if (isExactInt(a))
    return a;
  Mpz x(a);
  return takeMpz(x);
}

Value intAbs(Value a) {
  if (intSign(a) < 0)
    return intNeg(a);
  return intPos(a);
}

Value intInvert(Value a) {
  if (a.isSmall())
    return Value::small(~a.smallValue());
  Mpz r;
  mpz_com(r, MpzIn(a));
  return takeMpz(r);
}

int intBool(Value a) { return intSign(a) != 0; }

Value bitOp(Value a, Value b, int which) {
  BOTH_INTS(a, b)
  if (a.isSmall() && b.isSmall()) {
    int64_t x = a.smallValue(), y = b.smallValue();
    return Value::small(which == 0 ? (x & y) : which == 1 ? (x | y) : (x ^ y));
  }
  MpzIn x(a), y(b);
  Mpz r;
  if (which == 0)
    mpz_and(r, x, y);
  else if (which == 1)
    mpz_ior(r, x, y);
  else
    mpz_xor(r, x, y);
  return takeMpz(r);
}

Value intAnd(Value a, Value b) { return bitOp(a, b, 0); }
Value intOr(Value a, Value b) { return bitOp(a, b, 1); }
Value intXor(Value a, Value b) { return bitOp(a, b, 2); }

Value intLshift(Value a, Value b) {
  BOTH_INTS(a, b)
  if (intSign(b) < 0)
    return raise(&ValueErrorType, "negative shift count");
  int64_t s;
  if (!intAsI64(b, &s))
    return intSign(a) == 0 ? Value::small(0) : raise(&OverflowErrorType, "too many digits in integer");
  if (intSign(a) == 0)
    return Value::small(0);
  if (a.isSmall() && s < 62) {
    int64_t x = a.smallValue();
    int64_t r = x << s;
    if ((r >> s) == x && Value::fitsSmall(r))
      return Value::small(r);
  }
  if (s > (int64_t(1) << 40))
    return raiseMemoryError();
  Mpz r;
  mpz_mul_2exp(r, MpzIn(a), (mp_bitcnt_t)s);
  return takeMpz(r);
}

Value intRshift(Value a, Value b) {
  BOTH_INTS(a, b)
  if (intSign(b) < 0)
    return raise(&ValueErrorType, "negative shift count");
  int64_t s;
  if (!intAsI64(b, &s))
    return Value::small(intSign(a) < 0 ? -1 : 0);
  if (a.isSmall())
    return Value::small(s >= 63 ? (a.smallValue() < 0 ? -1 : 0) : a.smallValue() >> s);
  Mpz r;
  mpz_fdiv_q_2exp(r, MpzIn(a), (mp_bitcnt_t)s);
  return takeMpz(r);
}

Value intDivmodSlot(Value a, Value b) { return intDivmod(a, b); }

bool intHashSlot(Value v, int64_t *out) {
  *out = intHash(v);
  return true;
}

Value intFloat(Value v) {
  double d;
  if (!intToDouble(v, &d))
    return Value();
  return floatFrom(d);
}

Value intIndexSlot(Value v) { return numberIndex(v); }

} // namespace

Value intRichCompare(Value a, Value b, int op) {
  if (!isInt(a) || !isInt(b))
    return NotImplemented();
  int c = intCompare(a, b);
  switch (op) {
  case 0: return boolValue(c < 0);
  case 1: return boolValue(c <= 0);
  case 2: return boolValue(c == 0);
  case 3: return boolValue(c != 0);
  case 4: return boolValue(c > 0);
  default: return boolValue(c >= 0);
  }
}

Value intRepr(Value v) {
  std::string s;
  if (!intToDecimal(v, s))
    return Value();
  return strFromAscii(s);
}

Value intNewImpl(Type *type, const Value *args, size_t nargs, Tuple *kwnames);
void addIntMethods();

void initIntType() {
  typeInitBuiltin(&IntType, "int", &ObjectType, sizeof(BigInt));
  IntType.flags |= TF_INT_SUBCLASS;
  IntType.repr = intRepr;
  IntType.hash = intHashSlot;
  IntType.richcompare = intRichCompare;
  IntType.binary[0] = intAdd;
  IntType.binary[1] = intAnd;
  IntType.binary[2] = intFloorDiv;
  IntType.binary[3] = intLshift;
  IntType.binary[5] = intMul;
  IntType.binary[6] = intMod;
  IntType.binary[7] = intOr;
  IntType.binary[8] = intPow;
  IntType.binary[9] = intRshift;
  IntType.binary[10] = intSub;
  IntType.binary[11] = intTrueDiv;
  IntType.binary[12] = intXor;
  IntType.power3 = intPow3;
  IntType.negative = intNeg;
  IntType.positive = intPos;
  IntType.absolute = intAbs;
  IntType.invert = intInvert;
  IntType.boolSlot = intBool;
  IntType.toInt = intPos;
  IntType.toFloat = intFloat;
  IntType.toIndex = intIndexSlot;
  IntType.newFn = intNewImpl;
  (void)intDivmodSlot;
  addIntMethods();
}

} // namespace kiln::rt
