//===- IntMethods.cpp - int(): the constructor and int's methods ----------===//
///
/// int(x=0, /, base=10) with CPython 3.11's conversion order (__int__,
/// __index__, __trunc__, then text), and the methods and attributes of int
/// (bit_length, to_bytes, from_bytes, __round__, ...). Arithmetic lives in
/// Int.cpp; formatting in NumberFormat.cpp.
///
//===----------------------------------------------------------------------===//
#include "runtime/Abstract.h"
#include "runtime/Args.h"
#include "runtime/Errors.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/objects/Bytes.h"
#include "runtime/objects/Float.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <algorithm>
#include <cstring>
#include <string>

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

/// An exact int with the value of any int (bool, subclass).
Value exactInt(Value v) {
  if (isExactInt(v))
    return v;
  Mpz z(v);
  return intFromMpz(z);
}

/// int(text, base) for str and bytes-like sources; null with no exception
/// when \p v is neither.
Value intFromText(Value v, int base, bool *isText) {
  *isText = true;
  std::string text;
  if (isStr(v)) {
    // Plain decimal text ("-123"): no copy, no big-number parse.
    Str *s = v.as<Str>();
    if (base == 10 && s->ascii && s->length > 0 && s->length <= 18) {
      const char *p = static_cast<const char *>(s->data);
      int64_t i = (p[0] == '-' || p[0] == '+') ? 1 : 0;
      int64_t x = 0;
      bool digits = i < s->length;
      for (int64_t k = i; k < s->length && digits; k++) {
        unsigned d = unsigned(p[k]) - '0';
        digits = d < 10;
        x = x * 10 + int64_t(d);
      }
      if (digits)
        return intFromI64(p[0] == '-' ? -x : x);
    }
    numberTextToAscii(s, text);
    return intFromString(text, base, v);
  }
  const uint8_t *data;
  int64_t n;
  if (bytesLikeData(v, &data, &n)) {
    text.assign(reinterpret_cast<const char *>(data), size_t(n));
    for (char &c : text)
      if ((unsigned char)c >= 128)
        c = '?';
    // The message quotes the bytes/bytearray itself (a memoryview quotes
    // the bytes it views, as CPython does).
    Value original = v;
    if (!isBytes(v) && !isByteArray(v)) {
      original = bytesFromData(reinterpret_cast<const char *>(data), size_t(n));
      if (!original)
        return Value();
    }
    return intFromString(text, base, original);
  }
  *isText = false;
  return Value();
}

/// PyNumber_Long: int(x) without a base.
Value numberToInt(Value x) {
  if (isExactInt(x))
    return x;
  Type *t = typeOf(x);
  if (t->toInt) {
    Value r = t->toInt(x);
    if (!r)
      return Value();
    if (!isInt(r))
      return raise(&TypeErrorType, "__int__ returned non-int (type %s)", typeName(r));
    return exactInt(r);
  }
  if (t->toIndex)
    return exactInt(numberIndex(x)); // numberIndex checks the result type
  Value trunc = lookupSpecial(x, names.trunc);
  if (trunc) {
    Value r = call(trunc, nullptr, 0);
    if (!r)
      return Value();
    if (isInt(r))
      return exactInt(r);
    if (!typeOf(r)->toIndex)
      return raise(&TypeErrorType, "__trunc__ returned non-Integral (type %s)", typeName(r));
    Value i = numberIndex(r);
    return i ? exactInt(i) : Value();
  }
  if (errOccurred())
    return Value();
  bool isText;
  Value r = intFromText(x, 10, &isText);
  if (isText || errOccurred())
    return r;
  return raise(&TypeErrorType,
               "int() argument must be a string, a bytes-like object or a real number, not '%s'",
               typeName(x));
}

} // namespace

Value intNewImpl(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[2];
  if (!parseArgs(ArgSpec{"int", {"x", "base"}, 0, size_t(-1), 1}, args, nargs, kwnames, a))
    return Value();
  Value x = a[0], base = a[1];
  Value result;
  if (!x) {
    if (base)
      return raise(&TypeErrorType, "int() missing string argument");
    result = Value::small(0);
  } else if (!base) {
    result = numberToInt(x);
  } else {
    Value b = numberIndex(base);
    if (!b)
      return Value();
    int64_t bv;
    if (!intAsI64(b, &bv) || (bv != 0 && (bv < 2 || bv > 36)))
      return raise(&ValueErrorType, "int() base must be >= 2 and <= 36, or 0");
    bool isText = false;
    if (isStr(x) || isBytes(x) || isByteArray(x))
      result = intFromText(x, int(bv), &isText);
    else
      return raise(&TypeErrorType, "int() can't convert non-string with explicit base");
  }
  if (!result)
    return Value();
  if (type == &IntType)
    return result;
  Mpz z(result);
  return intSubclassFromMpz(type, z);
}

namespace {

// --- Methods -----------------------------------------------------------------------

Value intBitLengthMethod(Value self) { return intFromU64(intBitLength(self)); }

Value intBitCount(Value self) {
  if (self.isSmall()) {
    int64_t v = self.smallValue();
    uint64_t a = v < 0 ? uint64_t(-v) : uint64_t(v);
    return Value::small(__builtin_popcountll(a));
  }
  Mpz z(self);
  mpz_abs(z, z);
  return intFromU64(mpz_popcount(z));
}

/// "big" -> true, "little" -> false; -1 on error.
int parseByteOrder(Value v) {
  if (!isStr(v)) {
    raise(&TypeErrorType, "to_bytes() argument 'byteorder' must be str, not %s", typeName(v));
    return -1;
  }
  if (strEqualsAscii(v.as<Str>(), "big"))
    return 1;
  if (strEqualsAscii(v.as<Str>(), "little"))
    return 0;
  raise(&ValueErrorType, "byteorder must be either 'little' or 'big'");
  return -1;
}

Value intToBytes(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[3];
  if (!parseArgs(ArgSpec{"to_bytes", {"length", "byteorder", "signed"}, 0, 2}, args, nargs,
                 kwnames, a))
    return Value();
  int64_t length = 1;
  if (a[0]) {
    Value l = numberIndex(a[0]);
    if (!l || !intToSsize(l, &length))
      return Value();
    if (length < 0)
      return raise(&ValueErrorType, "length argument must be non-negative");
  }
  int big = 1;
  if (a[1] && (big = parseByteOrder(a[1])) < 0)
    return Value();
  bool isSigned = false;
  if (a[2]) {
    int t = isTrue(a[2]);
    if (t < 0)
      return Value();
    isSigned = t;
  }
  Mpz z(self);
  if (!isSigned && mpz_sgn(z.z) < 0)
    return raise(&OverflowErrorType, "can't convert negative int to unsigned");
  // Two's complement in `length` bytes: check the range first.
  Mpz limit;
  if (isSigned) {
    // -2**(8L-1) <= v < 2**(8L-1)
    if (length == 0) {
      if (mpz_sgn(z.z) != 0)
        return raise(&OverflowErrorType, "int too big to convert");
    } else {
      mpz_set_ui(limit, 1);
      mpz_mul_2exp(limit, limit, mp_bitcnt_t(8 * length - 1));
      Mpz neg;
      mpz_neg(neg, limit);
      if (mpz_cmp(z, limit) >= 0 || mpz_cmp(z, neg) < 0)
        return raise(&OverflowErrorType, "int too big to convert");
    }
  } else if (mpz_sizeinbase(z, 2) > size_t(8 * length) && mpz_sgn(z.z) != 0) {
    return raise(&OverflowErrorType, "int too big to convert");
  }
  if (!checkAllocSize(size_t(length), 1))
    return Value();
  if (mpz_sgn(z.z) < 0) {
    mpz_set_ui(limit, 1);
    mpz_mul_2exp(limit, limit, mp_bitcnt_t(8 * length));
    mpz_add(z, z, limit);
  }
  std::string buf(size_t(length), '\0');
  size_t count = 0;
  if (mpz_sgn(z.z) != 0) // little-endian into the low end (fits: checked above)
    mpz_export(buf.data(), &count, -1, 1, 0, 0, z);
  if (big)
    std::reverse(buf.begin(), buf.end());
  return bytesFromData(buf.data(), buf.size());
}

Value intFromBytes(Value cls, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[3];
  if (!parseArgs(ArgSpec{"from_bytes", {"bytes", "byteorder", "signed"}, 1, 2}, args, nargs,
                 kwnames, a))
    return Value();
  int big = 1;
  if (a[1] && (big = parseByteOrder(a[1])) < 0)
    return Value();
  bool isSigned = false;
  if (a[2]) {
    int t = isTrue(a[2]);
    if (t < 0)
      return Value();
    isSigned = t;
  }
  const uint8_t *data;
  int64_t n;
  Value src = a[0];
  if (!bytesLikeData(src, &data, &n)) {
    if (isStr(src))
      return raise(&TypeErrorType, "cannot convert 'str' object to bytes");
    src = bytesFromObject(src);
    if (!src)
      return Value();
    data = bytesData(src);
    n = bytesSize(src);
  }
  Mpz z;
  if (n > 0)
    mpz_import(z, size_t(n), big ? 1 : -1, 1, 0, 0, data);
  if (isSigned && n > 0) {
    uint8_t top = big ? data[0] : data[n - 1];
    if (top & 0x80) {
      Mpz limit;
      mpz_set_ui(limit, 1);
      mpz_mul_2exp(limit, limit, mp_bitcnt_t(8 * n));
      mpz_sub(z, z, limit);
    }
  }
  Value r = intFromMpz(z);
  if (!r)
    return Value();
  if (cls.as<Type>() == &IntType)
    return r;
  return call(cls, {r});
}

Value intAsIntegerRatio(Value self) {
  Value v = exactInt(self);
  if (!v)
    return Value();
  return Value::object(tupleOf({v, Value::small(1)}));
}

Value intSelf(Value self) { return exactInt(self); }
Value intZero(Value) { return Value::small(0); }
Value intOne(Value) { return Value::small(1); }

Value intRound(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("__round__", nargs, 0, 1))
    return Value();
  if (nargs == 0)
    return exactInt(self);
  Value nd = numberIndex(args[0]);
  if (!nd)
    return Value();
  if (intSign(nd) >= 0)
    return exactInt(self);
  // Round to a multiple of 10**-nd, half to even.
  Mpz n(nd);
  mpz_neg(n, n);
  if (!mpz_fits_ulong_p(n) || mpz_get_ui(n) > 100000000) {
    // 10**-nd exceeds any int that fits in memory: the result is 0.
    return Value::small(0);
  }
  Mpz p, x(self), q, r;
  mpz_ui_pow_ui(p, 10, mpz_get_ui(n));
  mpz_fdiv_qr(q, r, x, p);
  Mpz twice;
  mpz_mul_2exp(twice, r, 1);
  int c = mpz_cmp(twice, p);
  if (c > 0 || (c == 0 && mpz_odd_p(q.z)))
    mpz_add_ui(q, q, 1);
  mpz_mul(q, q, p);
  return intFromMpz(q);
}

Value intDivmodMethod(Value self, Value other) { return intDivmod(self, other); }
Value intRDivmodMethod(Value self, Value other) { return intDivmod(other, self); }

Value intFormatMethod(Value self, Value spec) {
  if (!isStr(spec))
    return raise(&TypeErrorType, "__format__() argument must be str, not %s", typeName(spec));
  return formatInt(self, spec.as<Str>());
}

Value intGetNewArgs(Value self) {
  Value v = exactInt(self);
  if (!v)
    return Value();
  return Value::object(tupleOf({v}));
}

Value intSizeOf(Value self) {
  uint64_t bits = intBitLength(self);
  uint64_t digits = (bits + 29) / 30;
  return intFromU64(24 + 4 * (digits ? digits : 1));
}

const MethodDef intMethods[] = {
    KILN_METH_NOARGS("conjugate", intSelf),
    KILN_METH_NOARGS("bit_length", intBitLengthMethod),
    KILN_METH_NOARGS("bit_count", intBitCount),
    KILN_METH_KW("to_bytes", intToBytes),
    {"from_bytes", reinterpret_cast<void *>(static_cast<FastKwFn>(intFromBytes)), CallKind::FastKw,
     nullptr, MethodDef::Class},
    KILN_METH_NOARGS("as_integer_ratio", intAsIntegerRatio),
    KILN_METH_NOARGS("__trunc__", intSelf),
    KILN_METH_NOARGS("__floor__", intSelf),
    KILN_METH_NOARGS("__ceil__", intSelf),
    KILN_METH_FAST("__round__", intRound),
    KILN_METH_O("__divmod__", intDivmodMethod),
    KILN_METH_O("__rdivmod__", intRDivmodMethod),
    KILN_METH_O("__format__", intFormatMethod),
    KILN_METH_NOARGS("__getnewargs__", intGetNewArgs),
    KILN_METH_NOARGS("__sizeof__", intSizeOf),
    {nullptr, nullptr, CallKind::NoArgs},
};

const GetSetDef intGetSets[] = {
    {"real", intSelf, nullptr},
    {"imag", intZero, nullptr},
    {"numerator", intSelf, nullptr},
    {"denominator", intOne, nullptr},
    {nullptr, nullptr, nullptr},
};

} // namespace

void addIntMethods() { typeReady(&IntType, intMethods, intGetSets); }

} // namespace kiln::rt
