//===- Str.h - str: immutable sequences of code points --------------------===//
///
/// A Str stores its code points fixed-width, in the narrowest of 1, 2 or 4
/// bytes that holds the largest one (CPython's PEP 393 idea), so len() and
/// indexing are O(1). Data is a separate pointer so that str subclasses can
/// put their instance dict after the fixed part; for exact strs it points
/// just past the header in the same atomic allocation. Surrogates
/// (U+D800..DFFF) are allowed, as in CPython.
///
/// Attribute and variable names are interned: one Str object per text, so
/// namespace lookups compare pointers first.
///
//===----------------------------------------------------------------------===//
#pragma once

#include "runtime/Object.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace kiln::rt {

struct Str : Object {
  int64_t length;
  int64_t hash; ///< -1 until computed
  uint8_t kind; ///< bytes per code point: 1, 2 or 4
  bool ascii;   ///< all code points < 128 (then data is also UTF-8)
  bool interned;
  void *data;

  uint32_t at(int64_t i) const {
    switch (kind) {
    case 1: return static_cast<const uint8_t *>(data)[i];
    case 2: return static_cast<const uint16_t *>(data)[i];
    default: return static_cast<const uint32_t *>(data)[i];
    }
  }
};

/// A new exact str of \p length code points of width \p kind, data
/// uninitialized; null on MemoryError.
Str *strAlloc(int64_t length, int kind);
/// A str from (generalized) UTF-8 text; invalid bytes are not expected.
Value strFromUtf8(std::string_view utf8);
Value strFromAscii(std::string_view ascii);
/// A str from code points.
Value strFromCodePoints(const uint32_t *cps, int64_t n);
Value strFromCodePoint(uint32_t cp);
/// The interned str for \p text (static lifetime).
Str *intern(std::string_view utf8);
/// Interns \p s in place when possible, returning the canonical object.
Str *internStr(Str *s);
/// UTF-8 of a str (surrogates encoded as 3 bytes, "surrogatepass").
std::string strToUtf8(const Str *s);
inline std::string strToUtf8(Value v) { return strToUtf8(v.as<Str>()); }
/// Text for error messages and C++ use; same as strToUtf8.
inline std::string cstr(Value v) { return strToUtf8(v.as<Str>()); }
/// The widest kind needed for code point \p cp.
inline int kindFor(uint32_t cp) { return cp < 256 ? 1 : cp < 65536 ? 2 : 4; }
inline void strSet(Str *s, int64_t i, uint32_t cp) {
  switch (s->kind) {
  case 1: static_cast<uint8_t *>(s->data)[i] = uint8_t(cp); break;
  case 2: static_cast<uint16_t *>(s->data)[i] = uint16_t(cp); break;
  default: static_cast<uint32_t *>(s->data)[i] = cp; break;
  }
}
/// The first position of needle[0, m) in h[0, n), or -1 (0 when m is 0).
int64_t findBytes(const uint8_t *h, int64_t n, const uint8_t *needle, int64_t m);
bool strEqual(const Str *a, const Str *b);
/// Compares code point by code point: <0, 0, >0.
int strCompare(const Str *a, const Str *b);
int64_t strHash(Str *s);
Value strConcat(Value a, Value b);
/// The concatenation of \p n strs (BUILD_STRING), in one allocation.
Value strConcatMany(const Value *items, int n);
/// Copies \p src's code points into \p dst from position \p at (\p dst's
/// kind is at least \p src's).
void strCopyInto(Str *dst, int64_t at, const Str *src);
/// The str in [start, stop) (no bounds checks).
Value strSubstring(Value s, int64_t start, int64_t stop);
/// repr() of a str.
Value strRepr(Value s);
/// CPython's ascii(): repr with non-ASCII escaped.
std::string asciiEscape(const std::string &utf8repr);
bool strEqualsAscii(const Str *s, const char *text);
bool isPrintable(uint32_t cp);

/// A growable buffer of code points that builds a Str. Short one-byte
/// text stays in the builder's own storage (on the stack), so building a
/// small str allocates once: the result.
class StrBuilder {
public:
  StrBuilder() = default;
  StrBuilder(const StrBuilder &) = delete;
  StrBuilder &operator=(const StrBuilder &) = delete;

  void append(uint32_t cp) {
    // The common case inline: one-byte text with room left.
    if (kind_ == 1 && cp < 256 && len_ < cap_) {
      static_cast<uint8_t *>(buf_)[len_++] = uint8_t(cp);
      return;
    }
    appendSlow(cp);
  }
  void append(const Str *s);
  void append(const Str *s, int64_t start, int64_t stop);
  void appendUtf8(std::string_view utf8);
  /// ASCII text (every byte < 128).
  void appendAscii(std::string_view text) {
    if (kind_ == 1 && len_ + int64_t(text.size()) <= cap_) {
      memcpy(static_cast<uint8_t *>(buf_) + len_, text.data(), text.size());
      len_ += int64_t(text.size());
      return;
    }
    appendUtf8(text);
  }
  /// \p n code points below 256, one byte each.
  void appendLatin1(const uint8_t *bytes, int64_t n);
  /// \p n copies of \p cp.
  void appendRepeated(uint32_t cp, int64_t n);
  int64_t size() const { return len_; }
  /// Bytes per code point of what is built so far (1, 2 or 4).
  int kind() const { return kind_; }
  const void *data() const { return buf_; }
  Value build();

private:
  static constexpr int64_t kInline = 192;
  void appendSlow(uint32_t cp);
  void reserve(int64_t extra, int kind);
  void *buf_ = inline_;
  int64_t len_ = 0, cap_ = kInline;
  int kind_ = 1;
  uint8_t inline_[kInline];
};

void initStrType();
/// Adds the str methods (objects/StrMethods.cpp) to str's dict.
void initStrMethods();

} // namespace kiln::rt
