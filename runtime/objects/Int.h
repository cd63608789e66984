//===- Int.h - int and bool ----------------------------------------------===//
///
/// An int is a small int Value when it fits in 63 bits, and a BigInt
/// object (a GMP mpz whose limbs live in GC memory) otherwise. Exact ints
/// are always normalized: a BigInt of type int never holds a value that
/// fits a small int, so `isSmall()` is the whole fast-path test. Instances
/// of int subclasses (and of bool) are BigInt-shaped objects holding any
/// value.
///
//===----------------------------------------------------------------------===//
#pragma once

#include "runtime/Object.h"

#include <gmp.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace kiln::rt {

struct BigInt : Object {
  mpz_t z;
};

/// An int Value of \p v (small when it fits).
Value intFromI64(int64_t v);
Value intFromU64(uint64_t v);
/// An int Value of \p z (small when it fits).
Value intFromMpz(const mpz_t z);
/// An instance of the int subclass \p type holding \p z.
Value intSubclassFromMpz(Type *type, const mpz_t z);
/// Loads any int (or int subclass, or bool) into \p out (initialized).
void intToMpz(Value v, mpz_t out);
/// The value as int64; false (no exception) when it does not fit.
bool intAsI64(Value v, int64_t *out);
/// The value as int64, or OverflowError "Python int too large to convert to C ssize_t".
bool intToSsize(Value v, int64_t *out);
/// Sign of an int: -1, 0, 1.
int intSign(Value v);
/// float(v), or OverflowError "int too large to convert to float".
bool intToDouble(Value v, double *out);
/// Three-way comparison of two ints.
int intCompare(Value a, Value b);
/// hash() of an int (CPython's: modulo 2**61 - 1).
int64_t intHash(Value v);
/// str() of an int; false with ValueError past the digit limit.
bool intToDecimal(Value v, std::string &out);
/// Text in base 2, 8, 16 with prefix, as bin()/oct()/hex().
std::string intToBase(Value v, int base, bool prefix);
/// int(text, base) with CPython's rules (underscores, whitespace, prefixes).
/// Returns null with ValueError (message quoting \p repr of the input).
Value intFromString(std::string_view text, int base, Value original);
/// The bit length of an int.
uint64_t intBitLength(Value v);
/// Converts an int-like value through __index__ (operator.index()).
Value numberIndex(Value v);
/// Index as int64 with clamping for slice use; OverflowError otherwise
/// unless \p clamp.
bool indexToSsize(Value v, int64_t *out, Type *overflowError);

// Slots shared with bool and int subclasses.
Value intAdd(Value a, Value b);
Value intSub(Value a, Value b);
Value intMul(Value a, Value b);
Value intFloorDiv(Value a, Value b);
Value intMod(Value a, Value b);
Value intTrueDiv(Value a, Value b);
Value intPow(Value a, Value b);
Value intPow3(Value a, Value b, Value m);
Value intDivmod(Value a, Value b);
Value intNeg(Value a);
Value intRichCompare(Value a, Value b, int op);
Value intRepr(Value v);

void initIntType();
void initBoolType();

} // namespace kiln::rt
