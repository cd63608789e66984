//===- Str.cpp - str core: storage, interning, hashing, repr, slots -------===//
///
/// The str methods (split, join, format, ...) live in StrMethods.cpp; this
/// file holds what every other part of the runtime needs: building strs
/// from UTF-8 and code points, the intern table, comparison, hashing
/// (FNV-1a over code points; str hashes are not observable in CPython
/// either, since they are randomized per process), repr, concatenation,
/// indexing and slicing, iteration.
///
//===----------------------------------------------------------------------===//
#include "runtime/Hash.h"
#include "runtime/objects/Str.h"
#include "runtime/Abstract.h"
#include "runtime/Errors.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Format.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/Slice.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"
#include "frontend/Unicode.h"

#include <cstring>
#include <string>
#include <unordered_map>

namespace kiln::rt {

Type StrType;
Type StrIterType; // readied by initStrMethods (StrMethods.cpp)
InternedNames names;

namespace {

/// Single-character strs for code points < 256, shared like CPython's.
Str *latin1Chars[256];

/// The intern table: text -> Str. Values are kept alive by a GC root array
/// mirror (internRoots) since std::unordered_map memory is not scanned.
std::unordered_map<std::string, Str *> *internTable;
Value *internRoots;
size_t internCount, internCap;

void rememberRoot(Str *s) {
  if (internCount == internCap) {
    size_t cap = internCap ? internCap * 2 : 1024;
    Value *n = static_cast<Value *>(gcAllocRoot(cap * sizeof(Value)));
    if (internRoots)
      memcpy(n, internRoots, internCount * sizeof(Value));
    internRoots = n; // the old array stays reachable only until the next GC
    internCap = cap;
  }
  internRoots[internCount++] = Value::object(s);
}

} // namespace

Str *strAlloc(int64_t length, int kind) {
  if (!checkAllocSize(size_t(length), size_t(kind)))
    return nullptr;
  size_t bytes = sizeof(Str) + size_t(length + 1) * kind;
  Str *s = static_cast<Str *>(gcAllocAtomic(bytes));
  if (!s)
    return nullptr;
  s->type = &StrType;
  s->length = length;
  s->hash = -1;
  s->kind = uint8_t(kind);
  s->ascii = false;
  s->interned = false;
  s->data = reinterpret_cast<char *>(s) + sizeof(Str);
  // The terminating NUL code point (a store, not a memset call).
  char *end = static_cast<char *>(s->data) + length * kind;
  if (kind == 1)
    *end = 0;
  else if (kind == 2)
    memcpy(end, "\0\0", 2);
  else
    memcpy(end, "\0\0\0\0", 4);
  return s;
}

/// Whether every byte of d[0, n) is below 128 (eight at a time).
static bool bytesAreAscii(const uint8_t *d, int64_t n) {
  int64_t i = 0;
  uint64_t high = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, d + i, 8);
    high |= w;
  }
  for (; i < n; i++)
    high |= d[i];
  return (high & 0x8080808080808080ull) == 0;
}

static void finishAscii(Str *s) {
  s->ascii = s->kind == 1 && bytesAreAscii(static_cast<const uint8_t *>(s->data), s->length);
}

Value strFromCodePoints(const uint32_t *cps, int64_t n) {
  uint32_t maxc = 0;
  for (int64_t i = 0; i < n; i++)
    maxc = cps[i] > maxc ? cps[i] : maxc;
  if (n == 1 && maxc < 256 && latin1Chars[maxc])
    return Value::object(latin1Chars[maxc]);
  Str *s = strAlloc(n, kindFor(maxc));
  if (!s)
    return Value();
  for (int64_t i = 0; i < n; i++)
    strSet(s, i, cps[i]);
  finishAscii(s);
  return Value::object(s);
}

Value strFromCodePoint(uint32_t cp) { return strFromCodePoints(&cp, 1); }

Value strFromAscii(std::string_view text) {
  if (text.size() == 1 && latin1Chars[uint8_t(text[0])])
    return Value::object(latin1Chars[uint8_t(text[0])]);
  Str *s = strAlloc(int64_t(text.size()), 1);
  if (!s)
    return Value();
  memcpy(s->data, text.data(), text.size());
  s->ascii = true;
  return Value::object(s);
}

/// Decodes generalized UTF-8 (surrogates allowed) into code points.
static void decodeUtf8(std::string_view t, std::u32string &out) {
  out.clear();
  out.reserve(t.size());
  size_t i = 0;
  while (i < t.size()) {
    uint8_t c = uint8_t(t[i]);
    uint32_t cp;
    int n;
    if (c < 0x80) {
      cp = c;
      n = 1;
    } else if ((c >> 5) == 6 && i + 1 < t.size()) {
      cp = ((c & 0x1f) << 6) | (uint8_t(t[i + 1]) & 0x3f);
      n = 2;
    } else if ((c >> 4) == 14 && i + 2 < t.size()) {
      cp = ((c & 0x0f) << 12) | ((uint8_t(t[i + 1]) & 0x3f) << 6) | (uint8_t(t[i + 2]) & 0x3f);
      n = 3;
    } else if ((c >> 3) == 30 && i + 3 < t.size()) {
      cp = ((c & 0x07) << 18) | ((uint8_t(t[i + 1]) & 0x3f) << 12) |
           ((uint8_t(t[i + 2]) & 0x3f) << 6) | (uint8_t(t[i + 3]) & 0x3f);
      n = 4;
    } else {
      cp = 0xDC00 + c; // surrogateescape-like fallback for stray bytes
      n = 1;
    }
    out.push_back(cp);
    i += n;
  }
}

Value strFromUtf8(std::string_view utf8) {
  bool ascii = true;
  for (char c : utf8)
    if (uint8_t(c) >= 128) {
      ascii = false;
      break;
    }
  if (ascii)
    return strFromAscii(utf8);
  std::u32string cps;
  decodeUtf8(utf8, cps);
  return strFromCodePoints(reinterpret_cast<const uint32_t *>(cps.data()), int64_t(cps.size()));
}

static void appendUtf8(std::string &out, uint32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

std::string strToUtf8(const Str *s) {
  if (s->ascii)
    return std::string(static_cast<const char *>(s->data), size_t(s->length));
  std::string out;
  out.reserve(size_t(s->length));
  for (int64_t i = 0; i < s->length; i++)
    appendUtf8(out, s->at(i));
  return out;
}

Str *intern(std::string_view utf8) {
  if (!internTable)
    internTable = new std::unordered_map<std::string, Str *>();
  auto it = internTable->find(std::string(utf8));
  if (it != internTable->end())
    return it->second;
  Value v = strFromUtf8(utf8);
  Str *s = v.as<Str>();
  if (s->length == 1 && s->at(0) < 256) {
    // Single characters are shared objects already; intern a private copy
    // only if none is interned yet.
  }
  s->interned = true;
  internTable->emplace(std::string(utf8), s);
  rememberRoot(s);
  return s;
}

Str *internStr(Str *s) {
  if (s->interned)
    return s;
  if (s->type != &StrType)
    return s;
  return intern(strToUtf8(s));
}

bool strEqual(const Str *a, const Str *b) {
  if (a == b)
    return true;
  if (a->length != b->length)
    return false;
  if (a->interned && b->interned)
    return false;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
    return false;
  if (a->kind == b->kind)
    return memcmp(a->data, b->data, size_t(a->length) * a->kind) == 0;
  for (int64_t i = 0; i < a->length; i++)
    if (a->at(i) != b->at(i))
      return false;
  return true;
}

bool strEqualsAscii(const Str *s, const char *text) {
  size_t n = strlen(text);
  if (size_t(s->length) != n)
    return false;
  for (size_t i = 0; i < n; i++)
    if (s->at(int64_t(i)) != uint8_t(text[i]))
      return false;
  return true;
}

int strCompare(const Str *a, const Str *b) {
  int64_t n = a->length < b->length ? a->length : b->length;
  if (a->kind == 1 && b->kind == 1) {
    int c = memcmp(a->data, b->data, size_t(n));
    if (c)
      return c < 0 ? -1 : 1;
  } else {
    for (int64_t i = 0; i < n; i++) {
      uint32_t x = a->at(i), y = b->at(i);
      if (x != y)
        return x < y ? -1 : 1;
    }
  }
  return a->length < b->length ? -1 : a->length > b->length ? 1 : 0;
}

int64_t strHash(Str *s) {
  if (s->hash != -1)
    return s->hash;
  // CPython hashes the code units as stored (1, 2 or 4 bytes each).
  s->hash = hashBytes(s->data, size_t(s->length) * s->kind);
  return s->hash;
}

Value strConcat(Value av, Value bv) {
  Str *a = av.as<Str>(), *b = bv.as<Str>();
  if (a->length == 0 && b->type == &StrType)
    return bv;
  if (b->length == 0 && a->type == &StrType)
    return av;
  Value both[2] = {av, bv};
  return strConcatMany(both, 2);
}

Value strConcatMany(const Value *items, int n) {
  // Each piece is in its narrowest kind, so the widest piece's kind is the
  // result's.
  int64_t length = 0;
  int kind = 1;
  bool ascii = true;
  for (int i = 0; i < n; i++) {
    Str *p = items[i].as<Str>();
    length += p->length;
    kind = p->kind > kind ? p->kind : kind;
    ascii = ascii && p->ascii;
  }
  if (length == 1) {
    for (int i = 0; i < n; i++)
      if (items[i].as<Str>()->length == 1)
        return strFromCodePoint(items[i].as<Str>()->at(0));
  }
  Str *s = strAlloc(length, kind);
  if (!s)
    return Value();
  int64_t at = 0;
  for (int i = 0; i < n; i++) {
    Str *p = items[i].as<Str>();
    strCopyInto(s, at, p);
    at += p->length;
  }
  s->ascii = ascii;
  return Value::object(s);
}

void strCopyInto(Str *dst, int64_t at, const Str *src) {
  int kind = dst->kind;
  if (src->kind == kind)
    memcpy(static_cast<char *>(dst->data) + at * kind, src->data, size_t(src->length) * kind);
  else
    for (int64_t j = 0; j < src->length; j++)
      strSet(dst, at + j, src->at(j));
}

Value strSubstring(Value sv, int64_t start, int64_t stop) {
  Str *src = sv.as<Str>();
  if (start == 0 && stop == src->length && src->type == &StrType)
    return sv;
  int64_t n = stop > start ? stop - start : 0;
  if (n == 1) {
    uint32_t c = src->at(start);
    if (c < 256)
      return Value::object(latin1Chars[c]);
  }
  // Narrow the kind when the slice allows it.
  uint32_t maxc = 0;
  if (src->kind > 1)
    for (int64_t i = start; i < stop; i++)
      maxc = src->at(i) > maxc ? src->at(i) : maxc;
  int kind = src->kind == 1 ? 1 : kindFor(maxc);
  Str *s = strAlloc(n, kind);
  if (!s)
    return Value();
  if (kind == src->kind)
    memcpy(s->data, static_cast<char *>(src->data) + start * kind, size_t(n) * kind);
  else
    for (int64_t i = 0; i < n; i++)
      strSet(s, i, src->at(start + i));
  if (src->ascii)
    s->ascii = true; // a piece of ASCII text is ASCII
  else
    finishAscii(s);
  return Value::object(s);
}

bool isPrintable(uint32_t cp) { return kiln::unicode::isPrintable(cp); }

Value strRepr(Value v) {
  Str *s = v.as<Str>();
  bool hasSingle = false, hasDouble = false;
  for (int64_t i = 0; i < s->length; i++) {
    uint32_t c = s->at(i);
    hasSingle |= c == '\'';
    hasDouble |= c == '"';
  }
  uint32_t quote = hasSingle && !hasDouble ? '"' : '\'';
  StrBuilder b;
  b.append(quote);
  static const char hex[] = "0123456789abcdef";
  for (int64_t i = 0; i < s->length; i++) {
    uint32_t c = s->at(i);
    if (c == quote || c == '\\') {
      b.append('\\');
      b.append(c);
    } else if (c == '\t') {
      b.appendAscii("\\t");
    } else if (c == '\n') {
      b.appendAscii("\\n");
    } else if (c == '\r') {
      b.appendAscii("\\r");
    } else if (c < ' ' || c == 0x7f) {
      b.appendAscii("\\x");
      b.append(hex[c >> 4]);
      b.append(hex[c & 15]);
    } else if (c < 0x7f) {
      b.append(c);
    } else if (isPrintable(c)) {
      b.append(c);
    } else if (c <= 0xff) {
      b.appendAscii("\\x");
      b.append(hex[c >> 4]);
      b.append(hex[c & 15]);
    } else if (c <= 0xffff) {
      b.appendAscii("\\u");
      for (int k = 12; k >= 0; k -= 4)
        b.append(hex[(c >> k) & 15]);
    } else {
      b.appendAscii("\\U");
      for (int k = 28; k >= 0; k -= 4)
        b.append(hex[(c >> k) & 15]);
    }
  }
  b.append(quote);
  return b.build();
}

std::string asciiEscape(const std::string &utf8) {
  Value s = strFromUtf8(utf8);
  Str *st = s.as<Str>();
  std::string out;
  static const char hex[] = "0123456789abcdef";
  for (int64_t i = 0; i < st->length; i++) {
    uint32_t c = st->at(i);
    if (c < 128) {
      out += char(c);
    } else if (c <= 0xff) {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else if (c <= 0xffff) {
      out += "\\u";
      for (int k = 12; k >= 0; k -= 4)
        out += hex[(c >> k) & 15];
    } else {
      out += "\\U";
      for (int k = 28; k >= 0; k -= 4)
        out += hex[(c >> k) & 15];
    }
  }
  return out;
}

// --- StrBuilder --------------------------------------------------------------

void StrBuilder::reserve(int64_t extra, int kind) {
  if (kind > kind_ || len_ + extra > cap_) {
    int newKind = kind > kind_ ? kind : kind_;
    int64_t cap = cap_;
    while (cap < len_ + extra)
      cap = cap ? cap * 2 : 16;
    void *nb = gcAllocAtomic(size_t(cap) * newKind);
    if (!nb)
      fatalOutOfMemory();
    if (newKind == kind_) {
      if (len_)
        memcpy(nb, buf_, size_t(len_) * kind_);
    } else {
      for (int64_t i = 0; i < len_; i++) {
        uint32_t c = kind_ == 1 ? static_cast<uint8_t *>(buf_)[i]
                     : kind_ == 2 ? static_cast<uint16_t *>(buf_)[i]
                                  : static_cast<uint32_t *>(buf_)[i];
        if (newKind == 2)
          static_cast<uint16_t *>(nb)[i] = uint16_t(c);
        else
          static_cast<uint32_t *>(nb)[i] = c;
      }
    }
    buf_ = nb;
    cap_ = cap;
    kind_ = newKind;
  }
}

void StrBuilder::appendSlow(uint32_t cp) {
  reserve(1, kindFor(cp));
  switch (kind_) {
  case 1: static_cast<uint8_t *>(buf_)[len_++] = uint8_t(cp); break;
  case 2: static_cast<uint16_t *>(buf_)[len_++] = uint16_t(cp); break;
  default: static_cast<uint32_t *>(buf_)[len_++] = cp; break;
  }
}

void StrBuilder::append(const Str *s, int64_t start, int64_t stop) {
  if (stop <= start)
    return;
  reserve(stop - start, s->kind);
  if (s->kind == kind_) {
    memcpy(static_cast<char *>(buf_) + len_ * kind_,
           static_cast<const char *>(s->data) + start * kind_, size_t(stop - start) * kind_);
    len_ += stop - start;
  } else {
    for (int64_t i = start; i < stop; i++)
      append(s->at(i));
  }
}

void StrBuilder::append(const Str *s) { append(s, 0, s->length); }

void StrBuilder::appendLatin1(const uint8_t *bytes, int64_t n) {
  if (n <= 0)
    return;
  reserve(n, 1);
  if (kind_ == 1) {
    memcpy(static_cast<uint8_t *>(buf_) + len_, bytes, size_t(n));
    len_ += n;
    return;
  }
  for (int64_t i = 0; i < n; i++)
    append(bytes[i]);
}

void StrBuilder::appendRepeated(uint32_t cp, int64_t n) {
  if (n <= 0)
    return;
  reserve(n, kindFor(cp));
  if (kind_ == 1) {
    memset(static_cast<uint8_t *>(buf_) + len_, int(cp), size_t(n));
    len_ += n;
    return;
  }
  for (int64_t i = 0; i < n; i++)
    append(cp);
}

void StrBuilder::appendUtf8(std::string_view utf8) {
  bool ascii = true;
  for (char c : utf8)
    if (uint8_t(c) >= 128) {
      ascii = false;
      break;
    }
  if (ascii) {
    reserve(int64_t(utf8.size()), 1);
    if (kind_ == 1) {
      memcpy(static_cast<char *>(buf_) + len_, utf8.data(), utf8.size());
      len_ += int64_t(utf8.size());
    } else {
      for (char c : utf8)
        append(uint8_t(c));
    }
    return;
  }
  std::u32string cps;
  decodeUtf8(utf8, cps);
  for (char32_t c : cps)
    append(uint32_t(c));
}

Value StrBuilder::build() {
  // Wider kinds may narrow: find the largest code point. One-byte text
  // stays one byte.
  uint32_t maxc = len_ == 1 && kind_ == 1 ? static_cast<uint8_t *>(buf_)[0] : 0;
  for (int64_t i = 0; kind_ > 1 && i < len_; i++) {
    uint32_t c = kind_ == 1 ? static_cast<uint8_t *>(buf_)[i]
                 : kind_ == 2 ? static_cast<uint16_t *>(buf_)[i]
                              : static_cast<uint32_t *>(buf_)[i];
    maxc = c > maxc ? c : maxc;
  }
  if (len_ == 1 && maxc < 256 && latin1Chars[maxc])
    return Value::object(latin1Chars[maxc]);
  int kind = kindFor(maxc);
  Str *s = strAlloc(len_, kind);
  if (!s)
    return Value();
  if (kind == kind_) {
    if (len_)
      memcpy(s->data, buf_, size_t(len_) * kind);
  } else {
    for (int64_t i = 0; i < len_; i++) {
      uint32_t c = kind_ == 1 ? static_cast<uint8_t *>(buf_)[i]
                   : kind_ == 2 ? static_cast<uint16_t *>(buf_)[i]
                                : static_cast<uint32_t *>(buf_)[i];
      strSet(s, i, c);
    }
  }
  finishAscii(s);
  return Value::object(s);
}

int64_t findBytes(const uint8_t *h, int64_t n, const uint8_t *needle, int64_t m) {
  if (m == 0)
    return 0;
  if (m > n)
    return -1;
  if (m == 1) {
    const void *p = memchr(h, needle[0], size_t(n));
    return p ? static_cast<const uint8_t *>(p) - h : -1;
  }
  if (n > 512) { // memmem's two-way search: linear in the worst case
    const void *p = memmem(h, size_t(n), needle, size_t(m));
    return p ? static_cast<const uint8_t *>(p) - h : -1;
  }
  // Short text: find the first byte, compare the rest (memmem's set-up
  // costs more than the whole search here).
  int64_t i = 0;
  while (i + m <= n) {
    const void *p = memchr(h + i, needle[0], size_t(n - m + 1 - i));
    if (!p)
      return -1;
    i = static_cast<const uint8_t *>(p) - h;
    if (memcmp(h + i + 1, needle + 1, size_t(m - 1)) == 0)
      return i;
    i++;
  }
  return -1;
}

// --- Slots -------------------------------------------------------------------

namespace {

Value strReprSlot(Value v) { return strRepr(v); }

Value strStrSlot(Value v) {
  if (isExactStr(v))
    return v;
  // A str subclass instance: str() gives an exact copy.
  Str *s = v.as<Str>();
  Str *c = strAlloc(s->length, s->kind);
  if (!c)
    return Value();
  memcpy(c->data, s->data, size_t(s->length) * s->kind);
  c->ascii = s->ascii;
  return Value::object(c);
}

bool strHashSlot(Value v, int64_t *out) {
  *out = strHash(v.as<Str>());
  return true;
}

Value strRichCompare(Value a, Value b, int op) {
  if (!isStr(a) || !isStr(b))
    return NotImplemented();
  Str *x = a.as<Str>(), *y = b.as<Str>();
  if (op == 2)
    return boolValue(strEqual(x, y));
  if (op == 3)
    return boolValue(!strEqual(x, y));
  int c = strCompare(x, y);
  switch (op) {
  case 0: return boolValue(c < 0);
  case 1: return boolValue(c <= 0);
  case 4: return boolValue(c > 0);
  default: return boolValue(c >= 0);
  }
}

int64_t strLen(Value v) { return v.as<Str>()->length; }

Value strAdd(Value a, Value b) {
  if (!isStr(a) || !isStr(b)) {
    // NotImplemented lets the right operand's __radd__ run; binaryOp
    // reports CPython's "can only concatenate" message after that.
    return NotImplemented();
  }
  return strConcat(a, b);
}

Value strRepeat(Value s, Value n) {
  if (!isStr(s)) {
    std::swap(s, n);
    if (!isStr(s))
      return NotImplemented();
  }
  if (!isInt(n)) {
    if (!typeOf(n)->toIndex)
      return NotImplemented(); // binaryOp reports it
    n = numberIndex(n);
    if (!n)
      return Value();
  }
  int64_t count;
  if (!intAsI64(n, &count)) {
    if (intSign(n) < 0)
      count = 0;
    else
      return raise(&OverflowErrorType, "cannot fit 'int' into an index-sized integer");
  }
  Str *src = s.as<Str>();
  if (count <= 0 || src->length == 0)
    return strFromAscii("");
  if (count == 1 && isExactStr(s))
    return s;
  if (count > INT64_MAX / src->length)
    return raise(&OverflowErrorType, "repeated string is too long");
  if (count > (int64_t(1) << 62) / src->length)
    return raiseMemoryError();
  Str *r = strAlloc(src->length * count, src->kind);
  if (!r)
    return Value();
  size_t chunk = size_t(src->length) * src->kind;
  for (int64_t i = 0; i < count; i++)
    memcpy(static_cast<char *>(r->data) + i * chunk, src->data, chunk);
  r->ascii = src->ascii;
  return Value::object(r);
}

// strMod: objects/Format.h (StrFormat.cpp).

int strContains(Value container, Value item) {
  if (!isStr(item)) {
    raise(&TypeErrorType, "'in <string>' requires string as left operand, not %s",
          typeName(item));
    return -1;
  }
  Str *h = container.as<Str>(), *n = item.as<Str>();
  if (n->length == 0)
    return 1;
  if (h->kind == 1 && n->kind == 1)
    return findBytes(static_cast<const uint8_t *>(h->data), h->length,
                     static_cast<const uint8_t *>(n->data), n->length) >= 0;
  for (int64_t i = 0; i + n->length <= h->length; i++) {
    int64_t j = 0;
    while (j < n->length && h->at(i + j) == n->at(j))
      j++;
    if (j == n->length)
      return 1;
  }
  return 0;
}

Value strGetItem(Value s, Value key) {
  Str *st = s.as<Str>();
  if (isInt(key) || typeOf(key)->toIndex) {
    int64_t i;
    if (!indexToSsize(key, &i, &IndexErrorType))
      return Value();
    if (i < 0)
      i += st->length;
    if (i < 0 || i >= st->length)
      return raise(&IndexErrorType, "string index out of range");
    return strFromCodePoint(st->at(i));
  }
  if (typeOf(key) == &SliceType) {
    int64_t start, stop, step;
    int64_t n = sliceIndices(key, st->length, &start, &stop, &step);
    if (n < 0)
      return Value();
    if (step == 1)
      return strSubstring(s, start, start + n);
    if (st->kind == 1 && n > 1) { // one-byte text: copy the bytes directly
      Str *r = strAlloc(n, 1);
      if (!r)
        return Value();
      const uint8_t *from = static_cast<const uint8_t *>(st->data);
      uint8_t *to = static_cast<uint8_t *>(r->data);
      for (int64_t i = 0, j = start; i < n; i++, j += step)
        to[i] = from[j];
      if (st->ascii)
        r->ascii = true;
      else
        finishAscii(r);
      return Value::object(r);
    }
    StrBuilder b;
    for (int64_t i = 0, j = start; i < n; i++, j += step)
      b.append(st->at(j));
    return b.build();
  }
  return raise(&TypeErrorType, "string indices must be integers, not '%s'", typeName(key));
}

struct StrIter : Object {
  Value str;
  int64_t index;
};


Value strIter(Value s) {
  StrIter *it = newObject<StrIter>(&StrIterType);
  if (!it)
    return Value();
  it->str = s;
  it->index = 0;
  return Value::object(it);
}

Value strIterNext(Value v) {
  StrIter *it = v.as<StrIter>();
  if (!it->str)
    return Value();
  Str *s = it->str.as<Str>();
  if (it->index >= s->length) {
    it->str = Value();
    return Value();
  }
  return strFromCodePoint(s->at(it->index++));
}

Value strIterLengthHint(Value v) {
  StrIter *it = v.as<StrIter>();
  return Value::small(it->str ? it->str.as<Str>()->length - it->index : 0);
}

Value iterSelf(Value v) { return v; }

Value strNew(Type *type, const Value *args, size_t nargs, Tuple *kwnames);

} // namespace

extern const MethodDef strIterMethods[];
const MethodDef strIterMethods[] = {
    KILN_METH_NOARGS("__length_hint__", strIterLengthHint),
    {nullptr},
};

Value strNewImpl(Type *type, const Value *args, size_t nargs, Tuple *kwnames);

void initStrType() {
  for (int c = 0; c < 256; c++) {
    Str *s = strAlloc(1, 1);
    static_cast<uint8_t *>(s->data)[0] = uint8_t(c);
    s->ascii = c < 128;
    latin1Chars[c] = s;
  }
  // The single characters are roots: static array scanning.
  Value *roots = static_cast<Value *>(gcAllocRoot(256 * sizeof(Value)));
  for (int c = 0; c < 256; c++)
    roots[c] = Value::object(latin1Chars[c]);
  for (int c = 0; c < 128; c++) {
    // Interning a one-char ASCII name must return the shared object.
    latin1Chars[c]->interned = true;
    if (!internTable)
      internTable = new std::unordered_map<std::string, Str *>();
    internTable->emplace(std::string(1, char(c)), latin1Chars[c]);
  }
  typeInitBuiltin(&StrType, "str", &ObjectType, sizeof(Str));
  StrType.flags |= TF_STR_SUBCLASS | TF_CONCAT;
  StrType.atomic = true;
  StrType.repr = strReprSlot;
  StrType.str = strStrSlot;
  StrType.hash = strHashSlot;
  StrType.richcompare = strRichCompare;
  StrType.len = strLen;
  StrType.binary[0] = strAdd;
  StrType.binary[5] = strRepeat;
  StrType.binary[6] = strMod;
  StrType.contains = strContains;
  StrType.getitem = strGetItem;
  StrType.iter = strIter;
  StrType.newFn = strNewImpl;
  StrType.flags |= TF_SEQUENCE;
  typeInitBuiltin(&StrIterType, "str_ascii_iterator", &ObjectType, sizeof(StrIter), 0);
  StrIterType.iter = iterSelf;
  StrIterType.next = strIterNext;
}

void initNames() {
#define NAME(Ident, Text) names.Ident = intern(Text);
#include "runtime/Names.def"
}

} // namespace kiln::rt
