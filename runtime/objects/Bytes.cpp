//===- Bytes.cpp - bytes, bytearray and memoryview ------------------------===//
///
/// The byte-sequence methods are written once over (data, length) and
/// produce a result of self's kind (bytes or bytearray). Character classes
/// and case mappings are ASCII-only, as in CPython.
///
/// Deviation: without reference counting a bytearray cannot know when the
/// last memoryview over it is gone, so resizing a bytearray with a live
/// memoryview is allowed (CPython raises BufferError); the view then reads
/// the current buffer, clamped to its size.
///
//===----------------------------------------------------------------------===//
#include "runtime/Hash.h"
#include "runtime/objects/Bytes.h"
#include "runtime/Abstract.h"
#include "runtime/Args.h"
#include "runtime/Errors.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Format.h"
#include "runtime/objects/Function.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Slice.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>

namespace kiln::rt {

Type BytesType, ByteArrayType, MemoryViewType;

namespace {

/// The type name CPython's argument parsers print: "None" for None.
inline const char *argTypeName(Value v) { return isNone(v) ? "None" : typeName(v); }


Type BytesIterType, ByteArrayIterType, MemoryIterType;

// --- Allocation ----------------------------------------------------------------

} // namespace

Bytes *bytesAlloc(int64_t n) {
  if (n < 0 || !checkAllocSize(size_t(n), 1))
    return nullptr;
  Bytes *b = static_cast<Bytes *>(gcAllocAtomic(sizeof(Bytes) + size_t(n) + 1));
  if (!b)
    return nullptr;
  b->type = &BytesType;
  b->size = n;
  b->hash = -1;
  b->data = reinterpret_cast<uint8_t *>(b) + sizeof(Bytes);
  b->data[n] = 0;
  return b;
}

Value bytesFromData(const char *data, size_t n) {
  Bytes *b = bytesAlloc(int64_t(n));
  if (!b)
    return Value();
  if (n)
    memcpy(b->data, data, n);
  return Value::object(b);
}

namespace {

bool byteArrayReserve(ByteArray *a, int64_t cap) {
  if (cap <= a->capacity)
    return true;
  if (!checkAllocSize(size_t(cap), 1))
    return false;
  int64_t newCap = a->capacity < 16 ? 16 : a->capacity;
  while (newCap < cap)
    newCap += newCap / 2 + 1;
  uint8_t *d = static_cast<uint8_t *>(gcAllocAtomic(size_t(newCap) + 1));
  if (!d)
    return false;
  if (a->size)
    memcpy(d, a->data, size_t(a->size));
  d[a->size] = 0;
  a->data = d;
  a->capacity = newCap;
  return true;
}

bool byteArrayResize(ByteArray *a, int64_t n) {
  if (!byteArrayReserve(a, n))
    return false;
  a->size = n;
  a->data[n] = 0;
  return true;
}

ByteArray *byteArrayNew(Type *type, int64_t n) {
  ByteArray *a = newObject<ByteArray>(type);
  if (!a)
    return nullptr;
  a->size = 0;
  a->capacity = 0;
  a->exports = 0;
  a->data = static_cast<uint8_t *>(gcAllocAtomic(1));
  if (!a->data)
    return nullptr;
  a->data[0] = 0;
  if (n && !byteArrayResize(a, n))
    return nullptr;
  return a;
}

/// A bytes of the given (sub)type.
Value bytesOfType(Type *type, const uint8_t *data, int64_t n) {
  if (type == &BytesType)
    return bytesFromData(reinterpret_cast<const char *>(data), size_t(n));
  Bytes *b = newObject<Bytes>(type);
  if (!b)
    return Value();
  b->size = n;
  b->hash = -1;
  b->data = static_cast<uint8_t *>(gcAllocAtomic(size_t(n) + 1));
  if (!b->data)
    return Value();
  if (n)
    memcpy(b->data, data, size_t(n));
  b->data[n] = 0;
  return Value::object(b);
}

} // namespace

Value byteArrayFromData(const char *data, size_t n) {
  ByteArray *a = byteArrayNew(&ByteArrayType, int64_t(n));
  if (!a)
    return Value();
  if (n)
    memcpy(a->data, data, n);
  return Value::object(a);
}

namespace {

bool memoryViewData(Value v, const uint8_t **data, int64_t *n, bool *contiguous);

} // namespace

bool bytesLikeData(Value v, const uint8_t **data, int64_t *n) {
  if (v.isSmall())
    return false;
  if (isBytes(v)) {
    *data = v.as<Bytes>()->data;
    *n = v.as<Bytes>()->size;
    return true;
  }
  if (isByteArray(v)) {
    *data = v.as<ByteArray>()->data;
    *n = v.as<ByteArray>()->size;
    return true;
  }
  if (isInstance(v, &MemoryViewType)) {
    bool contiguous;
    return memoryViewData(v, data, n, &contiguous) && contiguous;
  }
  return false;
}

bool requireBytesLike(Value v, const uint8_t **data, int64_t *n) {
  if (bytesLikeData(v, data, n))
    return true;
  if (isInstance(v, &MemoryViewType)) {
    if (v.as<MemoryView>()->released)
      raise(&ValueErrorType, "operation forbidden on released memoryview object");
    else
      raise(&BufferErrorType, "memoryview: underlying buffer is not C-contiguous");
    return false;
  }
  raise(&TypeErrorType, "a bytes-like object is required, not '%s'", typeName(v));
  return false;
}

namespace {
/// b'...' text; bytearray's repr escapes ' even inside double quotes.
Value reprData(const uint8_t *d, int64_t n, bool escapeSingle);
} // namespace

Value bytesReprData(const uint8_t *d, int64_t n) { return reprData(d, n, false); }

namespace {
Value reprData(const uint8_t *d, int64_t n, bool escapeSingle) {
  bool single = false, dbl = false;
  for (int64_t i = 0; i < n; i++) {
    single |= d[i] == '\'';
    dbl |= d[i] == '"';
  }
  char quote = single && !dbl ? '"' : '\'';
  std::string out = "b";
  out += quote;
  static const char hex[] = "0123456789abcdef";
  for (int64_t i = 0; i < n; i++) {
    uint8_t c = d[i];
    if (c == quote || c == '\\' || (escapeSingle && c == '\'')) {
      out += '\\';
      out += char(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < ' ' || c >= 0x7f) {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += char(c);
    }
  }
  out += quote;
  return strFromAscii(out);
}
} // namespace

namespace {

// --- Helpers -------------------------------------------------------------------

void selfData(Value self, const uint8_t **d, int64_t *n) {
  if (isByteArray(self)) {
    *d = self.as<ByteArray>()->data;
    *n = self.as<ByteArray>()->size;
  } else {
    *d = self.as<Bytes>()->data;
    *n = self.as<Bytes>()->size;
  }
}

/// A result of self's kind: bytearray for bytearrays, else exact bytes.
Value makeLike(Value self, const uint8_t *d, int64_t n) {
  if (isByteArray(self))
    return byteArrayFromData(reinterpret_cast<const char *>(d), size_t(n));
  return bytesFromData(reinterpret_cast<const char *>(d), size_t(n));
}
Value makeLike(Value self, const std::string &s) {
  return makeLike(self, reinterpret_cast<const uint8_t *>(s.data()), int64_t(s.size()));
}

/// Self unchanged: an exact bytes is returned as is, else a copy.
Value unchangedLike(Value self) {
  if (!self.isSmall() && self.obj()->type == &BytesType)
    return self;
  const uint8_t *d;
  int64_t n;
  selfData(self, &d, &n);
  return makeLike(self, d, n);
}

bool isAsciiSpace(uint8_t c) { return c == ' ' || (c >= 9 && c <= 13); }
bool isAsciiLower(uint8_t c) { return c >= 'a' && c <= 'z'; }
bool isAsciiUpper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
bool isAsciiAlpha(uint8_t c) { return isAsciiLower(c) || isAsciiUpper(c); }
bool isAsciiDigit(uint8_t c) { return c >= '0' && c <= '9'; }
uint8_t toLower(uint8_t c) { return isAsciiUpper(c) ? c + 32 : c; }
uint8_t toUpper(uint8_t c) { return isAsciiLower(c) ? c - 32 : c; }

bool ssizeArg(Value v, int64_t *out) {
  Value i = v.isSmall() ? v : numberIndex(v);
  if (!i)
    return false;
  return intToSsize(i, out);
}

bool sliceIndexArg(Value v, int64_t *out) {
  if (!v || isNone(v))
    return true;
  if (!isInt(v) && !typeOf(v)->toIndex) {
    raise(&TypeErrorType, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  return indexToSsize(v, out, nullptr);
}

void adjustIndices(int64_t &start, int64_t &end, int64_t len) {
  if (end > len)
    end = len;
  else if (end < 0) {
    end += len;
    if (end < 0)
      end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0)
      start = 0;
  }
}

/// A byte value 0..255 from an int-like; ValueError out of range.
bool byteValue(Value v, uint8_t *out) {
  Value i = isInt(v) ? v : numberIndex(v);
  if (!i)
    return false;
  int64_t x;
  if (!intAsI64(i, &x) || x < 0 || x > 255) {
    raise(&ValueErrorType, "byte must be in range(0, 256)");
    return false;
  }
  *out = uint8_t(x);
  return true;
}

int64_t findBytes(const uint8_t *h, int64_t start, int64_t end, const uint8_t *n, int64_t m,
                  int dir) {
  if (end - start < m)
    return -1;
  if (m == 0)
    return dir > 0 ? start : end;
  if (dir > 0) {
    const void *p = memmem(h + start, size_t(end - start), n, size_t(m));
    return p ? static_cast<const uint8_t *>(p) - h : -1;
  }
  for (int64_t i = end - m; i >= start; i--)
    if (h[i] == n[0] && memcmp(h + i, n, size_t(m)) == 0)
      return i;
  return -1;
}

/// The "sub" argument of find/count/index: an int or bytes-like.
struct SubArg {
  uint8_t byte;
  const uint8_t *data;
  int64_t len;
};

bool subArg(Value v, SubArg *out) {
  if (isInt(v) || (!v.isSmall() && typeOf(v)->toIndex && !isBytes(v))) {
    if (!byteValue(v, &out->byte))
      return false;
    out->data = &out->byte;
    out->len = 1;
    return true;
  }
  if (bytesLikeData(v, &out->data, &out->len))
    return true;
  raise(&TypeErrorType, "argument should be integer or bytes-like object, not '%s'",
        typeName(v));
  return false;
}

bool parseSubArgs(const char *name, const Value *args, size_t nargs, SubArg *sub,
                  int64_t *start, int64_t *end, int64_t len) {
  if (nargs < 1) {
    raise(&TypeErrorType, "%s() takes at least 1 argument (0 given)", name);
    return false;
  }
  if (nargs > 3) {
    raise(&TypeErrorType, "%s() takes at most 3 arguments (%zu given)", name, nargs);
    return false;
  }
  if (!subArg(args[0], sub))
    return false;
  *start = 0;
  *end = INT64_MAX;
  if (nargs > 1 && !sliceIndexArg(args[1], start))
    return false;
  if (nargs > 2 && !sliceIndexArg(args[2], end))
    return false;
  adjustIndices(*start, *end, len);
  return true;
}

Value findImpl(Value self, const Value *args, size_t nargs, const char *name, int dir,
               bool raiseMissing) {
  const uint8_t *d;
  int64_t n;
  selfData(self, &d, &n);
  SubArg sub;
  int64_t start, end;
  if (!parseSubArgs(name, args, nargs, &sub, &start, &end, n))
    return Value();
  int64_t r = findBytes(d, start, end, sub.data, sub.len, dir);
  if (r < 0 && raiseMissing)
    return raise(&ValueErrorType, "subsection not found");
  return intFromI64(r);
}

Value bFind(Value self, const Value *a, size_t n) { return findImpl(self, a, n, "find", 1, false); }
Value bRFind(Value self, const Value *a, size_t n) { return findImpl(self, a, n, "rfind", -1, false); }
Value bIndex(Value self, const Value *a, size_t n) { return findImpl(self, a, n, "index", 1, true); }
Value bRIndex(Value self, const Value *a, size_t n) { return findImpl(self, a, n, "rindex", -1, true); }

Value bCount(Value self, const Value *args, size_t nargs) {
  const uint8_t *d;
  int64_t n;
  selfData(self, &d, &n);
  SubArg sub;
  int64_t start, end;
  if (!parseSubArgs("count", args, nargs, &sub, &start, &end, n))
    return Value();
  if (start > n || end - start < sub.len)
    return Value::small(0);
  if (sub.len == 0)
    return intFromI64(end - start + 1);
  int64_t count = 0, i = start;
  for (;;) {
    int64_t j = findBytes(d, i, end, sub.data, sub.len, 1);
    if (j < 0)
      break;
    count++;
    i = j + sub.len;
  }
  return intFromI64(count);
}

Value tailMatchImpl(Value self, const Value *args, size_t nargs, const char *name, bool suffix) {
  if (nargs < 1)
    return raise(&TypeErrorType, "%s() takes at least 1 argument (0 given)", name);
  if (nargs > 3)
    return raise(&TypeErrorType, "%s() takes at most 3 arguments (%zu given)", name, nargs);
  int64_t start = 0, end = INT64_MAX;
  if (nargs > 1 && !sliceIndexArg(args[1], &start))
    return Value();
  if (nargs > 2 && !sliceIndexArg(args[2], &end))
    return Value();
  const uint8_t *d;
  int64_t n;
  selfData(self, &d, &n);
  auto match = [&](const uint8_t *s, int64_t m) {
    int64_t st = start, en = end;
    adjustIndices(st, en, n);
    en -= m;
    if (en < st)
      return false;
    if (m == 0)
      return true;
    return memcmp(d + (suffix ? en : st), s, size_t(m)) == 0;
  };
  Value x = args[0];
  const uint8_t *s;
  int64_t m;
  if (isTuple(x)) {
    Tuple *t = x.as<Tuple>();
    for (int64_t i = 0; i < t->size; i++) {
      if (!requireBytesLike(t->items[i], &s, &m))
        return Value();
      if (match(s, m))
        return TrueValue;
    }
    return FalseValue;
  }
  if (!bytesLikeData(x, &s, &m))
    return raise(&TypeErrorType, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                 typeName(x));
  return boolValue(match(s, m));
}

Value bStartsWith(Value self, const Value *a, size_t n) {
  return tailMatchImpl(self, a, n, "startswith", false);
}
Value bEndsWith(Value self, const Value *a, size_t n) {
  return tailMatchImpl(self, a, n, "endswith", true);
}

// --- Case and classes ----------------------------------------------------------

template <class Fn> Value mapBytes(Value self, Fn fn) {
  const uint8_t *d;
  int64_t n;
  selfData(self, &d, &n);
  std::string out(size_t(n), '\0');
  fn(d, n, reinterpret_cast<uint8_t *>(out.data()));
  return makeLike(self, out);
}

Value bLower(Value self) {
  return mapBytes(self, [](const uint8_t *d, int64_t n, uint8_t *o) {
    for (int64_t i = 0; i < n; i++)
      o[i] = toLower(d[i]);
  });
}
Value bUpper(Value self) {
  return mapBytes(self, [](const uint8_t *d, int64_t n, uint8_t *o) {
    for (int64_t i = 0; i < n; i++)
      o[i] = toUpper(d[i]);
  });
}
Value bSwapcase(Value self) {
  return mapBytes(self, [](const uint8_t *d, int64_t n, uint8_t *o) {
    for (int64_t i = 0; i < n; i++)
      o[i] = isAsciiUpper(d[i]) ? toLower(d[i]) : toUpper(d[i]);
  });
}
Value bCapitalize(Value self) {
  return mapBytes(self, [](const uint8_t *d, int64_t n, uint8_t *o) {
    for (int64_t i = 0; i < n; i++)
      o[i] = i == 0 ? toUpper(d[i]) : toLower(d[i]);
  });
}
Value bTitle(Value self) {
  return mapBytes(self, [](const uint8_t *d, int64_t n, uint8_t *o) {
    bool prevCased = false;
    for (int64_t i = 0; i < n; i++) {
      uint8_t c = d[i];
      o[i] = prevCased ? toLower(c) : toUpper(c);
      prevCased = isAsciiAlpha(c);
    }
  });
}

template <class Pred> Value allBytes(Value self, Pred p) {
  const uint8_t *d;
  int64_t n;
  selfData(self, &d, &n);
  if (n == 0)
    return FalseValue;
  for (int64_t i = 0; i < n; i++)
    if (!p(d[i]))
      return FalseValue;
  return TrueValue;
}

Value bIsAlpha(Value self) { return allBytes(self, isAsciiAlpha); }
Value bIsDigit(Value self) { return allBytes(self, isAsciiDigit); }
Value bIsAlnum(Value self) {
  return allBytes(self, [](uint8_t c) { return isAsciiAlpha(c) || isAsciiDigit(c); });
}
Value bIsSpace(Value self) { return allBytes(self, isAsciiSpace); }
Value bIsAscii(Value self) {
  const uint8_t *d;
  int64_t n;
  selfData(self, &d, &n);
  for (int64_t i = 0; i < n; i++)
    if (d[i] >= 128)
      return FalseValue;
  return TrueValue;
}
Value bIsLower(Value self) {
  const uint8_t *d;
  int64_t n;
  selfData(self, &d, &n);
  bool cased = false;
  for (int64_t i = 0; i < n; i++) {
    if (isAsciiUpper(d[i]))
      return FalseValue;
    cased |= isAsciiLower(d[i]);
  }
  return boolValue(cased);
}
Value bIsUpper(Value self) {
  const uint8_t *d;
  int64_t n;
  selfData(self, &d, &n);
  bool cased = false;
  for (int64_t i = 0; i < n; i++) {
    if (isAsciiLower(d[i]))
      return FalseValue;
    cased |= isAsciiUpper(d[i]);
  }
  return boolValue(cased);
}
Value bIsTitle(Value self) {
  const uint8_t *d;
  int64_t n;
  selfData(self, &d, &n);
  bool cased = false, prev = false;
  for (int64_t i = 0; i < n; i++) {
    uint8_t c = d[i];
    if (isAsciiUpper(c)) {
      if (prev)
        return FalseValue;
      prev = cased = true;
    } else if (isAsciiLower(c)) {
      if (!prev)
        return FalseValue;
      prev = cased = true;
    } else {
      prev = false;
    }
  }
  return boolValue(cased);
}

// --- Padding -------------------------------------------------------------------

bool fillArg(const char *name, Value v, uint8_t *out) {
  const uint8_t *d;
  int64_t n;
  if ((isBytes(v) || isByteArray(v)) && bytesLikeData(v, &d, &n) && n == 1) {
    *out = d[0];
    return true;
  }
  raise(&TypeErrorType, "%s() argument 2 must be a byte string of length 1, not %s", name,
        typeName(v));
  return false;
}

Value padImpl(Value self, const Value *args, size_t nargs, const char *name, int mode) {
  if (!checkPositional(name, nargs, 1, 2))
    return Value();
  int64_t width;
  if (!ssizeArg(args[0], &width))
    return Value();
  uint8_t fill = ' ';
  if (nargs > 1 && !fillArg(name, args[1], &fill))
    return Value();
  const uint8_t *d;
  int64_t n;
  selfData(self, &d, &n);
  if (width <= n)
    return unchangedLike(self);
  int64_t marg = width - n, left;
  if (mode == 0)
    left = 0;
  else if (mode == 1)
    left = marg;
  else
    left = marg / 2 + (marg & width & 1);
  std::string out;
  out.append(size_t(left), char(fill));
  out.append(reinterpret_cast<const char *>(d), size_t(n));
  out.append(size_t(marg - left), char(fill));
  return makeLike(self, out);
}

Value bLJust(Value self, const Value *a, size_t n) { return padImpl(self, a, n, "ljust", 0); }
Value bRJust(Value self, const Value *a, size_t n) { return padImpl(self, a, n, "rjust", 1); }
Value bCenter(Value self, const Value *a, size_t n) { return padImpl(self, a, n, "center", 2); }

Value bZfill(Value self, Value widthV) {
  int64_t width;
  if (!ssizeArg(widthV, &width))
    return Value();
  const uint8_t *d;
  int64_t n;
  selfData(self, &d, &n);
  if (width <= n)
    return unchangedLike(self);
  std::string out(size_t(width - n), '0');
  out.append(reinterpret_cast<const char *>(d), size_t(n));
  if (n > 0 && (d[0] == '+' || d[0] == '-')) {
    out[0] = char(d[0]);
    out[size_t(width - n)] = '0';
  }
  return makeLike(self, out);
}

Value bExpandTabs(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[1];
  if (!parseArgs({"expandtabs", {"tabsize"}, 0}, args, nargs, kwnames, a))
    return Value();
  int64_t tabsize = 8;
  if (a[0] && !ssizeArg(a[0], &tabsize))
    return Value();
  const uint8_t *d;
  int64_t n;
  selfData(self, &d, &n);
  std::string out;
  int64_t col = 0;
  for (int64_t i = 0; i < n; i++) {
    uint8_t c = d[i];
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t k = tabsize - col % tabsize;
        out.append(size_t(k), ' ');
        col += k;
      }
    } else {
      out += char(c);
      col++;
      if (c == '\n' || c == '\r')
        col = 0;
    }
  }
  return makeLike(self, out);
}

// --- Strip, split, join --------------------------------------------------------

Value stripImpl(Value self, const Value *args, size_t nargs, const char *name, int where) {
  if (!checkPositional(name, nargs, 0, 1))
    return Value();
  const uint8_t *chars = nullptr;
  int64_t nchars = 0;
  if (nargs == 1 && !isNone(args[0]) && !requireBytesLike(args[0], &chars, &nchars))
    return Value();
  bool useChars = nargs == 1 && !isNone(args[0]);
  const uint8_t *d;
  int64_t n;
  selfData(self, &d, &n);
  auto strip = [&](uint8_t c) {
    if (!useChars)
      return isAsciiSpace(c);
    return memchr(chars, c, size_t(nchars)) != nullptr;
  };
  int64_t i = 0, j = n;
  if (where & 1)
    while (i < j && strip(d[i]))
      i++;
  if (where & 2)
    while (j > i && strip(d[j - 1]))
      j--;
  if (i == 0 && j == n)
    return unchangedLike(self);
  return makeLike(self, d + i, j - i);
}

Value bStrip(Value self, const Value *a, size_t n) { return stripImpl(self, a, n, "strip", 3); }
Value bLStrip(Value self, const Value *a, size_t n) { return stripImpl(self, a, n, "lstrip", 1); }
Value bRStrip(Value self, const Value *a, size_t n) { return stripImpl(self, a, n, "rstrip", 2); }

bool appendPart(List *l, Value self, const uint8_t *d, int64_t a, int64_t b) {
  Value v = makeLike(self, d + a, b - a);
  return v && listAppend(l, v);
}

Value splitImpl(Value self, const Value *args, size_t nargs, Tuple *kwnames, const char *name,
                bool right) {
  Value a[2];
  if (!parseArgs({name, {"sep", "maxsplit"}, 0}, args, nargs, kwnames, a))
    return Value();
  int64_t maxsplit = -1;
  if (a[1] && !ssizeArg(a[1], &maxsplit))
    return Value();
  if (maxsplit < 0)
    maxsplit = INT64_MAX;
  const uint8_t *d;
  int64_t n;
  selfData(self, &d, &n);
  List *out = listNew(0);
  if (!out)
    return Value();
  if (!a[0] || isNone(a[0])) {
    if (!right) {
      int64_t i = 0;
      while (maxsplit-- > 0) {
        while (i < n && isAsciiSpace(d[i]))
          i++;
        if (i == n)
          break;
        int64_t j = i;
        while (j < n && !isAsciiSpace(d[j]))
          j++;
        if (!appendPart(out, self, d, i, j))
          return Value();
        i = j;
      }
      while (i < n && isAsciiSpace(d[i]))
        i++;
      if (i < n && !appendPart(out, self, d, i, n))
        return Value();
    } else {
      int64_t i = n - 1;
      while (maxsplit-- > 0) {
        while (i >= 0 && isAsciiSpace(d[i]))
          i--;
        if (i < 0)
          break;
        int64_t j = i;
        while (j >= 0 && !isAsciiSpace(d[j]))
          j--;
        if (!appendPart(out, self, d, j + 1, i + 1))
          return Value();
        i = j;
      }
      while (i >= 0 && isAsciiSpace(d[i]))
        i--;
      if (i >= 0 && !appendPart(out, self, d, 0, i + 1))
        return Value();
      std::reverse(out->items, out->items + out->size);
    }
    return Value::object(out);
  }
  const uint8_t *sep;
  int64_t m;
  if (!requireBytesLike(a[0], &sep, &m))
    return Value();
  if (m == 0)
    return raise(&ValueErrorType, "empty separator");
  if (!right) {
    int64_t i = 0;
    while (maxsplit-- > 0) {
      int64_t j = findBytes(d, i, n, sep, m, 1);
      if (j < 0)
        break;
      if (!appendPart(out, self, d, i, j))
        return Value();
      i = j + m;
    }
    if (!appendPart(out, self, d, i, n))
      return Value();
  } else {
    int64_t j = n;
    while (maxsplit-- > 0) {
      int64_t i = findBytes(d, 0, j, sep, m, -1);
      if (i < 0)
        break;
      if (!appendPart(out, self, d, i + m, j))
        return Value();
      j = i;
    }
    if (!appendPart(out, self, d, 0, j))
      return Value();
    std::reverse(out->items, out->items + out->size);
  }
  return Value::object(out);
}

Value bSplit(Value self, const Value *a, size_t n, Tuple *k) {
  return splitImpl(self, a, n, k, "split", false);
}
Value bRSplit(Value self, const Value *a, size_t n, Tuple *k) {
  return splitImpl(self, a, n, k, "rsplit", true);
}

Value bSplitLines(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[1];
  if (!parseArgs({"splitlines", {"keepends"}, 0}, args, nargs, kwnames, a))
    return Value();
  bool keep = false;
  if (a[0]) {
    Value i = a[0].isSmall() ? a[0] : numberIndex(a[0]);
    if (!i)
      return Value();
    keep = intSign(i) != 0;
  }
  const uint8_t *d;
  int64_t n;
  selfData(self, &d, &n);
  List *out = listNew(0);
  if (!out)
    return Value();
  int64_t i = 0;
  while (i < n) {
    int64_t j = i;
    while (j < n && d[j] != '\n' && d[j] != '\r')
      j++;
    int64_t eol = j;
    if (j < n) {
      j += (d[j] == '\r' && j + 1 < n && d[j + 1] == '\n') ? 2 : 1;
      if (keep)
        eol = j;
    }
    if (!appendPart(out, self, d, i, eol))
      return Value();
    i = j;
  }
  return Value::object(out);
}

Value bJoin(Value self, Value iterable) {
  Value seq;
  if (isList(iterable) || isTuple(iterable)) {
    seq = iterable;
  } else {
    Value it = getIter(iterable);
    if (!it) {
      if (errMatches(&TypeErrorType)) {
        clearError();
        return raise(&TypeErrorType, "can only join an iterable");
      }
      return Value();
    }
    List *l = listNew(0);
    if (!l)
      return Value();
    for (;;) {
      Value x = iterNext(it);
      if (!x) {
        if (errOccurred())
          return Value();
        break;
      }
      if (!listAppend(l, x))
        return Value();
    }
    seq = Value::object(l);
  }
  Value *items = isTuple(seq) ? seq.as<Tuple>()->items : seq.as<List>()->items;
  int64_t count = isTuple(seq) ? seq.as<Tuple>()->size : seq.as<List>()->size;
  const uint8_t *sep;
  int64_t m;
  selfData(self, &sep, &m);
  std::string out;
  for (int64_t i = 0; i < count; i++) {
    const uint8_t *d;
    int64_t n;
    if (!bytesLikeData(items[i], &d, &n))
      return raise(&TypeErrorType, "sequence item %lld: expected a bytes-like object, %s found",
                   (long long)i, typeName(items[i]));
    if (i)
      out.append(reinterpret_cast<const char *>(sep), size_t(m));
    out.append(reinterpret_cast<const char *>(d), size_t(n));
  }
  return makeLike(self, out);
}

Value partitionImpl(Value self, Value sepV, bool right) {
  const uint8_t *sep;
  int64_t m;
  if (!requireBytesLike(sepV, &sep, &m))
    return Value();
  if (m == 0)
    return raise(&ValueErrorType, "empty separator");
  const uint8_t *d;
  int64_t n;
  selfData(self, &d, &n);
  int64_t i = findBytes(d, 0, n, sep, m, right ? -1 : 1);
  Value e1 = makeLike(self, d, 0), e2 = makeLike(self, d, 0);
  if (!e1 || !e2)
    return Value();
  if (i < 0) {
    Value u = unchangedLike(self);
    if (!u)
      return Value();
    return Value::object(right ? tupleOf({e1, e2, u}) : tupleOf({u, e1, e2}));
  }
  Value a = makeLike(self, d, i);
  Value s = makeLike(self, sep, m);
  Value b = makeLike(self, d + i + m, n - i - m);
  if (!a || !s || !b)
    return Value();
  return Value::object(tupleOf({a, s, b}));
}

Value bPartition(Value self, Value sep) { return partitionImpl(self, sep, false); }
Value bRPartition(Value self, Value sep) { return partitionImpl(self, sep, true); }

Value bReplace(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("replace", nargs, 2, 3))
    return Value();
  const uint8_t *old, *rep;
  int64_t no, nr;
  if (!requireBytesLike(args[0], &old, &no) || !requireBytesLike(args[1], &rep, &nr))
    return Value();
  int64_t count = -1;
  if (nargs > 2 && !ssizeArg(args[2], &count))
    return Value();
  if (count < 0)
    count = INT64_MAX;
  const uint8_t *d;
  int64_t n;
  selfData(self, &d, &n);
  std::string out;
  const char *dc = reinterpret_cast<const char *>(d);
  if (no == 0) {
    int64_t done = 0;
    for (int64_t i = 0; i <= n; i++) {
      if (done < count) {
        out.append(reinterpret_cast<const char *>(rep), size_t(nr));
        done++;
      }
      if (i < n)
        out += dc[i];
    }
    return makeLike(self, out);
  }
  int64_t i = 0, done = 0;
  while (done < count) {
    int64_t j = findBytes(d, i, n, old, no, 1);
    if (j < 0)
      break;
    out.append(dc + i, size_t(j - i));
    out.append(reinterpret_cast<const char *>(rep), size_t(nr));
    i = j + no;
    done++;
  }
  if (done == 0)
    return unchangedLike(self);
  out.append(dc + i, size_t(n - i));
  return makeLike(self, out);
}

Value bRemovePrefix(Value self, Value p) {
  const uint8_t *s;
  int64_t m;
  if (!requireBytesLike(p, &s, &m))
    return Value();
  const uint8_t *d;
  int64_t n;
  selfData(self, &d, &n);
  if (m <= n && memcmp(d, s, size_t(m)) == 0 && m > 0)
    return makeLike(self, d + m, n - m);
  return unchangedLike(self);
}

Value bRemoveSuffix(Value self, Value p) {
  const uint8_t *s;
  int64_t m;
  if (!requireBytesLike(p, &s, &m))
    return Value();
  const uint8_t *d;
  int64_t n;
  selfData(self, &d, &n);
  if (m && m <= n && memcmp(d + n - m, s, size_t(m)) == 0)
    return makeLike(self, d, n - m);
  return unchangedLike(self);
}

Value bTranslate(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[2];
  if (!parseArgs({"translate", {"table", "delete"}, 1, size_t(-1), 1}, args, nargs, kwnames, a))
    return Value();
  const uint8_t *table = nullptr;
  int64_t nt = 0;
  if (!isNone(a[0])) {
    if (!requireBytesLike(a[0], &table, &nt))
      return Value();
    if (nt != 256)
      return raise(&ValueErrorType, "translation table must be 256 characters long");
  }
  const uint8_t *del = nullptr;
  int64_t nd = 0;
  if (a[1] && !requireBytesLike(a[1], &del, &nd))
    return Value();
  const uint8_t *d;
  int64_t n;
  selfData(self, &d, &n);
  std::string out;
  for (int64_t i = 0; i < n; i++) {
    if (nd && memchr(del, d[i], size_t(nd)))
      continue;
    out += char(table ? table[d[i]] : d[i]);
  }
  return makeLike(self, out);
}

Value bMakeTrans(Value, const Value *args, size_t nargs) {
  if (!checkPositional("maketrans", nargs, 2, 2))
    return Value();
  const uint8_t *f, *t;
  int64_t nf, nt;
  if (!requireBytesLike(args[0], &f, &nf) || !requireBytesLike(args[1], &t, &nt))
    return Value();
  if (nf != nt)
    return raise(&ValueErrorType, "maketrans arguments must have same length");
  char table[256];
  for (int i = 0; i < 256; i++)
    table[i] = char(i);
  for (int64_t i = 0; i < nf; i++)
    table[f[i]] = char(t[i]);
  return bytesFromData(table, 256);
}

Value bDecode(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[2];
  if (!parseArgs({"decode", {"encoding", "errors"}, 0}, args, nargs, kwnames, a))
    return Value();
  if (a[0] && !isStr(a[0]))
    return raise(&TypeErrorType, "decode() argument 'encoding' must be str, not %s",
                 argTypeName(a[0]));
  if (a[1] && !isStr(a[1]))
    return raise(&TypeErrorType, "decode() argument 'errors' must be str, not %s",
                 argTypeName(a[1]));
  const uint8_t *d;
  int64_t n;
  selfData(self, &d, &n);
  return codecDecode(d, n, self, a[0], a[1]);
}

/// hex(sep=..., bytes_per_sep=1) over data.
Value hexImpl(const uint8_t *d, int64_t n, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[2];
  if (!parseArgs({"hex", {"sep", "bytes_per_sep"}, 0}, args, nargs, kwnames, a))
    return Value();
  uint32_t sep = 0;
  if (a[0]) {
    if (isStr(a[0])) {
      if (a[0].as<Str>()->length != 1)
        return raise(&ValueErrorType, "sep must be length 1.");
      sep = a[0].as<Str>()->at(0);
    } else {
      const uint8_t *s;
      int64_t m;
      if (!bytesLikeData(a[0], &s, &m))
        return raise(&TypeErrorType, "object of type '%s' has no len()", typeName(a[0]));
      if (m != 1)
        return raise(&ValueErrorType, "sep must be length 1.");
      sep = s[0];
    }
    if (sep > 127)
      return raise(&ValueErrorType, "sep must be ASCII.");
  }
  int64_t per = 1;
  if (a[1] && !ssizeArg(a[1], &per))
    return Value();
  static const char hex[] = "0123456789abcdef";
  std::string out;
  int64_t group = per < 0 ? -per : per;
  for (int64_t i = 0; i < n; i++) {
    if (sep && group && i > 0) {
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary)
        out += char(sep);
    }
    out += hex[d[i] >> 4];
    out += hex[d[i] & 15];
  }
  return strFromAscii(out);
}

Value bHex(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  const uint8_t *d;
  int64_t n;
  selfData(self, &d, &n);
  return hexImpl(d, n, args, nargs, kwnames);
}

Value bFromHex(Value cls, Value s) {
  if (!isStr(s))
    return raise(&TypeErrorType, "fromhex() argument must be str, not %s", argTypeName(s));
  Str *st = s.as<Str>();
  std::string out;
  int64_t i = 0, n = st->length;
  auto hexVal = [](uint32_t c) -> int {
    if (c >= '0' && c <= '9') return int(c - '0');
    if (c >= 'a' && c <= 'f') return int(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return int(c - 'A' + 10);
    return -1;
  };
  while (i < n) {
    uint32_t c = st->at(i);
    if (c == ' ' || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    int hi = hexVal(c);
    if (hi < 0)
      return raise(&ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %lld",
                   (long long)i);
    int lo = i + 1 < n ? hexVal(st->at(i + 1)) : -1;
    if (lo < 0)
      return raise(&ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %lld",
                   (long long)(i + 1));
    out += char(hi * 16 + lo);
    i += 2;
  }
  Type *t = cls.as<Type>();
  if (t == &BytesType)
    return bytesFromData(out.data(), out.size());
  if (t == &ByteArrayType)
    return byteArrayFromData(out.data(), out.size());
  Value b = isSubtype(t, &ByteArrayType) ? byteArrayFromData(out.data(), out.size())
                                         : bytesFromData(out.data(), out.size());
  if (!b)
    return Value();
  return call(cls, {b});
}

Value bGetNewArgs(Value self) {
  Value c = bytesFromData(reinterpret_cast<const char *>(self.as<Bytes>()->data),
                          size_t(self.as<Bytes>()->size));
  if (!c)
    return Value();
  return Value::object(tupleOf({c}));
}

Value bBytes(Value self) {
  if (self.obj()->type == &BytesType)
    return self;
  return bytesFromData(reinterpret_cast<const char *>(self.as<Bytes>()->data),
                       size_t(self.as<Bytes>()->size));
}

// --- Slots shared by bytes and bytearray ---------------------------------------

Value bytesRepr(Value self) {
  const uint8_t *d;
  int64_t n;
  selfData(self, &d, &n);
  Value r = reprData(d, n, isByteArray(self));
  if (!r || !isByteArray(self))
    return r;
  const char *name = typeOf(self)->cname ? typeOf(self)->cname : "bytearray";
  std::string s = std::string(name) + "(" + strToUtf8(r) + ")";
  return strFromUtf8(s);
}

bool bytesHash(Value self, int64_t *out) {
  Bytes *b = self.as<Bytes>();
  if (b->hash == -1)
    b->hash = hashBytes(b->data, size_t(b->size));
  *out = b->hash;
  return true;
}

int compareData(const uint8_t *a, int64_t na, const uint8_t *b, int64_t nb) {
  int64_t m = na < nb ? na : nb;
  int c = m ? memcmp(a, b, size_t(m)) : 0;
  if (c)
    return c < 0 ? -1 : 1;
  return na < nb ? -1 : na > nb ? 1 : 0;
}

Value cmpResult(int c, int op) {
  switch (op) {
  case 0: return boolValue(c < 0);
  case 1: return boolValue(c <= 0);
  case 2: return boolValue(c == 0);
  case 3: return boolValue(c != 0);
  case 4: return boolValue(c > 0);
  default: return boolValue(c >= 0);
  }
}

Value bytesRichCompare(Value a, Value b, int op) {
  if (!(isBytes(b) || isByteArray(b)) || !(isBytes(a) || isByteArray(a)))
    return NotImplemented();
  const uint8_t *x, *y;
  int64_t nx, ny;
  if (!bytesLikeData(a, &x, &nx) || !bytesLikeData(b, &y, &ny))
    return NotImplemented();
  if ((op == 2 || op == 3) && nx != ny)
    return boolValue(op == 3);
  return cmpResult(compareData(x, nx, y, ny), op);
}

int64_t bytesLen(Value self) {
  return isByteArray(self) ? self.as<ByteArray>()->size : self.as<Bytes>()->size;
}

Value bytesGetItem(Value self, Value key) {
  const uint8_t *d;
  int64_t n;
  selfData(self, &d, &n);
  bool ba = isByteArray(self);
  if (isInt(key) || typeOf(key)->toIndex) {
    int64_t i;
    if (!indexToSsize(key, &i, &IndexErrorType))
      return Value();
    if (i < 0)
      i += n;
    if (i < 0 || i >= n)
      return raise(&IndexErrorType, ba ? "bytearray index out of range" : "index out of range");
    return Value::small(d[i]);
  }
  if (typeOf(key) == &SliceType) {
    int64_t start, stop, step;
    int64_t len = sliceIndices(key, n, &start, &stop, &step);
    if (len < 0)
      return Value();
    if (step == 1)
      return makeLike(self, d + start, len);
    std::string out(size_t(len), '\0');
    for (int64_t i = 0, j = start; i < len; i++, j += step)
      out[size_t(i)] = char(d[j]);
    return makeLike(self, out);
  }
  return raise(&TypeErrorType, "%s indices must be integers or slices, not %s",
               ba ? "bytearray" : "byte", typeName(key));
}

int bytesContains(Value self, Value item) {
  const uint8_t *d;
  int64_t n;
  selfData(self, &d, &n);
  if (isInt(item) || (typeOf(item)->toIndex && !isBytes(item) && !isByteArray(item))) {
    uint8_t b;
    if (!byteValue(item, &b))
      return -1;
    return memchr(d, b, size_t(n)) != nullptr;
  }
  const uint8_t *s;
  int64_t m;
  if (!requireBytesLike(item, &s, &m))
    return -1;
  return findBytes(d, 0, n, s, m, 1) >= 0;
}

Value bytesConcat(Value a, Value b) {
  const uint8_t *x, *y;
  int64_t nx, ny;
  if (!bytesLikeData(a, &x, &nx) || !bytesLikeData(b, &y, &ny)) {
    // NotImplemented lets the right operand's __radd__ run; binaryOp
    // reports "can't concat" after that.
    return NotImplemented();
  }
  if (!(isBytes(a) || isByteArray(a)))
    return NotImplemented();
  std::string out(reinterpret_cast<const char *>(x), size_t(nx));
  out.append(reinterpret_cast<const char *>(y), size_t(ny));
  return makeLike(a, out);
}

/// A repetition count; false without an error when \p n is no integer
/// (the caller answers NotImplemented, see binaryOp).
bool repeatCount(Value n, int64_t *count) {
  if (!isInt(n)) {
    if (!typeOf(n)->toIndex)
      return false;
    n = numberIndex(n);
    if (!n)
      return false;
  }
  if (!intAsI64(n, count)) {
    if (intSign(n) < 0) {
      *count = 0;
      return true;
    }
    raise(&OverflowErrorType, "cannot fit 'int' into an index-sized integer");
    return false;
  }
  if (*count < 0)
    *count = 0;
  return true;
}

Value bytesRepeat(Value a, Value b) {
  if (!(isBytes(a) || isByteArray(a))) {
    std::swap(a, b);
    if (!(isBytes(a) || isByteArray(a)))
      return NotImplemented();
  }
  int64_t count;
  if (!repeatCount(b, &count))
    return errOccurred() ? Value() : NotImplemented();
  const uint8_t *d;
  int64_t n;
  selfData(a, &d, &n);
  if (count == 1 && a.obj()->type == &BytesType)
    return a;
  if (n && count > INT64_MAX / n && isBytes(a)) // bytearray: MemoryError, as CPython
    return raise(&OverflowErrorType, "repeated bytes are too long");
  if (n && count > 0 && !checkAllocSize(size_t(count), size_t(n)))
    return Value();
  std::string out;
  out.reserve(size_t(n * count));
  for (int64_t i = 0; i < count; i++)
    out.append(reinterpret_cast<const char *>(d), size_t(n));
  return makeLike(a, out);
}

Value bytesModSlot(Value a, Value b) {
  if (!(isBytes(a) || isByteArray(a)))
    return NotImplemented();
  return bytesMod(a, b, isByteArray(a));
}

struct BytesIter : Object {
  Value seq;
  int64_t index;
};

Value bytesIter(Value self) {
  BytesIter *it = newObject<BytesIter>(isByteArray(self) ? &ByteArrayIterType : &BytesIterType);
  if (!it)
    return Value();
  it->seq = self;
  it->index = 0;
  return Value::object(it);
}

Value bytesIterNext(Value v) {
  BytesIter *it = v.as<BytesIter>();
  if (!it->seq)
    return Value();
  const uint8_t *d;
  int64_t n;
  selfData(it->seq, &d, &n);
  if (it->index >= n) {
    it->seq = Value();
    return Value();
  }
  return Value::small(d[it->index++]);
}

Value iterSelf(Value v) { return v; }

Value iterLengthHint(Value v) {
  BytesIter *it = v.as<BytesIter>();
  if (!it->seq)
    return Value::small(0);
  int64_t n = bytesLen(it->seq) - it->index;
  return intFromI64(n < 0 ? 0 : n);
}

// --- Construction --------------------------------------------------------------

/// Appends the bytes \p src describes (bytes(x)'s rules for non-str,
/// non-int sources): buffers, or iterables of ints.
bool collectBytes(Value src, std::string &out, const char *typeNameForError) {
  const uint8_t *d;
  int64_t n;
  if (bytesLikeData(src, &d, &n)) {
    out.append(reinterpret_cast<const char *>(d), size_t(n));
    return true;
  }
  Value it = getIter(src);
  if (!it) {
    if (errMatches(&TypeErrorType) && typeNameForError) {
      clearError();
      raise(&TypeErrorType, "cannot convert '%s' object to %s", typeName(src), typeNameForError);
    }
    return false;
  }
  for (;;) {
    Value x = iterNext(it);
    if (!x)
      return !errOccurred();
    Value i = isInt(x) ? x : numberIndex(x);
    if (!i)
      return false;
    int64_t v;
    if (!intAsI64(i, &v) || v < 0 || v > 255) {
      raise(&ValueErrorType, typeNameForError && strcmp(typeNameForError, "bytes") == 0
                                 ? "bytes must be in range(0, 256)"
                                 : "byte must be in range(0, 256)");
      return false;
    }
    out += char(v);
  }
}

/// The shared argument logic of bytes() and bytearray(): fills \p out.
bool bytesArgs(const char *fname, const Value *args, size_t nargs, Tuple *kwnames,
               std::string &out, bool *done, Value *direct) {
  Value a[3];
  if (!parseArgs({fname, {"source", "encoding", "errors"}, 0}, args, nargs, kwnames, a))
    return false;
  *done = false;
  if (a[1] && !isStr(a[1])) {
    raise(&TypeErrorType, "%s() argument 'encoding' must be str, not %s", fname, argTypeName(a[1]));
    return false;
  }
  if (a[2] && !isStr(a[2])) {
    raise(&TypeErrorType, "%s() argument 'errors' must be str, not %s", fname, argTypeName(a[2]));
    return false;
  }
  Value x = a[0];
  if (!x) {
    if (a[1] || a[2]) {
      raise(&TypeErrorType, a[1] ? "encoding without a string argument"
                                 : "errors without a string argument");
      return false;
    }
    return true;
  }
  if (isStr(x)) {
    if (!a[1]) {
      raise(&TypeErrorType, "string argument without an encoding");
      return false;
    }
    Value b = codecEncode(x, a[1], a[2]);
    if (!b)
      return false;
    out.assign(reinterpret_cast<const char *>(bytesData(b)), size_t(bytesSize(b)));
    return true;
  }
  if (a[1] || a[2]) {
    raise(&TypeErrorType, a[1] ? "encoding without a string argument"
                               : "errors without a string argument");
    return false;
  }
  if (strcmp(fname, "bytes") == 0) {
    Value m = lookupSpecial(x, intern("__bytes__"));
    if (m) {
      Value r = call(m, nullptr, 0);
      if (!r)
        return false;
      if (!isBytes(r)) {
        raise(&TypeErrorType, "__bytes__ returned non-bytes (type %s)", typeName(r));
        return false;
      }
      *direct = r;
      *done = true;
      return true;
    }
    if (errOccurred())
      return false;
  }
  const uint8_t *bd;
  int64_t bn;
  if (isInt(x) || (typeOf(x)->toIndex && !bytesLikeData(x, &bd, &bn))) {
    Value i = isInt(x) ? x : numberIndex(x);
    if (!i)
      return false;
    int64_t n;
    if (!intAsI64(i, &n)) {
      if (intSign(i) < 0) {
        raise(&ValueErrorType, "negative count");
        return false;
      }
      raise(&OverflowErrorType, "cannot fit 'int' into an index-sized integer");
      return false;
    }
    if (n < 0) {
      raise(&ValueErrorType, "negative count");
      return false;
    }
    if (!checkAllocSize(size_t(n), 1))
      return false;
    out.assign(size_t(n), '\0');
    return true;
  }
  return collectBytes(x, out, fname);
}

Value bytesNew(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  std::string out;
  bool done;
  Value direct;
  if (!bytesArgs("bytes", args, nargs, kwnames, out, &done, &direct))
    return Value();
  if (done) {
    if (type == &BytesType)
      return direct;
    return bytesOfType(type, bytesData(direct), bytesSize(direct));
  }
  return bytesOfType(type, reinterpret_cast<const uint8_t *>(out.data()), int64_t(out.size()));
}

Value byteArrayNewSlot(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  ByteArray *a = byteArrayNew(type, 0);
  return a ? Value::object(a) : Value();
}

int byteArrayInit(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  std::string out;
  bool done;
  Value direct;
  if (!bytesArgs("bytearray", args, nargs, kwnames, out, &done, &direct))
    return -1;
  ByteArray *a = self.as<ByteArray>();
  if (!byteArrayResize(a, int64_t(out.size())))
    return -1;
  if (!out.empty())
    memcpy(a->data, out.data(), out.size());
  return 0;
}

// --- bytearray mutation --------------------------------------------------------

ByteArray *BA(Value v) { return v.as<ByteArray>(); }

Value baAppend(Value self, Value item) {
  uint8_t b;
  if (!byteValue(item, &b))
    return Value();
  ByteArray *a = BA(self);
  if (!byteArrayResize(a, a->size + 1))
    return Value();
  a->data[a->size - 1] = b;
  return None();
}

bool baExtendData(ByteArray *a, const uint8_t *d, int64_t n) {
  int64_t old = a->size;
  // d may point into a's own buffer: copy first.
  std::string tmp(reinterpret_cast<const char *>(d), size_t(n));
  if (!byteArrayResize(a, old + n))
    return false;
  if (n)
    memcpy(a->data + old, tmp.data(), size_t(n));
  return true;
}

Value baExtend(Value self, Value iterable) {
  const uint8_t *d;
  int64_t n;
  if (bytesLikeData(iterable, &d, &n))
    return baExtendData(BA(self), d, n) ? None() : Value();
  if (!typeOf(iterable)->iter && !typeOf(iterable)->getitem)
    return raise(&TypeErrorType, "can't extend bytearray with %s", typeName(iterable));
  std::string out;
  if (!collectBytes(iterable, out, nullptr))
    return Value();
  return baExtendData(BA(self), reinterpret_cast<const uint8_t *>(out.data()),
                      int64_t(out.size()))
             ? None()
             : Value();
}

Value baInsert(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("insert", nargs, 2, 2))
    return Value();
  int64_t i;
  if (!ssizeArg(args[0], &i))
    return Value();
  uint8_t b;
  if (!byteValue(args[1], &b))
    return Value();
  ByteArray *a = BA(self);
  int64_t n = a->size;
  if (i < 0) {
    i += n;
    if (i < 0)
      i = 0;
  }
  if (i > n)
    i = n;
  if (!byteArrayResize(a, n + 1))
    return Value();
  memmove(a->data + i + 1, a->data + i, size_t(n - i));
  a->data[i] = b;
  return None();
}

Value baPop(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("pop", nargs, 0, 1))
    return Value();
  ByteArray *a = BA(self);
  int64_t i = -1;
  if (nargs && !ssizeArg(args[0], &i))
    return Value();
  if (a->size == 0)
    return raise(&IndexErrorType, "pop from empty bytearray");
  if (i < 0)
    i += a->size;
  if (i < 0 || i >= a->size)
    return raise(&IndexErrorType, "pop index out of range");
  uint8_t b = a->data[i];
  memmove(a->data + i, a->data + i + 1, size_t(a->size - i - 1));
  byteArrayResize(a, a->size - 1);
  return Value::small(b);
}

Value baRemove(Value self, Value item) {
  uint8_t b;
  if (!byteValue(item, &b))
    return Value();
  ByteArray *a = BA(self);
  const void *p = memchr(a->data, b, size_t(a->size));
  if (!p)
    return raise(&ValueErrorType, "value not found in bytearray");
  int64_t i = static_cast<const uint8_t *>(p) - a->data;
  memmove(a->data + i, a->data + i + 1, size_t(a->size - i - 1));
  byteArrayResize(a, a->size - 1);
  return None();
}

Value baReverse(Value self) {
  ByteArray *a = BA(self);
  std::reverse(a->data, a->data + a->size);
  return None();
}

Value baClear(Value self) {
  byteArrayResize(BA(self), 0);
  return None();
}

Value baCopy(Value self) {
  return byteArrayFromData(reinterpret_cast<const char *>(BA(self)->data), size_t(BA(self)->size));
}

Value baAlloc(Value self) { return intFromI64(BA(self)->capacity + 1); }

int baSetItem(Value self, Value key, Value value) {
  ByteArray *a = BA(self);
  if (isInt(key) || typeOf(key)->toIndex) {
    int64_t i;
    if (!indexToSsize(key, &i, &IndexErrorType))
      return -1;
    if (i < 0)
      i += a->size;
    if (i < 0 || i >= a->size) {
      raise(&IndexErrorType, "bytearray index out of range");
      return -1;
    }
    if (!value) {
      memmove(a->data + i, a->data + i + 1, size_t(a->size - i - 1));
      byteArrayResize(a, a->size - 1);
      return 0;
    }
    uint8_t b;
    if (!byteValue(value, &b))
      return -1;
    a->data[i] = b;
    return 0;
  }
  if (typeOf(key) != &SliceType) {
    raise(&TypeErrorType, "bytearray indices must be integers or slices, not %s", typeName(key));
    return -1;
  }
  int64_t start, stop, step;
  int64_t len = sliceIndices(key, a->size, &start, &stop, &step);
  if (len < 0)
    return -1;
  std::string src;
  if (value) {
    const uint8_t *d;
    int64_t n;
    if (bytesLikeData(value, &d, &n)) {
      src.assign(reinterpret_cast<const char *>(d), size_t(n));
    } else if (isInt(value) || isStr(value) || !typeOf(value)->iter) {
      raise(&TypeErrorType,
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      return -1;
    } else if (!collectBytes(value, src, nullptr)) {
      return -1;
    }
  }
  int64_t m = int64_t(src.size());
  if (step == 1) {
    if (stop < start)
      stop = start;
    int64_t n = a->size;
    int64_t newSize = n - (stop - start) + m;
    std::string tail(reinterpret_cast<const char *>(a->data + stop), size_t(n - stop));
    if (!byteArrayResize(a, newSize))
      return -1;
    if (m)
      memcpy(a->data + start, src.data(), size_t(m));
    if (!tail.empty())
      memcpy(a->data + start + m, tail.data(), tail.size());
    return 0;
  }
  if (!value) {
    // Delete an extended slice.
    std::string keep;
    std::string mark(size_t(a->size), '\0');
    for (int64_t i = 0, j = start; i < len; i++, j += step)
      mark[size_t(j)] = 1;
    for (int64_t i = 0; i < a->size; i++)
      if (!mark[size_t(i)])
        keep += char(a->data[i]);
    byteArrayResize(a, int64_t(keep.size()));
    if (!keep.empty())
      memcpy(a->data, keep.data(), keep.size());
    return 0;
  }
  if (m != len) {
    raise(&ValueErrorType, "attempt to assign bytes of size %lld to extended slice of size %lld",
          (long long)m, (long long)len);
    return -1;
  }
  for (int64_t i = 0, j = start; i < len; i++, j += step)
    a->data[j] = uint8_t(src[size_t(i)]);
  return 0;
}

Value baInplaceConcat(Value self, Value other) {
  const uint8_t *d;
  int64_t n;
  if (!bytesLikeData(other, &d, &n))
    return concatTypeError(self, other);
  if (!baExtendData(BA(self), d, n))
    return Value();
  return self;
}

Value baInplaceRepeat(Value self, Value count) {
  int64_t c;
  if (!repeatCount(count, &c))
    return errOccurred() ? Value() : NotImplemented();
  ByteArray *a = BA(self);
  int64_t n = a->size;
  if (n && c > 0 && !checkAllocSize(size_t(c), size_t(n)))
    return Value();
  std::string one(reinterpret_cast<const char *>(a->data), size_t(n));
  if (!byteArrayResize(a, n * c))
    return Value();
  for (int64_t i = 0; i < c; i++)
    memcpy(a->data + i * n, one.data(), size_t(n));
  return self;
}

// --- memoryview ----------------------------------------------------------------

MemoryView *MV(Value v) { return v.as<MemoryView>(); }

/// The exporter's current data and size.
void exporterData(Value obj, const uint8_t **d, int64_t *n) { selfData(obj, d, n); }

int itemSizeOf(char format) { (void)format; return 1; }

bool memoryViewData(Value v, const uint8_t **data, int64_t *n, bool *contiguous) {
  MemoryView *m = MV(v);
  if (m->released)
    return false;
  const uint8_t *d;
  int64_t size;
  exporterData(m->obj, &d, &size);
  int64_t len = m->length;
  // A bytearray may have shrunk under the view: clamp.
  if (m->step == 1) {
    if (m->start > size)
      len = 0;
    else if (m->start + len > size)
      len = size - m->start;
  }
  *contiguous = m->step == 1;
  if (data)
    *data = d + m->start;
  if (n)
    *n = len;
  return true;
}

bool checkReleased(Value v) {
  if (MV(v)->released) {
    raise(&ValueErrorType, "operation forbidden on released memoryview object");
    return false;
  }
  return true;
}

/// The items of a view as bytes (any step).
std::string viewBytes(Value v) {
  MemoryView *m = MV(v);
  const uint8_t *d;
  int64_t size;
  exporterData(m->obj, &d, &size);
  std::string out;
  for (int64_t i = 0; i < m->length; i++) {
    int64_t j = m->start + i * m->step;
    if (j >= 0 && j < size)
      out += char(d[j]);
  }
  return out;
}

Value itemValue(char format, uint8_t b) {
  if (format == 'c')
    return bytesFromData(reinterpret_cast<const char *>(&b), 1);
  if (format == 'b')
    return Value::small(int8_t(b));
  return Value::small(b);
}

Value newView(Value obj, int64_t start, int64_t step, int64_t length, bool readonly,
              char format) {
  MemoryView *m = newObject<MemoryView>(&MemoryViewType);
  if (!m)
    return Value();
  m->obj = obj;
  m->start = start;
  m->step = step;
  m->length = length;
  m->readonly = readonly;
  m->released = false;
  m->format = format;
  m->hash = -1;
  return Value::object(m);
}

Value mvNew(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[1];
  if (!parseArgs({"memoryview", {"object"}, 1}, args, nargs, kwnames, a))
    return Value();
  Value obj = a[0];
  if (isInstance(obj, &MemoryViewType)) {
    if (!checkReleased(obj))
      return Value();
    MemoryView *o = MV(obj);
    return newView(o->obj, o->start, o->step, o->length, o->readonly, o->format);
  }
  if (isBytes(obj))
    return newView(obj, 0, 1, obj.as<Bytes>()->size, true, 'B');
  if (isByteArray(obj)) {
    BA(obj)->exports++;
    return newView(obj, 0, 1, BA(obj)->size, false, 'B');
  }
  return raise(&TypeErrorType, "memoryview: a bytes-like object is required, not '%s'",
               typeName(obj));
}

int64_t mvLen(Value v) {
  if (!checkReleased(v))
    return -1;
  return MV(v)->length;
}

Value mvGetItem(Value v, Value key) {
  if (!checkReleased(v))
    return Value();
  MemoryView *m = MV(v);
  if (isInt(key) || typeOf(key)->toIndex) {
    int64_t i;
    if (!indexToSsize(key, &i, &IndexErrorType))
      return Value();
    if (i < 0)
      i += m->length;
    if (i < 0 || i >= m->length)
      return raise(&IndexErrorType, "index out of bounds on dimension 1");
    const uint8_t *d;
    int64_t size;
    exporterData(m->obj, &d, &size);
    int64_t j = m->start + i * m->step;
    if (j >= size)
      return raise(&IndexErrorType, "index out of bounds on dimension 1");
    return itemValue(m->format, d[j]);
  }
  if (typeOf(key) == &SliceType) {
    int64_t start, stop, step;
    int64_t len = sliceIndices(key, m->length, &start, &stop, &step);
    if (len < 0)
      return Value();
    return newView(m->obj, m->start + start * m->step, m->step * step, len, m->readonly,
                   m->format);
  }
  if (isTuple(key))
    return raise(&TypeErrorType, "memoryview: invalid slice key");
  return raise(&TypeErrorType, "memoryview: invalid slice key");
}

int mvSetItem(Value v, Value key, Value value) {
  if (!checkReleased(v))
    return -1;
  MemoryView *m = MV(v);
  if (m->readonly) {
    raise(&TypeErrorType, "cannot modify read-only memory");
    return -1;
  }
  if (!value) {
    raise(&TypeErrorType, "cannot delete memory");
    return -1;
  }
  ByteArray *a = BA(m->obj);
  auto storeItem = [&](int64_t i, Value x) -> bool {
    int64_t val;
    if (m->format == 'c') {
      const uint8_t *d;
      int64_t n;
      if (!isBytes(x) || !bytesLikeData(x, &d, &n) || n != 1) {
        raise(&ValueErrorType, "memoryview: invalid value for format 'c'");
        return false;
      }
      val = d[0];
    } else {
      if (!isInt(x)) {
        raise(&TypeErrorType, "memoryview: invalid type for format '%c'", m->format);
        return false;
      }
      if (!intAsI64(x, &val) || (m->format == 'B' ? (val < 0 || val > 255) : (val < -128 || val > 127))) {
        raise(&ValueErrorType, "memoryview: invalid value for format '%c'", m->format);
        return false;
      }
    }
    int64_t j = m->start + i * m->step;
    if (j < a->size)
      a->data[j] = uint8_t(val);
    return true;
  };
  if (isInt(key) || typeOf(key)->toIndex) {
    int64_t i;
    if (!indexToSsize(key, &i, &IndexErrorType))
      return -1;
    if (i < 0)
      i += m->length;
    if (i < 0 || i >= m->length) {
      raise(&IndexErrorType, "index out of bounds on dimension 1");
      return -1;
    }
    return storeItem(i, value) ? 0 : -1;
  }
  if (typeOf(key) == &SliceType) {
    int64_t start, stop, step;
    int64_t len = sliceIndices(key, m->length, &start, &stop, &step);
    if (len < 0)
      return -1;
    const uint8_t *d;
    int64_t n;
    if (!requireBytesLike(value, &d, &n))
      return -1;
    if (n != len) {
      raise(&ValueErrorType, "memoryview assignment: lvalue and rvalue have different structures");
      return -1;
    }
    std::string src(reinterpret_cast<const char *>(d), size_t(n));
    for (int64_t i = 0; i < len; i++) {
      int64_t j = m->start + (start + i * step) * m->step;
      if (j < a->size)
        a->data[j] = uint8_t(src[size_t(i)]);
    }
    return 0;
  }
  raise(&TypeErrorType, "memoryview: invalid slice key");
  return -1;
}

Value mvRichCompare(Value a, Value b, int op) {
  if (op != 2 && op != 3)
    return NotImplemented();
  Value self = isInstance(a, &MemoryViewType) ? a : b;
  Value other = self == a ? b : a;
  if (MV(self)->released || (isInstance(other, &MemoryViewType) && MV(other)->released))
    return boolValue((a == b) == (op == 2));
  std::string x = viewBytes(self);
  std::string y;
  if (isInstance(other, &MemoryViewType)) {
    y = viewBytes(other);
  } else {
    const uint8_t *d;
    int64_t n;
    if (!bytesLikeData(other, &d, &n))
      return NotImplemented();
    y.assign(reinterpret_cast<const char *>(d), size_t(n));
  }
  return boolValue((x == y) == (op == 2));
}

bool mvHash(Value v, int64_t *out) {
  if (!checkReleased(v))
    return false;
  MemoryView *m = MV(v);
  if (!m->readonly) {
    raise(&ValueErrorType, "cannot hash writable memoryview object");
    return false;
  }
  if (m->format != 'B' && m->format != 'b' && m->format != 'c') {
    raise(&ValueErrorType, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    return false;
  }
  std::string s = viewBytes(v);
  Value b = bytesFromData(s.data(), s.size());
  if (!b)
    return false;
  return bytesHash(b, out);
}

Value mvRepr(Value v) {
  char buf[64];
  snprintf(buf, sizeof buf, "<%smemory at %p>", MV(v)->released ? "released " : "",
           static_cast<void *>(v.obj()));
  return strFromAscii(buf);
}

Value mvToBytes(Value v, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[1];
  if (!parseArgs({"tobytes", {"order"}, 0}, args, nargs, kwnames, a))
    return Value();
  if (!checkReleased(v))
    return Value();
  std::string s = viewBytes(v);
  return bytesFromData(s.data(), s.size());
}

Value mvToList(Value v) {
  if (!checkReleased(v))
    return Value();
  std::string s = viewBytes(v);
  List *l = listNew(0);
  if (!l)
    return Value();
  for (char c : s) {
    Value x = itemValue(MV(v)->format, uint8_t(c));
    if (!x || !listAppend(l, x))
      return Value();
  }
  return Value::object(l);
}

Value mvHex(Value v, const Value *args, size_t nargs, Tuple *kwnames) {
  if (!checkReleased(v))
    return Value();
  std::string s = viewBytes(v);
  return hexImpl(reinterpret_cast<const uint8_t *>(s.data()), int64_t(s.size()), args, nargs,
                 kwnames);
}

Value mvRelease(Value v) {
  MemoryView *m = MV(v);
  if (!m->released) {
    m->released = true;
    if (isByteArray(m->obj) && BA(m->obj)->exports > 0)
      BA(m->obj)->exports--;
  }
  return None();
}

Value mvEnter(Value v) {
  if (!checkReleased(v))
    return Value();
  return v;
}

Value mvExit(Value v, const Value *args, size_t nargs) { return mvRelease(v); }

Value mvCast(Value v, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[2];
  if (!parseArgs({"cast", {"format", "shape"}, 1}, args, nargs, kwnames, a))
    return Value();
  if (!checkReleased(v))
    return Value();
  if (!isStr(a[0]))
    return raise(&TypeErrorType, "memoryview: format argument must be a string");
  Str *f = a[0].as<Str>();
  MemoryView *m = MV(v);
  if (m->step != 1)
    return raise(&TypeErrorType, "memoryview: casts are restricted to C-contiguous views");
  if (f->length == 1 && (f->at(0) == 'B' || f->at(0) == 'b' || f->at(0) == 'c'))
    return newView(m->obj, m->start, 1, m->length, m->readonly, char(f->at(0)));
  static const char sizes[] = "hHiIlLqQnNfde?P";
  if (f->length == 1 && strchr(sizes, int(f->at(0))) && f->at(0) != 0) {
    int itemsize = strchr("hHe", int(f->at(0))) ? 2 : strchr("iIf", int(f->at(0))) ? 4
                   : f->at(0) == '?' ? 1 : 8;
    if (m->length % itemsize)
      return raise(&TypeErrorType, "memoryview: length is not a multiple of itemsize");
    // Views hold one-byte items only (see MemoryView): say so rather than
    // give wrong items.
    return raise(&NotImplementedErrorType,
                 "memoryview: cast to format '%c' is not supported by Kiln (one-byte formats only)",
                 char(f->at(0)));
  }
  return raise(&ValueErrorType,
               "memoryview: destination format must be a native single character format prefixed "
               "with an optional '@'");
}

Value mvToReadonly(Value v) {
  if (!checkReleased(v))
    return Value();
  MemoryView *m = MV(v);
  return newView(m->obj, m->start, m->step, m->length, true, m->format);
}

Value mvIter(Value v) {
  if (!checkReleased(v))
    return Value();
  BytesIter *it = newObject<BytesIter>(&MemoryIterType);
  if (!it)
    return Value();
  it->seq = v;
  it->index = 0;
  return Value::object(it);
}

Value mvIterNext(Value v) {
  BytesIter *it = v.as<BytesIter>();
  if (!it->seq)
    return Value();
  MemoryView *m = MV(it->seq);
  if (m->released || it->index >= m->length) {
    it->seq = Value();
    return Value();
  }
  return mvGetItem(it->seq, Value::small(it->index++));
}

#define MV_GET(name, expr)                                                                 \
  Value name(Value v) {                                                                    \
    if (!checkReleased(v))                                                                 \
      return Value();                                                                      \
    MemoryView *m = MV(v);                                                                 \
    (void)m;                                                                               \
    return expr;                                                                           \
  }
MV_GET(mvObj, m->obj)
MV_GET(mvNBytes, intFromI64(m->length))
MV_GET(mvReadonly, boolValue(m->readonly))
MV_GET(mvItemSize, Value::small(1))
MV_GET(mvFormat, strFromCodePoint(uint32_t(m->format)))
MV_GET(mvNDim, Value::small(1))
MV_GET(mvShape, Value::object(tupleOf({intFromI64(m->length)})))
MV_GET(mvStrides, Value::object(tupleOf({intFromI64(m->step)})))
MV_GET(mvSubOffsets, Value::object(emptyTuple()))
MV_GET(mvContiguous, boolValue(m->step == 1 || m->length <= 1))
#undef MV_GET
Value mvReleasedGet(Value v) { return boolValue(MV(v)->released); }

// --- Method tables -------------------------------------------------------------

#define COMMON_METHODS                                                                     \
  KILN_METH_NOARGS("capitalize", bCapitalize), KILN_METH_FAST("center", bCenter),          \
      KILN_METH_FAST("count", bCount), KILN_METH_KW("decode", bDecode),                    \
      KILN_METH_FAST("endswith", bEndsWith), KILN_METH_KW("expandtabs", bExpandTabs),      \
      KILN_METH_FAST("find", bFind), KILN_METH_KW("hex", bHex),                            \
      KILN_METH_FAST("index", bIndex), KILN_METH_NOARGS("isalnum", bIsAlnum),              \
      KILN_METH_NOARGS("isalpha", bIsAlpha), KILN_METH_NOARGS("isascii", bIsAscii),        \
      KILN_METH_NOARGS("isdigit", bIsDigit), KILN_METH_NOARGS("islower", bIsLower),        \
      KILN_METH_NOARGS("isspace", bIsSpace), KILN_METH_NOARGS("istitle", bIsTitle),        \
      KILN_METH_NOARGS("isupper", bIsUpper), KILN_METH_O("join", bJoin),                   \
      KILN_METH_FAST("ljust", bLJust), KILN_METH_NOARGS("lower", bLower),                  \
      KILN_METH_FAST("lstrip", bLStrip), KILN_METH_O("partition", bPartition),             \
      KILN_METH_O("removeprefix", bRemovePrefix), KILN_METH_O("removesuffix", bRemoveSuffix), \
      KILN_METH_FAST("replace", bReplace), KILN_METH_FAST("rfind", bRFind),                \
      KILN_METH_FAST("rindex", bRIndex), KILN_METH_FAST("rjust", bRJust),                  \
      KILN_METH_O("rpartition", bRPartition), KILN_METH_KW("rsplit", bRSplit),             \
      KILN_METH_FAST("rstrip", bRStrip), KILN_METH_KW("split", bSplit),                    \
      KILN_METH_KW("splitlines", bSplitLines), KILN_METH_FAST("startswith", bStartsWith),  \
      KILN_METH_FAST("strip", bStrip), KILN_METH_NOARGS("swapcase", bSwapcase),            \
      KILN_METH_NOARGS("title", bTitle), KILN_METH_KW("translate", bTranslate),            \
      KILN_METH_NOARGS("upper", bUpper), KILN_METH_O("zfill", bZfill),                     \
      {"maketrans", reinterpret_cast<void *>(static_cast<FastFn>(bMakeTrans)), CallKind::Fast, \
       nullptr, MethodDef::Static},                                                        \
      {"fromhex", reinterpret_cast<void *>(static_cast<OneArgFn>(bFromHex)), CallKind::OneArg, \
       nullptr, MethodDef::Class}

const MethodDef bytesMethods[] = {
    COMMON_METHODS,
    KILN_METH_NOARGS("__getnewargs__", bGetNewArgs),
    KILN_METH_NOARGS("__bytes__", bBytes),
    {nullptr, nullptr, CallKind::NoArgs},
};

const MethodDef byteArrayMethods[] = {
    COMMON_METHODS,
    KILN_METH_O("append", baAppend),
    KILN_METH_NOARGS("clear", baClear),
    KILN_METH_NOARGS("copy", baCopy),
    KILN_METH_O("extend", baExtend),
    KILN_METH_FAST("insert", baInsert),
    KILN_METH_FAST("pop", baPop),
    KILN_METH_O("remove", baRemove),
    KILN_METH_NOARGS("reverse", baReverse),
    KILN_METH_NOARGS("__alloc__", baAlloc),
    {nullptr, nullptr, CallKind::NoArgs},
};

const MethodDef memoryViewMethods[] = {
    KILN_METH_KW("tobytes", mvToBytes),
    KILN_METH_NOARGS("tolist", mvToList),
    KILN_METH_KW("hex", mvHex),
    KILN_METH_NOARGS("release", mvRelease),
    KILN_METH_KW("cast", mvCast),
    KILN_METH_NOARGS("toreadonly", mvToReadonly),
    KILN_METH_NOARGS("__enter__", mvEnter),
    KILN_METH_FAST("__exit__", mvExit),
    {nullptr, nullptr, CallKind::NoArgs},
};

const GetSetDef memoryViewGetSets[] = {
    {"obj", mvObj, nullptr},
    {"nbytes", mvNBytes, nullptr},
    {"readonly", mvReadonly, nullptr},
    {"itemsize", mvItemSize, nullptr},
    {"format", mvFormat, nullptr},
    {"ndim", mvNDim, nullptr},
    {"shape", mvShape, nullptr},
    {"strides", mvStrides, nullptr},
    {"suboffsets", mvSubOffsets, nullptr},
    {"c_contiguous", mvContiguous, nullptr},
    {"f_contiguous", mvContiguous, nullptr},
    {"contiguous", mvContiguous, nullptr},
    {"released", mvReleasedGet, nullptr},
    {nullptr, nullptr, nullptr},
};

const MethodDef iterMethods[] = {
    KILN_METH_NOARGS("__length_hint__", iterLengthHint),
    {nullptr, nullptr, CallKind::NoArgs},
};

} // namespace

Value bytesFromObject(Value v) {
  if (isExactBytes(v))
    return v;
  return bytesNew(&BytesType, &v, 1, nullptr);
}

void initBytesTypes() {
  typeInitBuiltin(&BytesType, "bytes", &ObjectType, sizeof(Bytes));
  BytesType.flags |= TF_BYTES_SUBCLASS | TF_SEQUENCE | TF_CONCAT;
  BytesType.atomic = true;
  BytesType.repr = bytesRepr;
  BytesType.str = bytesRepr;
  BytesType.hash = bytesHash;
  BytesType.richcompare = bytesRichCompare;
  BytesType.len = bytesLen;
  BytesType.getitem = bytesGetItem;
  BytesType.contains = bytesContains;
  BytesType.iter = bytesIter;
  BytesType.binary[0] = bytesConcat;
  BytesType.binary[5] = bytesRepeat;
  BytesType.binary[6] = bytesModSlot;
  BytesType.newFn = bytesNew;
  typeReady(&BytesType, bytesMethods);

  typeInitBuiltin(&ByteArrayType, "bytearray", &ObjectType, sizeof(ByteArray));
  ByteArrayType.flags |= TF_SEQUENCE | TF_CONCAT;
  ByteArrayType.repr = bytesRepr;
  ByteArrayType.str = bytesRepr;
  ByteArrayType.hash = hashNotImplemented;
  ByteArrayType.richcompare = bytesRichCompare;
  ByteArrayType.len = bytesLen;
  ByteArrayType.getitem = bytesGetItem;
  ByteArrayType.setitem = baSetItem;
  ByteArrayType.contains = bytesContains;
  ByteArrayType.iter = bytesIter;
  ByteArrayType.binary[0] = bytesConcat;
  ByteArrayType.binary[5] = bytesRepeat;
  ByteArrayType.binary[6] = bytesModSlot;
  ByteArrayType.inplace[0] = baInplaceConcat;
  ByteArrayType.inplace[5] = baInplaceRepeat;
  ByteArrayType.newFn = byteArrayNewSlot;
  ByteArrayType.init = byteArrayInit;
  typeReady(&ByteArrayType, byteArrayMethods);

  typeInitBuiltin(&MemoryViewType, "memoryview", &ObjectType, sizeof(MemoryView), 0);
  MemoryViewType.flags |= TF_SEQUENCE;
  MemoryViewType.repr = mvRepr;
  MemoryViewType.hash = mvHash;
  MemoryViewType.richcompare = mvRichCompare;
  MemoryViewType.len = mvLen;
  MemoryViewType.getitem = mvGetItem;
  MemoryViewType.setitem = mvSetItem;
  MemoryViewType.iter = mvIter;
  MemoryViewType.newFn = mvNew;
  typeReady(&MemoryViewType, memoryViewMethods, memoryViewGetSets);

  typeInitBuiltin(&BytesIterType, "bytes_iterator", &ObjectType, sizeof(BytesIter), 0);
  BytesIterType.iter = iterSelf;
  BytesIterType.next = bytesIterNext;
  typeReady(&BytesIterType, iterMethods);
  typeInitBuiltin(&ByteArrayIterType, "bytearray_iterator", &ObjectType, sizeof(BytesIter), 0);
  ByteArrayIterType.iter = iterSelf;
  ByteArrayIterType.next = bytesIterNext;
  typeReady(&ByteArrayIterType, iterMethods);
  typeInitBuiltin(&MemoryIterType, "memory_iterator", &ObjectType, sizeof(BytesIter), 0);
  MemoryIterType.iter = iterSelf;
  MemoryIterType.next = mvIterNext;
  typeReady(&MemoryIterType);
}

} // namespace kiln::rt
