//===- Math.cpp - the math module -----------------------------------------===//
///
/// CPython 3.11's math module: the libm functions with CPython's error
/// policy (a NaN from a non-NaN argument is "math domain error", an
/// infinity from a finite one "math range error" or a domain error),
/// logarithms of ints of any size, exact big-int results (factorial, comb,
/// perm, isqrt, gcd, lcm) through GMP, and exactly computed fsum and
/// hypot/dist (the sum of squares and the sum kept exact, then rounded
/// once).
///
//===----------------------------------------------------------------------===//
#include "runtime/Abstract.h"
#include "runtime/Args.h"
#include "runtime/Errors.h"
#include "runtime/Names.h"
#include "runtime/objects/Float.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/Module.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"

#include <cerrno>
#include <cmath>
#include <vector>

namespace kiln::rt {

namespace {

struct Mpz {
  mpz_t z;
  Mpz() { mpz_init(z); }
  explicit Mpz(Value v) {
    mpz_init(z);
    intToMpz(v, z);
  }
  ~Mpz() { mpz_clear(z); }
  Mpz(const Mpz &) = delete;
  operator mpz_ptr() { return z; }
  operator mpz_srcptr() const { return z; }
};

Value domainError() { return raise(&ValueErrorType, "math domain error"); }
Value rangeError() { return raise(&OverflowErrorType, "math range error"); }

/// One-argument libm function with CPython's checks.
Value math1(Value arg, double (*fn)(double), bool canOverflow) {
  double x;
  if (!toDouble(arg, &x))
    return Value();
  errno = 0;
  double r = fn(x);
  if (std::isnan(r) && !std::isnan(x))
    return domainError();
  if (std::isinf(r) && std::isfinite(x))
    return canOverflow ? rangeError() : domainError();
  return floatFrom(r);
}

#define MATH_FUNC1(name, fn, overflow)                                                    \
  Value math_##name(Value, Value x) { return math1(x, [](double v) { return fn(v); }, overflow); }

MATH_FUNC1(acos, std::acos, false)
MATH_FUNC1(acosh, std::acosh, false)
MATH_FUNC1(asin, std::asin, false)
MATH_FUNC1(asinh, std::asinh, false)
MATH_FUNC1(atan, std::atan, false)
MATH_FUNC1(atanh, std::atanh, false)
MATH_FUNC1(cbrt, std::cbrt, false)
MATH_FUNC1(cos, std::cos, false)
MATH_FUNC1(cosh, std::cosh, true)
MATH_FUNC1(erf, std::erf, false)
MATH_FUNC1(erfc, std::erfc, false)
MATH_FUNC1(exp, std::exp, true)
MATH_FUNC1(exp2, std::exp2, true)
MATH_FUNC1(expm1, std::expm1, true)
MATH_FUNC1(fabs, std::fabs, false)
MATH_FUNC1(sin, std::sin, false)
MATH_FUNC1(sinh, std::sinh, true)
MATH_FUNC1(sqrt, std::sqrt, false)
MATH_FUNC1(tan, std::tan, false)
MATH_FUNC1(tanh, std::tanh, false)

/// Gamma and log-Gamma by the Lanczos approximation with the same
/// coefficients and evaluation order as CPython, so results agree to the
/// last bit (libm's tgamma/lgamma differ in the last place).
// Lanczos approximation (N=13, g=6.0246800407767296; Boost's lanczos13m53
// coefficients, Godfrey's method) for Gamma and log-Gamma.
static const double kG = 6.024680040776729583740234375;
static const double kGMinusHalf = 5.524680040776729583740234375;
static const double kNum[13] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
static const double kDen[13] = {0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
                                13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
static double lanczosSum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = 12; i >= 0; i--) { num = num * x + kNum[i]; den = den * x + kDen[i]; }
  } else {
    for (int i = 0; i < 13; i++) { num = num / x + kNum[i]; den = den / x + kDen[i]; }
  }
  return num / den;
}
static double sinPi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  int n = int(std::round(2.0 * y));
  double r;
  switch (n) {
  case 0: r = std::sin(M_PI * y); break;
  case 1: r = std::cos(M_PI * (y - 0.5)); break;
  case 2: r = std::sin(M_PI * (1.0 - y)); break;
  case 3: r = -std::cos(M_PI * (y - 1.5)); break;
  default: r = std::sin(M_PI * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}
static double lanczosGamma(double x) {
  if (x == std::floor(x) && x >= 1 && x <= 23) { // exact factorials
    double f = 1;
    for (int i = 2; i < x; i++)
      f *= i;
    return f;
  }
  double ax = std::fabs(x);
  if (ax < 1e-20) return 1.0 / x;
  if (ax > 200.0) return x < 0 ? 0.0 / sinPi(x) : HUGE_VAL;
  double y = ax + kGMinusHalf, q, z;
  if (ax > kGMinusHalf) { q = y - ax; z = q - kGMinusHalf; } else { q = y - kGMinusHalf; z = q - ax; }
  z = z * kG / y;
  double r;
  if (x < 0.0) {
    r = -M_PI / sinPi(ax) / ax * std::exp(y) / lanczosSum(ax);
    r -= z * r;
    if (ax < 140.0) r /= std::pow(y, ax - 0.5);
    else { double s = std::pow(y, ax / 2.0 - 0.25); r /= s; r /= s; }
  } else {
    r = lanczosSum(ax) / std::exp(y);
    r += z * r;
    if (ax < 140.0) r *= std::pow(y, ax - 0.5);
    else { double s = std::pow(y, ax / 2.0 - 0.25); r *= s; r *= s; }
  }
  return r;
}
static double lanczosLogGamma(double x) {
  double ax = std::fabs(x);
  if (ax < 1e-20) return -std::log(ax);
  double r = std::log(lanczosSum(ax)) - kG;
  r += (ax - 0.5) * (std::log(ax + kG - 0.5) - 1);
  if (x < 0.0) r = 1.144729885849400174143427351353058711647 - std::log(std::fabs(sinPi(ax))) - std::log(ax) - r;
  return r;
}

Value math_gamma(Value, Value arg) {
  double x;
  if (!toDouble(arg, &x))
    return Value();
  if (std::isnan(x))
    return floatFrom(x);
  if (std::isinf(x))
    return x > 0 ? floatFrom(x) : domainError();
  if (x == std::floor(x) && x <= 0)
    return domainError();
  double r = lanczosGamma(x);
  if (std::isinf(r))
    return rangeError();
  return floatFrom(r);
}

Value math_lgamma(Value, Value arg) {
  double x;
  if (!toDouble(arg, &x))
    return Value();
  if (std::isnan(x))
    return floatFrom(x);
  if (std::isinf(x))
    return floatFrom(INFINITY);
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0)
      return domainError();
    return floatFrom(0.0);
  }
  double r = lanczosLogGamma(x);
  if (std::isinf(r))
    return rangeError();
  return floatFrom(r);
}

Value math_log1p(Value, Value x) {
  return math1(x, [](double v) { return std::log1p(v); }, false);
}

// --- Logarithms --------------------------------------------------------------------

/// log-family function of \p arg: ints of any size are handled as
/// m * 2**e. false with the error set.
bool logHelper(Value arg, double (*fn)(double), double *out) {
  if (isInt(arg)) {
    if (intSign(arg) <= 0) {
      domainError();
      return false;
    }
    double d;
    if (intToDouble(arg, &d)) {
      *out = fn(d);
      return true;
    }
    clearError();
    Mpz z(arg);
    long bits = long(mpz_sizeinbase(z, 2));
    double m;
    mpzLdexp(z, -bits, &m);
    *out = fn(m) + fn(2.0) * double(bits);
    return true;
  }
  double x;
  if (!toDouble(arg, &x))
    return false;
  if (std::isnan(x)) {
    *out = x;
    return true;
  }
  if (x <= 0.0) {
    domainError();
    return false;
  }
  *out = fn(x);
  return true;
}

double logE(double x) { return std::log(x); }
double log2Fn(double x) { return std::log2(x); }
double log10Fn(double x) { return std::log10(x); }

Value math_log(Value, const Value *args, size_t nargs) {
  if (nargs < 1 || nargs > 2)
    return raise(&TypeErrorType, "math.log requires 1 to 2 arguments");
  double num;
  if (!logHelper(args[0], logE, &num))
    return Value();
  if (nargs == 2) {
    double den;
    if (!logHelper(args[1], logE, &den))
      return Value();
    if (den == 0.0)
      return raise(&ZeroDivisionErrorType, "float division by zero");
    return floatFrom(num / den);
  }
  return floatFrom(num);
}

Value math_log2(Value, Value x) {
  double r;
  return logHelper(x, log2Fn, &r) ? floatFrom(r) : Value();
}

Value math_log10(Value, Value x) {
  double r;
  return logHelper(x, log10Fn, &r) ? floatFrom(r) : Value();
}

// --- Two-argument functions -----------------------------------------------------------

bool twoDoubles(const char *name, const Value *args, size_t nargs, double *x, double *y) {
  if (!checkPositional(name, nargs, 2, 2))
    return false;
  return toDouble(args[0], x) && toDouble(args[1], y);
}

Value math_atan2(Value, const Value *args, size_t nargs) {
  double y, x;
  if (!twoDoubles("atan2", args, nargs, &y, &x))
    return Value();
  return floatFrom(std::atan2(y, x));
}

Value math_copysign(Value, const Value *args, size_t nargs) {
  double x, y;
  if (!twoDoubles("copysign", args, nargs, &x, &y))
    return Value();
  return floatFrom(std::copysign(x, y));
}

Value math_fmod(Value, const Value *args, size_t nargs) {
  double x, y;
  if (!twoDoubles("fmod", args, nargs, &x, &y))
    return Value();
  if (std::isinf(y) && std::isfinite(x))
    return floatFrom(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y))
    return domainError();
  return floatFrom(r);
}

Value math_remainder(Value, const Value *args, size_t nargs) {
  double x, y;
  if (!twoDoubles("remainder", args, nargs, &x, &y))
    return Value();
  if (std::isnan(x) || std::isnan(y))
    return floatFrom(std::isnan(x) ? x : y);
  if (std::isinf(x) || y == 0.0)
    return domainError();
  if (std::isinf(y))
    return floatFrom(x);
  return floatFrom(std::remainder(x, y));
}

Value math_pow(Value, const Value *args, size_t nargs) {
  double x, y;
  if (!twoDoubles("pow", args, nargs, &x, &y))
    return Value();
  double r;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x))
      r = y == 0.0 ? 1.0 : x;
    else if (std::isnan(y))
      r = x == 1.0 ? 1.0 : y;
    else if (std::isinf(x)) {
      bool oddY = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0)
        r = oddY ? x : std::fabs(x);
      else if (y == 0)
        r = 1.0;
      else
        r = oddY ? std::copysign(0.0, x) : 0.0;
    } else { // y infinite
      double ax = std::fabs(x);
      if (ax == 1.0)
        r = 1.0;
      else if ((y > 0) == (ax > 1.0))
        r = INFINITY;
      else
        r = 0.0;
    }
    return floatFrom(r);
  }
  r = std::pow(x, y);
  if (std::isnan(r))
    return domainError();
  if (std::isinf(r))
    return x == 0.0 ? domainError() : rangeError();
  return floatFrom(r);
}

Value math_nextafter(Value, const Value *args, size_t nargs) {
  double x, y;
  if (!twoDoubles("nextafter", args, nargs, &x, &y))
    return Value();
  return floatFrom(std::nextafter(x, y));
}

Value math_ldexp(Value, const Value *args, size_t nargs) {
  if (!checkPositional("ldexp", nargs, 2, 2))
    return Value();
  double x;
  if (!toDouble(args[0], &x))
    return Value();
  if (!isInt(args[1]))
    return raise(&TypeErrorType, "Expected an int as second argument to ldexp.");
  int64_t e;
  if (!intAsI64(args[1], &e))
    e = intSign(args[1]) < 0 ? INT64_MIN : INT64_MAX;
  if (x == 0.0 || !std::isfinite(x))
    return floatFrom(x);
  if (e > 100000)
    return rangeError();
  if (e < -100000)
    return floatFrom(std::copysign(0.0, x));
  double r = std::ldexp(x, int(e));
  if (std::isinf(r))
    return rangeError();
  return floatFrom(r);
}

// --- Rounding ------------------------------------------------------------------------

Value roundVia(Value x, Str *dunder, double (*fn)(double)) {
  if (!isExactFloat(x)) {
    Value m = lookupSpecial(x, dunder);
    if (m)
      return call(m, nullptr, 0);
    if (errOccurred())
      return Value();
  }
  double d;
  if (!toDouble(x, &d))
    return Value();
  d = fn(d);
  if (std::isinf(d))
    return raise(&OverflowErrorType, "cannot convert float infinity to integer");
  if (std::isnan(d))
    return raise(&ValueErrorType, "cannot convert float NaN to integer");
  return intFromDouble(d);
}

Value math_ceil(Value, Value x) { return roundVia(x, names.ceil, [](double v) { return std::ceil(v); }); }
Value math_floor(Value, Value x) {
  return roundVia(x, names.floor, [](double v) { return std::floor(v); });
}

Value math_trunc(Value, Value x) {
  if (isExactFloat(x))
    return FloatType.toInt(x);
  Value m = lookupSpecial(x, names.trunc);
  if (!m) {
    if (errOccurred())
      return Value();
    return raise(&TypeErrorType, "type %s doesn't define __trunc__ method", typeName(x));
  }
  return call(m, nullptr, 0);
}

Value math_frexp(Value, Value arg) {
  double x;
  if (!toDouble(arg, &x))
    return Value();
  int e = 0;
  double m = x;
  if (std::isfinite(x) && x != 0.0)
    m = std::frexp(x, &e);
  Value mv = floatFrom(m);
  if (!mv)
    return Value();
  return Value::object(tupleOf({mv, Value::small(e)}));
}

Value math_modf(Value, Value arg) {
  double x;
  if (!toDouble(arg, &x))
    return Value();
  double ip, fp;
  if (std::isinf(x)) {
    ip = x;
    fp = std::copysign(0.0, x);
  } else {
    fp = std::modf(x, &ip);
  }
  Value a = floatFrom(fp), b = floatFrom(ip);
  if (!a || !b)
    return Value();
  return Value::object(tupleOf({a, b}));
}

Value math_isfinite(Value, Value arg) {
  double x;
  return toDouble(arg, &x) ? boolValue(std::isfinite(x)) : Value();
}
Value math_isinf(Value, Value arg) {
  double x;
  return toDouble(arg, &x) ? boolValue(std::isinf(x)) : Value();
}
Value math_isnan(Value, Value arg) {
  double x;
  return toDouble(arg, &x) ? boolValue(std::isnan(x)) : Value();
}

Value math_degrees(Value, Value arg) {
  double x;
  return toDouble(arg, &x) ? floatFrom(x * (180.0 / M_PI)) : Value();
}
Value math_radians(Value, Value arg) {
  double x;
  return toDouble(arg, &x) ? floatFrom(x * (M_PI / 180.0)) : Value();
}

Value math_ulp(Value, Value arg) {
  double x;
  if (!toDouble(arg, &x))
    return Value();
  if (std::isnan(x))
    return floatFrom(x);
  x = std::fabs(x);
  if (std::isinf(x))
    return floatFrom(x);
  double next = std::nextafter(x, INFINITY);
  if (std::isinf(next))
    return floatFrom(x - std::nextafter(x, -INFINITY));
  return floatFrom(next - x);
}

Value math_isclose(Value, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[4];
  if (!parseArgs(ArgSpec{"isclose", {"a", "b", "rel_tol", "abs_tol"}, 2, 2}, args, nargs,
                 kwnames, a))
    return Value();
  double x, y, rel = 1e-9, abst = 0.0;
  if (!toDouble(a[0], &x) || !toDouble(a[1], &y))
    return Value();
  if (a[2] && !toDouble(a[2], &rel))
    return Value();
  if (a[3] && !toDouble(a[3], &abst))
    return Value();
  if (rel < 0.0 || abst < 0.0)
    return raise(&ValueErrorType, "tolerances must be non-negative");
  if (x == y)
    return TrueValue;
  if (std::isinf(x) || std::isinf(y))
    return FalseValue;
  double diff = std::fabs(y - x);
  return boolValue((diff <= std::fabs(rel * y)) || (diff <= std::fabs(rel * x)) ||
                   diff <= abst);
}

// --- Exact sums: fsum, hypot, dist -------------------------------------------------------

/// Adds the finite double \p v exactly to \p acc, a fixed-point integer
/// with 2**-1074 as its unit.
void addExact(mpz_t acc, double v, Mpz &tmp) {
  if (v == 0.0)
    return;
  int e;
  double m = std::frexp(v, &e);
  mpz_set_d(tmp, std::ldexp(m, 53)); // v = tmp * 2**(e-53)
  long shift = long(e) - 53 + 1074;
  if (shift >= 0)
    mpz_mul_2exp(tmp, tmp, (mp_bitcnt_t)shift);
  else
    mpz_tdiv_q_2exp(tmp, tmp, (mp_bitcnt_t)(-shift)); // exact: low bits are zero
  mpz_add(acc, acc, tmp);
}

Value math_fsum(Value, Value iterable) {
  Mpz acc, tmp;
  bool sawNan = false, posInf = false, negInf = false;
  bool ok = forEach(iterable, [&](Value item) {
    double x;
    if (!toDouble(item, &x))
      return false;
    if (std::isnan(x))
      sawNan = true;
    else if (std::isinf(x))
      (x > 0 ? posInf : negInf) = true;
    else
      addExact(acc, x, tmp);
    return true;
  });
  if (!ok)
    return Value();
  if (posInf && negInf)
    return raise(&ValueErrorType, "-inf + inf in fsum");
  if (sawNan)
    return floatFrom(NAN);
  if (posInf || negInf)
    return floatFrom(posInf ? INFINITY : -INFINITY);
  double r;
  if (!mpzLdexp(acc, -1074, &r))
    return raise(&OverflowErrorType, "intermediate overflow in fsum");
  return floatFrom(r);
}

/// sqrt(sum of squares), correctly rounded, of finite values.
double exactNorm(const std::vector<double> &xs) {
  // Each |x| = m * 2**(e-53); squares are m*m * 2**(2e-106) with 2e-106
  // >= 2*(-1074). Unit of the accumulator: 2**(-2148).
  Mpz acc, t;
  for (double x : xs) {
    if (x == 0.0)
      continue;
    int e;
    double m = std::frexp(std::fabs(x), &e);
    mpz_set_d(t, std::ldexp(m, 53));
    mpz_mul(t, t, t);
    long shift = 2L * (e - 53) + 2148;
    if (shift >= 0)
      mpz_mul_2exp(t, t, (mp_bitcnt_t)shift);
    else
      mpz_tdiv_q_2exp(t, t, (mp_bitcnt_t)(-shift)); // exact: multiples of 2**-2148
    mpz_add(acc, acc, t);
  }
  if (mpz_sgn(acc.z) == 0)
    return 0.0;
  // sqrt(acc * 2**-2148) = sqrt(acc * 4**k) * 2**(-1074 - k), with enough
  // bits for rounding plus a sticky bit.
  long bits = long(mpz_sizeinbase(acc, 2));
  long k = bits < 240 ? (240 - bits) / 2 + 1 : 0;
  mpz_mul_2exp(acc, acc, (mp_bitcnt_t)(2 * k));
  Mpz root, rem;
  mpz_sqrtrem(root, rem, acc);
  mpz_mul_2exp(root, root, 1);
  if (mpz_sgn(rem.z) != 0)
    mpz_add_ui(root, root, 1);
  double r;
  if (!mpzLdexp(root, -1074 - k - 1, &r))
    return INFINITY;
  return r;
}

Value normOf(std::vector<double> &xs) {
  bool sawInf = false, sawNan = false;
  for (double x : xs) {
    if (std::isinf(x))
      sawInf = true;
    else if (std::isnan(x))
      sawNan = true;
  }
  if (sawInf)
    return floatFrom(INFINITY);
  if (sawNan)
    return floatFrom(NAN);
  return floatFrom(exactNorm(xs));
}

Value math_hypot(Value, const Value *args, size_t nargs) {
  std::vector<double> xs(nargs);
  for (size_t i = 0; i < nargs; i++)
    if (!toDouble(args[i], &xs[i]))
      return Value();
  return normOf(xs);
}

Value math_dist(Value, const Value *args, size_t nargs) {
  if (!checkPositional("dist", nargs, 2, 2))
    return Value();
  Value p = args[0], q = args[1];
  if (!isTuple(p)) {
    p = tupleFromIterable(p);
    if (!p)
      return Value();
  }
  if (!isTuple(q)) {
    q = tupleFromIterable(q);
    if (!q)
      return Value();
  }
  Tuple *tp = p.as<Tuple>(), *tq = q.as<Tuple>();
  if (tp->size != tq->size)
    return raise(&ValueErrorType, "both points must have the same number of dimensions");
  std::vector<double> xs(size_t(tp->size));
  for (int64_t i = 0; i < tp->size; i++) {
    double a, b;
    if (!toDouble(tp->items[i], &a) || !toDouble(tq->items[i], &b))
      return Value();
    xs[size_t(i)] = std::fabs(a - b);
  }
  return normOf(xs);
}

Value math_prod(Value, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[2];
  if (!parseArgs(ArgSpec{"prod", {"iterable", "start"}, 1, 1}, args, nargs, kwnames, a))
    return Value();
  Value result = a[1] ? a[1] : Value::small(1);
  bool ok = forEach(a[0], [&](Value item) {
    result = binaryOp(result, item, 5);
    return bool(result);
  });
  if (!ok)
    return Value();
  return result;
}

// --- Integer functions ---------------------------------------------------------------------

Value math_factorial(Value, Value arg) {
  Value n = numberIndex(arg);
  if (!n)
    return Value();
  int64_t v;
  if (!intAsI64(n, &v)) {
    if (intSign(n) < 0)
      return raise(&ValueErrorType, "factorial() not defined for negative values");
    return raise(&OverflowErrorType, "factorial() argument should not exceed %lld",
                 (long long)INT64_MAX);
  }
  if (v < 0)
    return raise(&ValueErrorType, "factorial() not defined for negative values");
  if (v < 21) {
    int64_t r = 1;
    for (int64_t i = 2; i <= v; i++)
      r *= i;
    return intFromI64(r);
  }
  Mpz r;
  mpz_fac_ui(r, (unsigned long)v);
  return intFromMpz(r);
}

Value math_isqrt(Value, Value arg) {
  Value n = numberIndex(arg);
  if (!n)
    return Value();
  if (intSign(n) < 0)
    return raise(&ValueErrorType, "isqrt() argument must be nonnegative");
  Mpz z(n);
  mpz_sqrt(z, z);
  return intFromMpz(z);
}

Value gcdLcm(const Value *args, size_t nargs, bool lcm) {
  Mpz acc, t;
  mpz_set_ui(acc, lcm ? 1 : 0);
  for (size_t i = 0; i < nargs; i++) {
    Value v = numberIndex(args[i]);
    if (!v)
      return Value();
    intToMpz(v, t);
    if (lcm)
      mpz_lcm(acc, acc, t);
    else
      mpz_gcd(acc, acc, t);
  }
  return intFromMpz(acc);
}

Value math_gcd(Value, const Value *args, size_t nargs) { return gcdLcm(args, nargs, false); }
Value math_lcm(Value, const Value *args, size_t nargs) { return gcdLcm(args, nargs, true); }

/// n and k of comb/perm as non-negative ints; false with the error set.
bool combArgs(Value nv, Value kv, Mpz &n, Mpz &k) {
  Value ni = numberIndex(nv);
  if (!ni)
    return false;
  Value ki = numberIndex(kv);
  if (!ki)
    return false;
  intToMpz(ni, n);
  intToMpz(ki, k);
  if (mpz_sgn(n.z) < 0) {
    raise(&ValueErrorType, "n must be a non-negative integer");
    return false;
  }
  if (mpz_sgn(k.z) < 0) {
    raise(&ValueErrorType, "k must be a non-negative integer");
    return false;
  }
  return true;
}

Value math_comb(Value, const Value *args, size_t nargs) {
  if (!checkPositional("comb", nargs, 2, 2))
    return Value();
  Mpz n, k;
  if (!combArgs(args[0], args[1], n, k))
    return Value();
  if (mpz_cmp(k, n) > 0)
    return Value::small(0);
  Mpz nk;
  mpz_sub(nk, n, k);
  if (mpz_cmp(nk, k) < 0)
    mpz_set(k, nk);
  if (!mpz_fits_slong_p(k))
    return raise(&OverflowErrorType, "min(n - k, k) must not exceed %lld", (long long)INT64_MAX);
  Mpz r;
  mpz_bin_ui(r, n, mpz_get_ui(k));
  return intFromMpz(r);
}

Value math_perm(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("perm", nargs, 1, 2))
    return Value();
  if (nargs == 1 || isNone(args[1]))
    return math_factorial(self, args[0]);
  Mpz n, k;
  if (!combArgs(args[0], args[1], n, k))
    return Value();
  if (mpz_cmp(k, n) > 0)
    return Value::small(0);
  if (!mpz_fits_slong_p(k))
    return raise(&OverflowErrorType, "k must not exceed %lld", (long long)INT64_MAX);
  unsigned long kk = mpz_get_ui(k);
  Mpz r, f;
  mpz_bin_ui(r, n, kk);
  mpz_fac_ui(f, kk);
  mpz_mul(r, r, f);
  return intFromMpz(r);
}

#define M1(name) KILN_METH_O(#name, math_##name)
#define MF(name) KILN_METH_FAST(#name, math_##name)

const MethodDef mathFunctions[] = {
    M1(acos), M1(acosh), M1(asin), M1(asinh), M1(atan), MF(atan2), M1(atanh), M1(cbrt),
    M1(ceil), MF(comb), MF(copysign), M1(cos), M1(cosh), M1(degrees), MF(dist), M1(erf),
    M1(erfc), M1(exp), M1(exp2), M1(expm1), M1(fabs), M1(factorial), M1(floor), MF(fmod),
    M1(frexp), M1(fsum), M1(gamma), MF(gcd), MF(hypot), KILN_METH_KW("isclose", math_isclose),
    M1(isfinite), M1(isinf), M1(isnan), M1(isqrt), MF(lcm), MF(ldexp), M1(lgamma), MF(log),
    M1(log10), M1(log1p), M1(log2), M1(modf), MF(nextafter), MF(perm), MF(pow),
    KILN_METH_KW("prod", math_prod), M1(radians), MF(remainder), M1(sin), M1(sinh), M1(sqrt),
    M1(tan), M1(tanh), M1(trunc), M1(ulp),
    {nullptr, nullptr, CallKind::NoArgs},
};

bool initMath(Module *m) {
  moduleAddFunctions(m, mathFunctions);
  moduleAdd(m, "pi", floatFrom(M_PI));
  moduleAdd(m, "e", floatFrom(M_E));
  moduleAdd(m, "tau", floatFrom(2 * M_PI));
  moduleAdd(m, "inf", floatFrom(INFINITY));
  moduleAdd(m, "nan", floatFrom(NAN));
  return true;
}

} // namespace

KILN_NATIVE_MODULE("math", initMath);

} // namespace kiln::rt
