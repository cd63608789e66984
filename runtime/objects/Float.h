//===- Float.h - float and complex ---------------------------------------===//
///
/// Floats are boxed doubles; complex numbers boxed pairs. Every observable
/// behaviour (repr, rounding, hashing, error messages) follows CPython 3.11.
/// Float.cpp holds the types, NumberFormat.cpp the format mini-language for
/// int, float and complex (`format(x, spec)`).
///
//===----------------------------------------------------------------------===//
#pragma once

#include "runtime/Object.h"

#include <gmp.h>

#include <string>
#include <string_view>

namespace kiln::rt {

struct Str;
class StrBuilder;

struct FloatObject : Object {
  double value;
};

struct ComplexObject : Object {
  double real, imag;
};

Value floatFrom(double v);
/// An instance of float or a float subclass \p type holding \p v.
Value floatSubclassFrom(Type *type, double v);
Value complexFrom(double real, double imag);
inline double floatValue(Value v) { return v.as<FloatObject>()->value; }


inline bool isComplex(Value v) { return !v.isSmall() && isInstance(v, &ComplexType); }
/// float(x) for int/float/objects with __float__/__index__; false on error
/// (TypeError "must be real number, not str").
bool toDouble(Value v, double *out);
/// repr() of a float: CPython's shortest round-trip text.
std::string floatRepr(double v);
/// hash() of a float (CPython's algorithm, consistent with ints). NaN
/// hashes are identity-based in CPython; this gives 0 for them.
int64_t floatHash(double v);
/// Python's float floor division and modulo; false on division by zero
/// (ZeroDivisionError "float divmod()" raised).
bool floatDivmod(double a, double b, double *div, double *mod);
/// round(x[, ndigits]) for floats (ndigits null or None: an int result).
Value floatRound(double x, Value ndigits);
/// float(str) parsing with CPython's rules; \p str is a str, bytes or
/// bytearray (the original object, quoted in the error message).
Value floatFromString(Value str);
/// Parses \p text (ASCII, already transformed) as a float literal with
/// CPython's rules (whitespace around, underscores between digits,
/// inf/nan). False when malformed (no exception set).
bool parseFloatText(std::string_view text, double *out);
/// format(float, spec)-style conversion: \p type is one of e E f F g G r
/// (r: shortest repr, precision ignored). \p alternate keeps the point and
/// trailing zeros; \p addDot0 appends ".0" to integral results without an
/// exponent. Infinities and NaN print as inf/nan (INF/NAN for upper-case
/// types), with a '-' for negative values (never for NaN).
std::string formatDouble(double v, char type, int precision, bool alternate,
                         bool addDot0);
/// formatDouble(v, type, precision, false, false) appended to \p out.
void appendFormattedDouble(StrBuilder &out, double v, char type, int precision);
std::string complexRepr(double real, double imag);
/// m * 2**e correctly rounded to a double (half to even, subnormals
/// included); false when the result overflows.
bool mpzLdexp(const mpz_t m, long e, double *out);
/// The exact integer value of the finite double \p v truncated toward
/// zero, as an int Value.
Value intFromDouble(double v);

/// Transforms a str for int()/float()/complex() parsing as CPython does:
/// Unicode white space becomes ' ', Unicode decimal digits become ASCII
/// digits; false when another non-ASCII character occurs.
bool numberTextToAscii(const Str *s, std::string &out);
/// The value of a Unicode decimal digit, or -1.
int unicodeDecimalValue(uint32_t cp);
bool unicodeIsSpace(uint32_t cp);

/// __format__ of the number types (NumberFormat.cpp): the full format
/// mini-language for numbers. \p v is an int (or bool / int subclass).
Value formatInt(Value v, Str *spec);
Value formatFloat(double v, Str *spec);
Value formatComplex(double real, double imag, Str *spec);

void initFloatType();
void initComplexType();

} // namespace kiln::rt
