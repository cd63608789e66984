//===- Struct.cpp - the _struct and struct modules ------------------------===//
///
/// Packing Python values into C structs and back, as CPython 3.11's
/// _struct: a format is a byte-order prefix (@ native size and alignment,
/// = < > ! standard sizes, no alignment) and codes with repeat counts,
/// compiled once into a Struct (a list of runs: code, offset, item size,
/// repeat count). Each code has a pack and an unpack function in one of
/// three tables.
///
/// The error messages depend on which function packs a code, and CPython
/// swaps its native functions into the little-endian table wherever the
/// sizes agree (on this little-endian host: b B c h H i I q Q e). So '<h'
/// out of range says "short format requires ...", while '>h' says
/// "'h' format requires ...", and '<q' says "argument out of range" where
/// '>q' says "int too large to convert". The tables below reproduce that
/// assignment.
///
//===----------------------------------------------------------------------===//
#include "runtime/Abstract.h"
#include "runtime/Args.h"
#include "runtime/Errors.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/Runtime.h"
#include "runtime/objects/Bytes.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Float.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Module.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

namespace kiln::rt {

namespace {

Type *structErrorType; ///< struct.error

// --- Conversions (CPython's get_pylong, get_long, get_ulong) ---------------

/// An int from \p v: ints as they are, others through __index__.
Value getPyLong(Value v) {
  if (isInt(v))
    return v;
  if (typeOf(v)->toIndex)
    return numberIndex(v);
  return raise(structErrorType, "required argument is not an integer");
}

bool getLong(Value v, int64_t *out) {
  Value i = getPyLong(v);
  if (!i)
    return false;
  if (!intAsI64(i, out)) {
    raise(structErrorType, "argument out of range");
    return false;
  }
  return true;
}

/// An int known to be in [0, 2**64) as uint64.
uint64_t intAsU64(Value i) {
  int64_t s;
  if (intAsI64(i, &s))
    return uint64_t(s);
  mpz_t z;
  mpz_init(z);
  intToMpz(i, z);
  uint64_t r = mpz_get_ui(z);
  mpz_clear(z);
  return r;
}

bool fitsU64(Value i) { return intSign(i) >= 0 && intBitLength(i) <= 64; }

bool getULong(Value v, uint64_t *out) {
  Value i = getPyLong(v);
  if (!i)
    return false;
  if (!fitsU64(i)) {
    raise(structErrorType, "argument out of range");
    return false;
  }
  *out = intAsU64(i);
  return true;
}

/// PyFloat_AsDouble with any failure reported as struct.error.
bool getDouble(Value v, double *out) {
  if (toDouble(v, out))
    return true;
  clearError();
  raise(structErrorType, "required argument is not a float");
  return false;
}

// --- The formats --------------------------------------------------------------------

struct FormatDef;
/// Packs \p v at \p p; false with the exception set.
using PackFn = bool (*)(uint8_t *p, Value v, const FormatDef *f);
using UnpackFn = Value (*)(const uint8_t *p, const FormatDef *f);

struct FormatDef {
  char format;
  int size;
  int alignment; ///< native table only
  bool little;   ///< byte order of the standard-size functions
  bool isSigned;
  UnpackFn unpack;
  PackFn pack;
};

/// "'h' format requires -32768 <= number <= 32767" (CPython's _range_error).
bool rangeError(const FormatDef *f, bool isUnsigned) {
  uint64_t ulargest = f->size == 8 ? ~uint64_t(0) : (uint64_t(1) << (f->size * 8)) - 1;
  if (isUnsigned)
    raise(structErrorType, "'%c' format requires 0 <= number <= %llu", f->format,
          (unsigned long long)ulargest);
  else
    raise(structErrorType, "'%c' format requires %lld <= number <= %lld", f->format,
          ~(long long)(ulargest >> 1), (long long)(ulargest >> 1));
  return false;
}

void storeBytes(uint8_t *p, uint64_t x, int size, bool little) {
  for (int i = 0; i < size; i++) {
    p[little ? i : size - 1 - i] = uint8_t(x & 0xff);
    x >>= 8;
  }
}

uint64_t loadBytes(const uint8_t *p, int size, bool little) {
  uint64_t x = 0;
  for (int i = 0; i < size; i++)
    x = (x << 8) | p[little ? size - 1 - i : i];
  return x;
}

// Native functions (np_*/nu_* in CPython): host order, native messages.

bool npByte(uint8_t *p, Value v, const FormatDef *) {
  int64_t x;
  if (!getLong(v, &x))
    return false;
  if (x < -128 || x > 127) {
    raise(structErrorType, "byte format requires -128 <= number <= 127");
    return false;
  }
  *p = uint8_t(x);
  return true;
}

bool npUbyte(uint8_t *p, Value v, const FormatDef *) {
  int64_t x;
  if (!getLong(v, &x))
    return false;
  if (x < 0 || x > 255) {
    raise(structErrorType, "ubyte format requires 0 <= number <= 255");
    return false;
  }
  *p = uint8_t(x);
  return true;
}

bool npChar(uint8_t *p, Value v, const FormatDef *) {
  if (!isBytes(v) || bytesSize(v) != 1) {
    raise(structErrorType, "char format requires a bytes object of length 1");
    return false;
  }
  *p = bytesData(v)[0];
  return true;
}

bool npShort(uint8_t *p, Value v, const FormatDef *) {
  int64_t x;
  if (!getLong(v, &x))
    return false;
  if (x < -32768 || x > 32767) {
    raise(structErrorType, "short format requires -32768 <= number <= 32767");
    return false;
  }
  storeBytes(p, uint64_t(x), 2, true);
  return true;
}

bool npUshort(uint8_t *p, Value v, const FormatDef *) {
  int64_t x;
  if (!getLong(v, &x))
    return false;
  if (x < 0 || x > 65535) {
    raise(structErrorType, "ushort format requires 0 <= number <= 65535");
    return false;
  }
  storeBytes(p, uint64_t(x), 2, true);
  return true;
}

bool npInt(uint8_t *p, Value v, const FormatDef *f) {
  int64_t x;
  if (!getLong(v, &x))
    return false;
  if (x < INT32_MIN || x > INT32_MAX)
    return rangeError(f, false);
  storeBytes(p, uint64_t(x), 4, true);
  return true;
}

bool npUint(uint8_t *p, Value v, const FormatDef *f) {
  uint64_t x;
  if (!getULong(v, &x))
    return false;
  if (x > UINT32_MAX)
    return rangeError(f, true);
  storeBytes(p, x, 4, true);
  return true;
}

/// l n q: any int64.
bool npLong(uint8_t *p, Value v, const FormatDef *) {
  int64_t x;
  if (!getLong(v, &x))
    return false;
  storeBytes(p, uint64_t(x), 8, true);
  return true;
}

/// L N Q: any uint64.
bool npUlong(uint8_t *p, Value v, const FormatDef *) {
  uint64_t x;
  if (!getULong(v, &x))
    return false;
  storeBytes(p, x, 8, true);
  return true;
}

/// P: PyLong_AsVoidPtr (negative values as signed); its OverflowError
/// becomes "int too large to convert" in packInto.
bool npVoidP(uint8_t *p, Value v, const FormatDef *) {
  Value i = getPyLong(v);
  if (!i)
    return false;
  uint64_t x;
  int64_t s;
  if (intSign(i) < 0 ? intAsI64(i, &s) : fitsU64(i)) {
    x = intSign(i) < 0 ? uint64_t(s) : intAsU64(i);
  } else {
    raise(&OverflowErrorType, "Python int too large to convert to C unsigned long");
    return false;
  }
  storeBytes(p, x, 8, true);
  return true;
}

bool packBool(uint8_t *p, Value v, const FormatDef *) {
  int t = isTrue(v);
  if (t < 0)
    return false;
  *p = uint8_t(t);
  return true;
}

/// PyFloat_Pack2: IEEE half precision, rounding half to even.
bool packHalf(uint8_t *p, Value v, const FormatDef *f) {
  double x;
  if (!getDouble(v, &x))
    return false;
  unsigned short bits;
  int e, sign;
  if (x == 0.0) {
    sign = std::signbit(x);
    e = 0;
    bits = 0;
  } else if (std::isinf(x)) {
    sign = x < 0.0;
    e = 0x1f;
    bits = 0;
  } else if (std::isnan(x)) {
    // The quiet NaN with only the top fraction bit set, with x's sign.
    sign = std::signbit(x);
    e = 0x1f;
    bits = 512;
  } else {
    sign = x < 0.0;
    if (sign)
      x = -x;
    double fr = std::frexp(x, &e);
    fr *= 2.0; // into [1, 2)
    e--;
    if (e >= 16)
      goto overflow;
    if (e < -25) { // underflow to zero
      fr = 0.0;
      e = 0;
    } else if (e < -14) { // subnormal
      fr = std::ldexp(fr, 14 + e);
      e = 0;
    } else {
      e += 15;
      fr -= 1.0;
    }
    fr *= 1024.0;
    bits = (unsigned short)fr;
    if (fr - bits > 0.5 || (fr - bits == 0.5 && bits % 2 == 1)) {
      if (++bits == 1024) { // the carry ran out of the fraction
        bits = 0;
        if (++e == 31)
          goto overflow;
      }
    }
  }
  storeBytes(p, uint64_t(bits | (e << 10) | (sign << 15)), 2, f->little);
  return true;
overflow:
  raise(&OverflowErrorType, "float too large to pack with e format");
  return false;
}

bool packFloat(uint8_t *p, Value v, const FormatDef *f) {
  double x;
  if (!getDouble(v, &x))
    return false;
  float y = float(x);
  // Native 'f' stores the cast as is; the standard sizes refuse overflow.
  if (f->alignment == 0 && std::isinf(y) && !std::isinf(x)) {
    raise(&OverflowErrorType, "float too large to pack with f format");
    return false;
  }
  uint32_t bits;
  memcpy(&bits, &y, 4);
  storeBytes(p, bits, 4, f->little);
  return true;
}

bool packDouble(uint8_t *p, Value v, const FormatDef *f) {
  double x;
  if (!getDouble(v, &x))
    return false;
  uint64_t bits;
  memcpy(&bits, &x, 8);
  storeBytes(p, bits, 8, f->little);
  return true;
}

// Standard-size functions (lp_*/bp_*): 2- and 4-byte ints are range
// checked with _range_error; 8-byte ones overflow like _PyLong_AsByteArray.

bool stdInt(uint8_t *p, Value v, const FormatDef *f) {
  int64_t x;
  if (!getLong(v, &x))
    return false;
  if ((f->size == 2 && (x < -32768 || x > 32767)) ||
      (f->size == 4 && (x < INT32_MIN || x > INT32_MAX)))
    return rangeError(f, false);
  storeBytes(p, uint64_t(x), f->size, f->little);
  return true;
}

bool stdUint(uint8_t *p, Value v, const FormatDef *f) {
  uint64_t x;
  if (!getULong(v, &x))
    return false;
  if (f->size < 8 && x >= (uint64_t(1) << (f->size * 8)))
    return rangeError(f, true);
  storeBytes(p, x, f->size, f->little);
  return true;
}

bool stdLongLong(uint8_t *p, Value v, const FormatDef *f) {
  Value i = getPyLong(v);
  if (!i)
    return false;
  uint64_t x;
  int64_t s;
  if (f->isSigned) {
    if (!intAsI64(i, &s)) {
      raise(&OverflowErrorType, "int too big to convert");
      return false;
    }
    x = uint64_t(s);
  } else {
    if (intSign(i) < 0) {
      raise(&OverflowErrorType, "can't convert negative int to unsigned");
      return false;
    }
    if (!fitsU64(i)) {
      raise(&OverflowErrorType, "int too big to convert");
      return false;
    }
    x = intAsU64(i);
  }
  storeBytes(p, x, 8, f->little);
  return true;
}

Value unpackInt(const uint8_t *p, const FormatDef *f) {
  uint64_t x = loadBytes(p, f->size, f->little);
  if (!f->isSigned)
    return intFromU64(x);
  if (f->size < 8 && (x >> (f->size * 8 - 1)) & 1)
    x |= ~uint64_t(0) << (f->size * 8); // sign-extend
  return intFromI64(int64_t(x));
}

Value unpackChar(const uint8_t *p, const FormatDef *) {
  return bytesFromData(reinterpret_cast<const char *>(p), 1);
}

Value unpackBool(const uint8_t *p, const FormatDef *) { return boolValue(*p != 0); }

/// PyFloat_Unpack2.
Value unpackHalf(const uint8_t *p, const FormatDef *f) {
  unsigned bits = unsigned(loadBytes(p, 2, f->little));
  int sign = (bits >> 15) & 1;
  int e = (bits >> 10) & 0x1f;
  unsigned fr = bits & 0x3ff;
  if (e == 0x1f) {
    if (fr == 0)
      return floatFrom(sign ? -HUGE_VAL : HUGE_VAL);
    return floatFrom(sign ? -std::fabs(NAN) : std::fabs(NAN));
  }
  double x = double(fr) / 1024.0;
  if (e == 0) {
    e = -14;
  } else {
    x += 1.0;
    e -= 15;
  }
  x = std::ldexp(x, e);
  return floatFrom(sign ? -x : x);
}

Value unpackFloat(const uint8_t *p, const FormatDef *f) {
  uint32_t bits = uint32_t(loadBytes(p, 4, f->little));
  float y;
  memcpy(&y, &bits, 4);
  return floatFrom(double(y));
}

Value unpackDouble(const uint8_t *p, const FormatDef *f) {
  uint64_t bits = loadBytes(p, 8, f->little);
  double x;
  memcpy(&x, &bits, 8);
  return floatFrom(x);
}

// x, s and p are handled by the packing loop (no functions).
const FormatDef nativeTable[] = {
    {'x', 1, 0, true, false, nullptr, nullptr},
    {'b', 1, 1, true, true, unpackInt, npByte},
    {'B', 1, 1, true, false, unpackInt, npUbyte},
    {'c', 1, 1, true, false, unpackChar, npChar},
    {'s', 1, 1, true, false, nullptr, nullptr},
    {'p', 1, 1, true, false, nullptr, nullptr},
    {'h', 2, 2, true, true, unpackInt, npShort},
    {'H', 2, 2, true, false, unpackInt, npUshort},
    {'i', 4, 4, true, true, unpackInt, npInt},
    {'I', 4, 4, true, false, unpackInt, npUint},
    {'l', 8, 8, true, true, unpackInt, npLong},
    {'L', 8, 8, true, false, unpackInt, npUlong},
    {'n', 8, 8, true, true, unpackInt, npLong},
    {'N', 8, 8, true, false, unpackInt, npUlong},
    {'q', 8, 8, true, true, unpackInt, npLong},
    {'Q', 8, 8, true, false, unpackInt, npUlong},
    {'?', 1, 1, true, false, unpackBool, packBool},
    {'e', 2, 2, true, false, unpackHalf, packHalf},
    {'f', 4, 4, true, false, unpackFloat, packFloat},
    {'d', 8, 8, true, false, unpackDouble, packDouble},
    {'P', 8, 8, true, false, unpackInt, npVoidP},
    {0, 0, 0, false, false, nullptr, nullptr},
};

/// '<' and '=': the native functions where CPython swaps them in.
const FormatDef littleTable[] = {
    {'x', 1, 0, true, false, nullptr, nullptr},
    {'b', 1, 0, true, true, unpackInt, npByte},
    {'B', 1, 0, true, false, unpackInt, npUbyte},
    {'c', 1, 0, true, false, unpackChar, npChar},
    {'s', 1, 0, true, false, nullptr, nullptr},
    {'p', 1, 0, true, false, nullptr, nullptr},
    {'h', 2, 0, true, true, unpackInt, npShort},
    {'H', 2, 0, true, false, unpackInt, npUshort},
    {'i', 4, 0, true, true, unpackInt, npInt},
    {'I', 4, 0, true, false, unpackInt, npUint},
    {'l', 4, 0, true, true, unpackInt, stdInt},
    {'L', 4, 0, true, false, unpackInt, stdUint},
    {'q', 8, 0, true, true, unpackInt, npLong},
    {'Q', 8, 0, true, false, unpackInt, npUlong},
    {'?', 1, 0, true, false, unpackBool, packBool},
    {'e', 2, 0, true, false, unpackHalf, packHalf},
    {'f', 4, 0, true, false, unpackFloat, packFloat},
    {'d', 8, 0, true, false, unpackDouble, packDouble},
    {0, 0, 0, false, false, nullptr, nullptr},
};

/// '>' and '!'.
const FormatDef bigTable[] = {
    {'x', 1, 0, false, false, nullptr, nullptr},
    {'b', 1, 0, false, true, unpackInt, npByte},
    {'B', 1, 0, false, false, unpackInt, npUbyte},
    {'c', 1, 0, false, false, unpackChar, npChar},
    {'s', 1, 0, false, false, nullptr, nullptr},
    {'p', 1, 0, false, false, nullptr, nullptr},
    {'h', 2, 0, false, true, unpackInt, stdInt},
    {'H', 2, 0, false, false, unpackInt, stdUint},
    {'i', 4, 0, false, true, unpackInt, stdInt},
    {'I', 4, 0, false, false, unpackInt, stdUint},
    {'l', 4, 0, false, true, unpackInt, stdInt},
    {'L', 4, 0, false, false, unpackInt, stdUint},
    {'q', 8, 0, false, true, unpackInt, stdLongLong},
    {'Q', 8, 0, false, false, unpackInt, stdLongLong},
    {'?', 1, 0, false, false, unpackBool, packBool},
    {'e', 2, 0, false, false, unpackHalf, packHalf},
    {'f', 4, 0, false, false, unpackFloat, packFloat},
    {'d', 8, 0, false, false, unpackDouble, packDouble},
    {0, 0, 0, false, false, nullptr, nullptr},
};

const FormatDef *getEntry(const FormatDef *table, char c) {
  for (; table->format; table++)
    if (table->format == c)
      return table;
  raise(structErrorType, "bad char in struct format");
  return nullptr;
}

// --- Struct objects -------------------------------------------------------------------

/// One run of a compiled format: `repeat` items of `def` from `offset`
/// (s and p: one item of `size` bytes).
struct Code {
  const FormatDef *def;
  int64_t offset;
  int64_t size;
  int64_t repeat;
};

struct StructObject : Object {
  Value format;   ///< the format as bytes
  int64_t size;   ///< bytes packed
  int64_t len;    ///< items packed
  Code *codes;    ///< atomic block (defs are static)
  int64_t ncodes;
};

Type StructType, UnpackIterType;

bool isSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/// One code of the format at \p s: its repeat count and character. False
/// (with struct.error) on a bad format.
bool nextCode(const char *&s, int64_t *num, char *c) {
  *c = *s++;
  if (*c >= '0' && *c <= '9') {
    int64_t n = *c - '0';
    while ((*c = *s++) >= '0' && *c <= '9') {
      if (n >= INT64_MAX / 10 && (n > INT64_MAX / 10 || (*c - '0') > INT64_MAX % 10)) {
        raise(structErrorType, "total struct size too long");
        return false;
      }
      n = n * 10 + (*c - '0');
    }
    if (*c == '\0') {
      raise(structErrorType, "repeat count given without format specifier");
      return false;
    }
    *num = n;
  } else {
    *num = 1;
  }
  return true;
}

int64_t alignTo(int64_t size, const FormatDef *e) {
  if (e->alignment && size > 0) {
    int64_t extra = (e->alignment - 1) - (size - 1) % e->alignment;
    if (extra > INT64_MAX - size)
      return -1;
    size += extra;
  }
  return size;
}

/// prepare_s: compiles self->format into codes, size and len.
bool prepareStruct(StructObject *self) {
  const char *fmt = reinterpret_cast<const char *>(bytesData(self->format));
  if (strlen(fmt) != size_t(bytesSize(self->format))) {
    raise(structErrorType, "embedded null character");
    return false;
  }
  const FormatDef *table = nativeTable;
  switch (*fmt) {
  case '<':
  case '=':
    table = littleTable;
    fmt++;
    break;
  case '>':
  case '!':
    table = bigTable;
    fmt++;
    break;
  case '@':
    fmt++;
    break;
  }
  int64_t size = 0, len = 0, ncodes = 0, num;
  char c;
  for (const char *s = fmt; *s;) {
    if (isSpace(*s)) {
      s++;
      continue;
    }
    if (!nextCode(s, &num, &c))
      return false;
    const FormatDef *e = getEntry(table, c);
    if (!e)
      return false;
    if (c == 's' || c == 'p') {
      len++;
      ncodes++;
    } else if (c != 'x') {
      len += num;
      if (num)
        ncodes++;
    }
    size = alignTo(size, e);
    if (size < 0 || num > (INT64_MAX - size) / e->size) {
      raise(structErrorType, "total struct size too long");
      return false;
    }
    size += num * e->size;
  }
  Code *codes = static_cast<Code *>(gcAllocAtomic(sizeof(Code) * size_t(ncodes + 1)));
  if (!codes) {
    raiseMemoryError();
    return false;
  }
  int64_t at = 0, k = 0;
  for (const char *s = fmt; *s;) {
    if (isSpace(*s)) {
      s++;
      continue;
    }
    nextCode(s, &num, &c);
    const FormatDef *e = getEntry(table, c);
    at = alignTo(at, e);
    if (c == 's' || c == 'p') {
      codes[k++] = Code{e, at, num, 1};
      at += num;
    } else if (c == 'x') {
      at += num;
    } else if (num) {
      codes[k++] = Code{e, at, e->size, num};
      at += e->size * num;
    }
  }
  self->codes = codes;
  self->ncodes = ncodes;
  self->size = size;
  self->len = len;
  return true;
}

/// Struct.__init__(format): str (ASCII) or bytes.
bool structSetFormat(StructObject *self, Value format) {
  if (isStr(format)) {
    std::string text = strToUtf8(format);
    for (unsigned char ch : text)
      if (ch >= 0x80) {
        codecEncode(format, strFromAscii("ascii"), strFromAscii("strict"));
        return false;
      }
    format = bytesFromData(text.data(), text.size());
  } else if (!isBytes(format)) {
    raise(&TypeErrorType, "Struct() argument 1 must be a str or bytes object, not %s",
          typeName(format));
    return false;
  } else {
    format = bytesFromData(reinterpret_cast<const char *>(bytesData(format)),
                           size_t(bytesSize(format)));
  }
  self->format = format;
  return prepareStruct(self);
}

Value structNew(Type *type, const Value *, size_t, Tuple *) {
  StructObject *s = newObject<StructObject>(type);
  if (!s)
    return Value();
  s->format = bytesFromData("", 0);
  s->codes = nullptr;
  return Value::object(s);
}

int structInit(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[1];
  if (!parseArgs({"Struct", {"format"}, 1}, args, nargs, kwnames, a))
    return -1;
  return structSetFormat(self.as<StructObject>(), a[0]) ? 0 : -1;
}

/// s_pack_internal: packs args[0..len) into \p buf (s->size bytes, zeroed
/// first). Overflow of an int argument becomes "int too large to convert".
bool packInto(StructObject *s, const Value *args, uint8_t *buf) {
  memset(buf, 0, size_t(s->size));
  for (int64_t k = 0; k < s->ncodes; k++) {
    const Code &code = s->codes[k];
    const FormatDef *e = code.def;
    uint8_t *res = buf + code.offset;
    for (int64_t j = 0; j < code.repeat; j++, res += code.size) {
      Value v = *args++;
      if (e->format == 's' || e->format == 'p') {
        const uint8_t *data;
        int64_t n;
        if (!(isBytes(v) || isByteArray(v)) || !bytesLikeData(v, &data, &n)) {
          raise(structErrorType, "argument for '%c' must be a bytes object", e->format);
          return false;
        }
        if (e->format == 's') {
          if (n > code.size)
            n = code.size;
          memcpy(res, data, size_t(n));
        } else if (code.size > 0) { // a Pascal string: length byte first
          if (n > code.size - 1)
            n = code.size - 1;
          memcpy(res + 1, data, size_t(n));
          *res = uint8_t(n > 255 ? 255 : n);
        }
      } else if (!e->pack(res, v, e)) {
        if (isInt(v) && errMatches(&OverflowErrorType)) {
          clearError();
          raise(structErrorType, "int too large to convert");
        }
        return false;
      }
    }
  }
  return true;
}

Value unpackData(StructObject *s, const uint8_t *buf) {
  Tuple *t = tupleNew(s->len);
  if (!t)
    return Value();
  int64_t i = 0;
  for (int64_t k = 0; k < s->ncodes; k++) {
    const Code &code = s->codes[k];
    const FormatDef *e = code.def;
    const uint8_t *res = buf + code.offset;
    for (int64_t j = 0; j < code.repeat; j++, res += code.size) {
      Value v;
      if (e->format == 's') {
        v = bytesFromData(reinterpret_cast<const char *>(res), size_t(code.size));
      } else if (e->format == 'p') {
        int64_t n = code.size > 0 ? *res : 0;
        if (n >= code.size)
          n = code.size > 0 ? code.size - 1 : 0;
        v = bytesFromData(reinterpret_cast<const char *>(res + 1), size_t(n));
      } else {
        v = e->unpack(res, e);
      }
      if (!v)
        return Value();
      t->items[i++] = v;
    }
  }
  return Value::object(t);
}

Value structPackArgs(StructObject *s, const Value *args, size_t nargs) {
  if (int64_t(nargs) != s->len)
    return raise(structErrorType, "pack expected %lld items for packing (got %lld)",
                 (long long)s->len, (long long)nargs);
  Bytes *b = bytesAlloc(s->size);
  if (!b)
    return Value();
  if (!packInto(s, args, b->data))
    return Value();
  return Value::object(b);
}

/// A writable buffer: a bytearray, or a writable contiguous memoryview.
bool writableBuffer(Value v, uint8_t **data, int64_t *n) {
  const uint8_t *d;
  bool ok = isByteArray(v) ||
            (isInstance(v, &MemoryViewType) && !v.as<MemoryView>()->readonly &&
             !v.as<MemoryView>()->released);
  if (!ok || !bytesLikeData(v, &d, n)) {
    raise(&TypeErrorType, "argument must be read-write bytes-like object, not %s",
          typeName(v));
    return false;
  }
  *data = const_cast<uint8_t *>(d);
  return true;
}

/// Resolves pack_into's / unpack_from's \p offset (negative: from the end)
/// in an \p n-byte buffer that must hold the whole struct there; false
/// with CPython's struct.error otherwise.
bool placeInBuffer(StructObject *s, int64_t n, int64_t *offset, bool packing) {
  long long size = (long long)s->size;
  if (*offset < 0) {
    if (*offset + s->size > 0) {
      raise(structErrorType,
            packing ? "no space to pack %lld bytes at offset %lld"
                    : "not enough data to unpack %lld bytes at offset %lld",
            size, (long long)*offset);
      return false;
    }
    if (*offset + n < 0) {
      raise(structErrorType, "offset %lld out of range for %lld-byte buffer", (long long)*offset,
            (long long)n);
      return false;
    }
    *offset += n;
  }
  if (n - *offset < s->size) {
    raise(structErrorType,
          "%s requires a buffer of at least %lld bytes for %s %lld bytes at offset %lld "
          "(actual buffer size is %lld)",
          packing ? "pack_into" : "unpack_from", size + *offset,
          packing ? "packing" : "unpacking", size, (long long)*offset, (long long)n);
    return false;
  }
  return true;
}

Value structPackIntoArgs(StructObject *s, const Value *args, size_t nargs) {
  if (int64_t(nargs) != s->len + 2) {
    if (nargs == 0)
      return raise(structErrorType, "pack_into expected buffer argument");
    if (nargs == 1)
      return raise(structErrorType, "pack_into expected offset argument");
    return raise(structErrorType, "pack_into expected %lld items for packing (got %lld)",
                 (long long)s->len, (long long)nargs - 2);
  }
  uint8_t *data;
  int64_t n, offset;
  if (!writableBuffer(args[0], &data, &n))
    return Value();
  if (!indexToSsize(args[1], &offset, &IndexErrorType))
    return Value();
  if (!placeInBuffer(s, n, &offset, true))
    return Value();
  // Packing calls __index__ and friends, which could resize the buffer:
  // pack into a copy, then store what was packed (all of it, or the part
  // before the failing item, as CPython leaves it).
  std::string tmp(size_t(s->size), '\0');
  bool ok = packInto(s, args + 2, reinterpret_cast<uint8_t *>(tmp.data()));
  Value keep = takeError();
  if (writableBuffer(args[0], &data, &n) && n - offset >= s->size)
    memcpy(data + offset, tmp.data(), tmp.size());
  clearError();
  if (!ok) {
    setCurrentException(keep);
    return Value();
  }
  return None();
}

Value structUnpackBuffer(StructObject *s, Value buffer) {
  const uint8_t *data;
  int64_t n;
  if (!requireBytesLike(buffer, &data, &n))
    return Value();
  if (n != s->size)
    return raise(structErrorType, "unpack requires a buffer of %lld bytes", (long long)s->size);
  return unpackData(s, data);
}

Value structUnpackFromArgs(StructObject *s, Value buffer, Value offsetArg) {
  const uint8_t *data;
  int64_t n, offset = 0;
  if (!requireBytesLike(buffer, &data, &n))
    return Value();
  if (offsetArg) { // Py_ssize_t converter: OverflowError past 64 bits
    Value i = numberIndex(offsetArg);
    if (!i || !intToSsize(i, &offset))
      return Value();
  }
  if (!placeInBuffer(s, n, &offset, false))
    return Value();
  return unpackData(s, data + offset);
}

// --- unpack_iterator ------------------------------------------------------------------

struct UnpackIter : Object {
  StructObject *st;
  Value buffer; ///< null once exhausted
  int64_t index;
};

Value structIterUnpack(StructObject *s, Value buffer) {
  if (s->size == 0)
    return raise(structErrorType, "cannot iteratively unpack with a struct of length %lld",
                 (long long)s->size);
  const uint8_t *data;
  int64_t n;
  if (!requireBytesLike(buffer, &data, &n))
    return Value();
  if (n % s->size != 0)
    return raise(structErrorType,
                 "iterative unpacking requires a buffer of a multiple of %lld bytes",
                 (long long)s->size);
  UnpackIter *it = newObject<UnpackIter>(&UnpackIterType);
  if (!it)
    return Value();
  it->st = s;
  it->buffer = buffer;
  it->index = 0;
  return Value::object(it);
}

Value unpackIterNext(Value self) {
  UnpackIter *it = self.as<UnpackIter>();
  if (!it->buffer)
    return Value();
  const uint8_t *data;
  int64_t n;
  if (!bytesLikeData(it->buffer, &data, &n) || it->index + it->st->size > n) {
    it->buffer = Value();
    return Value();
  }
  Value r = unpackData(it->st, data + it->index);
  it->index += it->st->size;
  return r;
}

Value unpackIterSelf(Value self) { return self; }

/// <_struct.Struct object at 0x...>: the module-qualified name (subclasses
/// as object.__repr__ shows them).
Value cnameRepr(Value self) {
  if (typeOf(self)->flags & TF_HEAPTYPE)
    return objectRepr(self);
  char buf[64];
  snprintf(buf, sizeof buf, " object at %p>", (void *)self.bits());
  return strFromUtf8(std::string("<") + typeOf(self)->cname + buf);
}

Value unpackIterLengthHint(Value self) {
  UnpackIter *it = self.as<UnpackIter>();
  const uint8_t *data;
  int64_t n = 0;
  if (it->buffer && !bytesLikeData(it->buffer, &data, &n))
    n = 0;
  int64_t left = it->buffer ? (n - it->index) / it->st->size : 0;
  return intFromI64(left < 0 ? 0 : left);
}

const MethodDef unpackIterMethods[] = {
    KILN_METH_NOARGS("__length_hint__", unpackIterLengthHint),
    {nullptr, nullptr, CallKind::NoArgs},
};

// --- Struct methods -------------------------------------------------------------------

StructObject *asStruct(Value self) { return self.as<StructObject>(); }

Value sPack(Value self, const Value *args, size_t nargs) {
  return structPackArgs(asStruct(self), args, nargs);
}

Value sPackInto(Value self, const Value *args, size_t nargs) {
  return structPackIntoArgs(asStruct(self), args, nargs);
}

Value sUnpack(Value self, Value buffer) { return structUnpackBuffer(asStruct(self), buffer); }

Value sUnpackFrom(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[2];
  if (!parseArgs({"unpack_from", {"buffer", "offset"}, 1}, args, nargs, kwnames, a))
    return Value();
  return structUnpackFromArgs(asStruct(self), a[0], a[1]);
}

Value sIterUnpack(Value self, Value buffer) { return structIterUnpack(asStruct(self), buffer); }

Value sGetFormat(Value self) {
  Value f = asStruct(self)->format;
  return strFromAscii(std::string_view(reinterpret_cast<const char *>(bytesData(f)),
                                       size_t(bytesSize(f))));
}

Value sGetSize(Value self) { return intFromI64(asStruct(self)->size); }

const MethodDef structMethods[] = {
    KILN_METH_FAST("pack", sPack),
    KILN_METH_FAST("pack_into", sPackInto),
    KILN_METH_O("unpack", sUnpack),
    KILN_METH_KW("unpack_from", sUnpackFrom),
    KILN_METH_O("iter_unpack", sIterUnpack),
    {nullptr, nullptr, CallKind::NoArgs},
};

const GetSetDef structGetSets[] = {
    {"format", sGetFormat, nullptr},
    {"size", sGetSize, nullptr},
    {nullptr, nullptr, nullptr},
};

// --- Module functions: the format through a cache of Structs ------------------------------

Dict *structCache;
constexpr int64_t kMaxCache = 100;

StructObject *cachedStruct(Value format) {
  if (!structCache)
    structCache = dictNew();
  Value s = dictGet(structCache, format);
  if (s)
    return asStruct(s);
  if (errOccurred())
    return nullptr;
  s = call(Value::object(&StructType), {format});
  if (!s)
    return nullptr;
  if (length(Value::object(structCache)) >= kMaxCache)
    dictClear(structCache);
  if (dictSet(structCache, format, s) < 0)
    clearError();
  return asStruct(s);
}

Value mCalcsize(Value, Value format) {
  StructObject *s = cachedStruct(format);
  return s ? intFromI64(s->size) : Value();
}

Value mPack(Value, const Value *args, size_t nargs) {
  if (nargs == 0)
    return raise(&TypeErrorType, "missing format argument");
  StructObject *s = cachedStruct(args[0]);
  return s ? structPackArgs(s, args + 1, nargs - 1) : Value();
}

Value mPackInto(Value, const Value *args, size_t nargs) {
  if (nargs == 0)
    return raise(&TypeErrorType, "missing format argument");
  StructObject *s = cachedStruct(args[0]);
  return s ? structPackIntoArgs(s, args + 1, nargs - 1) : Value();
}

Value mUnpack(Value, const Value *args, size_t nargs) {
  if (!checkPositional("unpack", nargs, 2, 2))
    return Value();
  StructObject *s = cachedStruct(args[0]);
  return s ? structUnpackBuffer(s, args[1]) : Value();
}

Value mUnpackFrom(Value, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[3];
  if (!parseArgs({"unpack_from", {"format", "buffer", "offset"}, 2, size_t(-1), 1}, args, nargs,
                 kwnames, a))
    return Value();
  StructObject *s = cachedStruct(a[0]);
  return s ? structUnpackFromArgs(s, a[1], a[2]) : Value();
}

Value mIterUnpack(Value, const Value *args, size_t nargs) {
  if (!checkPositional("iter_unpack", nargs, 2, 2))
    return Value();
  StructObject *s = cachedStruct(args[0]);
  return s ? structIterUnpack(s, args[1]) : Value();
}

Value mClearCache(Value) {
  if (structCache)
    dictClear(structCache);
  return None();
}

const MethodDef structFunctions[] = {
    KILN_METH_O("calcsize", mCalcsize),
    KILN_METH_FAST("pack", mPack),
    KILN_METH_FAST("pack_into", mPackInto),
    KILN_METH_FAST("unpack", mUnpack),
    KILN_METH_KW("unpack_from", mUnpackFrom),
    KILN_METH_FAST("iter_unpack", mIterUnpack),
    KILN_METH_NOARGS("_clearcache", mClearCache),
    {nullptr, nullptr, CallKind::NoArgs},
};

bool initTypes() {
  if (StructType.flags & TF_READY)
    return true;
  typeInitBuiltin(&StructType, "_struct.Struct", &ObjectType, sizeof(StructObject));
  StructType.name = intern("Struct");
  StructType.newFn = structNew;
  StructType.repr = cnameRepr;
  StructType.init = structInit;
  typeReady(&StructType, structMethods, structGetSets);
  dictSetStr(StructType.dict, names.module, strFromAscii("_struct"));

  typeInitBuiltin(&UnpackIterType, "_struct.unpack_iterator", &ObjectType, sizeof(UnpackIter), 0);
  UnpackIterType.name = intern("unpack_iterator");
  UnpackIterType.iter = unpackIterSelf;
  UnpackIterType.repr = cnameRepr;
  UnpackIterType.next = unpackIterNext;
  typeReady(&UnpackIterType, unpackIterMethods);
  dictSetStr(UnpackIterType.dict, names.module, strFromAscii("_struct"));

  // class error(Exception), __module__ 'struct' as in CPython.
  Dict *ns = dictNew();
  dictSetStr(ns, names.module, strFromAscii("struct"));
  Value bases = Value::object(tupleOf({Value::object(&ExceptionType)}));
  Value err = typeNew(&TypeType, strFromAscii("error"), bases, Value::object(ns), nullptr, nullptr);
  if (!err)
    return false;
  structErrorType = err.as<Type>();
  return true;
}

bool initUnderscoreStruct(Module *m) {
  if (!initTypes())
    return false;
  moduleAddFunctions(m, structFunctions);
  moduleAdd(m, "Struct", Value::object(&StructType));
  moduleAdd(m, "error", Value::object(structErrorType));
  return true;
}

/// struct: _struct's public names (so that the functions say
/// `_struct.calcsize()` in their errors, as in CPython) and __all__.
bool initStruct(Module *m) {
  Value inner = importModule(strFromAscii("_struct"), Value(), None(), 0);
  if (!inner)
    return false;
  List *all = listNew();
  for (const char *name : {"calcsize", "pack", "pack_into", "unpack", "unpack_from",
                           "iter_unpack", "Struct", "error", "_clearcache"}) {
    Value v = getAttr(inner, name);
    if (!v)
      return false;
    moduleAdd(m, name, v);
    if (name[0] != '_')
      listAppend(all, strFromAscii(name));
  }
  moduleAdd(m, "__all__", Value::object(all));
  return true;
}

} // namespace

// The module statics (structErrorType, structCache) are GC roots: Boehm
// scans the data segment.
KILN_NATIVE_MODULE("_struct", initUnderscoreStruct);
KILN_NATIVE_MODULE("struct", initStruct);

} // namespace kiln::rt
