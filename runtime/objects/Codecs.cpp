//===- Codecs.cpp - str.encode and bytes.decode ---------------------------===//
///
/// The codecs CPython builds in and programs use: utf-8 (and utf-8-sig),
/// ascii, latin-1, utf-16 and utf-32 (with and without a byte order), and
/// the single-byte tables the front end knows (cp1252, koi8-r,
/// iso-8859-15). Error handlers: strict, ignore, replace,
/// backslashreplace, xmlcharrefreplace (encoding), surrogateescape,
/// surrogatepass. Errors are CPython's UnicodeEncodeError /
/// UnicodeDecodeError with the same encoding names, ranges and reasons.
///
//===----------------------------------------------------------------------===//
#include "runtime/Abstract.h"
#include "runtime/Errors.h"
#include "runtime/Gc.h"
#include "runtime/objects/Bytes.h"
#include "runtime/objects/Exception.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "frontend/Unicode.h"

#include <cstring>
#include <string>

namespace kiln::rt {

namespace {

enum class Codec { Utf8, Utf8Sig, Ascii, Latin1, Utf16, Utf16LE, Utf16BE, Utf32, Utf32LE,
                   Utf32BE, Charmap, Unknown };

enum class Handler { Strict, Ignore, Replace, BackslashReplace, XmlCharRefReplace,
                     SurrogateEscape, SurrogatePass, Unknown };

std::string normalizeEncoding(const std::string &name) {
  std::string out;
  bool pendingUnderscore = false;
  for (char ch : name) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (isalnum(c) || c == '.') {
      if (pendingUnderscore && !out.empty())
        out += '_';
      pendingUnderscore = false;
      out += char(tolower(c));
    } else {
      pendingUnderscore = true;
    }
  }
  return out;
}

/// CPython's codecs that are not text encodings (bytes-to-bytes and
/// str-to-str, reached through codecs.encode/decode only), by normalized
/// name and alias: str.encode and bytes.decode refuse them by name.
bool isNonTextCodec(const std::string &n) {
  static const char *const names[] = {
      "base64", "base_64", "base64_codec", "bz2", "bz2_codec", "hex", "hex_codec",
      "quopri", "quotedprintable", "quoted_printable", "quopri_codec", "rot13", "rot_13",
      "uu", "uu_codec", "zip", "zlib", "zlib_codec",
  };
  for (const char *name : names)
    if (n == name)
      return true;
  return false;
}

/// The codec named \p encoding, or Codec::Unknown with LookupError;
/// \p direction ("encode" or "decode") names the codecs function the
/// message points to for a codec that is not a text encoding.
Codec lookupCodec(Value encoding, const uint32_t **table, const char *direction) {
  if (!encoding)
    return Codec::Utf8;
  std::string n = normalizeEncoding(strToUtf8(encoding));
  static const struct {
    const char *name;
    Codec codec;
  } aliases[] = {
      {"utf_8", Codec::Utf8}, {"utf8", Codec::Utf8}, {"u8", Codec::Utf8}, {"utf", Codec::Utf8},
      {"utf8_ucs2", Codec::Utf8}, {"utf8_ucs4", Codec::Utf8}, {"cp65001", Codec::Utf8},
      {"utf_8_sig", Codec::Utf8Sig}, {"utf8_sig", Codec::Utf8Sig},
      {"ascii", Codec::Ascii}, {"us_ascii", Codec::Ascii}, {"646", Codec::Ascii},
      {"us", Codec::Ascii}, {"ansi_x3.4_1968", Codec::Ascii}, {"ansi_x3_4_1968", Codec::Ascii},
      {"ansi_x3.4_1986", Codec::Ascii}, {"cp367", Codec::Ascii}, {"csascii", Codec::Ascii},
      {"ibm367", Codec::Ascii}, {"iso646_us", Codec::Ascii}, {"iso_646.irv_1991", Codec::Ascii},
      {"iso_ir_6", Codec::Ascii},
      {"latin_1", Codec::Latin1}, {"latin1", Codec::Latin1}, {"latin", Codec::Latin1},
      {"l1", Codec::Latin1}, {"iso8859_1", Codec::Latin1}, {"iso_8859_1", Codec::Latin1},
      {"iso_8859_1_1987", Codec::Latin1}, {"8859", Codec::Latin1}, {"cp819", Codec::Latin1},
      {"csisolatin1", Codec::Latin1}, {"ibm819", Codec::Latin1}, {"iso_ir_100", Codec::Latin1},
      {"utf_16", Codec::Utf16}, {"utf16", Codec::Utf16}, {"u16", Codec::Utf16},
      {"utf_16_le", Codec::Utf16LE}, {"utf_16le", Codec::Utf16LE},
      {"unicodelittleunmarked", Codec::Utf16LE},
      {"utf_16_be", Codec::Utf16BE}, {"utf_16be", Codec::Utf16BE},
      {"unicodebigunmarked", Codec::Utf16BE},
      {"utf_32", Codec::Utf32}, {"utf32", Codec::Utf32}, {"u32", Codec::Utf32},
      {"utf_32_le", Codec::Utf32LE}, {"utf_32le", Codec::Utf32LE},
      {"utf_32_be", Codec::Utf32BE}, {"utf_32be", Codec::Utf32BE},
  };
  for (const auto &a : aliases)
    if (n == a.name)
      return a.codec;
  const char *tableName = nullptr;
  if (n == "cp1252" || n == "windows_1252")
    tableName = "cp1252";
  else if (n == "koi8_r" || n == "cskoi8r")
    tableName = "koi8_r";
  else if (n == "iso8859_15" || n == "iso_8859_15" || n == "latin9" || n == "l9")
    tableName = "iso8859-15";
  if (tableName) {
    *table = kiln::unicode::singleByteDecodingTable(tableName);
    if (*table)
      return Codec::Charmap;
  }
  if (isNonTextCodec(n))
    raise(&LookupErrorType,
          "'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs",
          strToUtf8(encoding).c_str(), direction);
  else
    raise(&LookupErrorType, "unknown encoding: %s", strToUtf8(encoding).c_str());
  return Codec::Unknown;
}

const char *codecName(Codec c) {
  switch (c) {
  case Codec::Utf8: case Codec::Utf8Sig: return "utf-8";
  case Codec::Ascii: return "ascii";
  case Codec::Latin1: return "latin-1";
  case Codec::Utf16: return "utf-16";
  case Codec::Utf16LE: return "utf-16-le";
  case Codec::Utf16BE: return "utf-16-be";
  case Codec::Utf32: return "utf-32";
  case Codec::Utf32LE: return "utf-32-le";
  case Codec::Utf32BE: return "utf-32-be";
  default: return "charmap";
  }
}

Handler lookupHandler(Value errors) {
  if (!errors)
    return Handler::Strict;
  Str *s = errors.as<Str>();
  if (strEqualsAscii(s, "strict")) return Handler::Strict;
  if (strEqualsAscii(s, "ignore")) return Handler::Ignore;
  if (strEqualsAscii(s, "replace")) return Handler::Replace;
  if (strEqualsAscii(s, "backslashreplace")) return Handler::BackslashReplace;
  if (strEqualsAscii(s, "xmlcharrefreplace")) return Handler::XmlCharRefReplace;
  if (strEqualsAscii(s, "surrogateescape")) return Handler::SurrogateEscape;
  if (strEqualsAscii(s, "surrogatepass")) return Handler::SurrogatePass;
  return Handler::Unknown;
}

Value unknownHandler(Value errors) {
  return raise(&LookupErrorType, "unknown error handler name '%s'", strToUtf8(errors).c_str());
}

Value raiseUnicodeError(Type *type, const char *encoding, Value object, int64_t start,
                        int64_t end, const char *reason) {
  Value enc = strFromAscii(encoding);
  Value why = strFromAscii(reason);
  if (!enc || !why)
    return Value();
  Value exc = exceptionNew(type, tupleOf({enc, object, intFromI64(start), intFromI64(end), why}));
  if (!exc)
    return Value();
  setCurrentException(exc);
  return Value();
}

// --- Encoding ------------------------------------------------------------------

void putUnit(std::string &out, uint32_t v, int bytes, bool big) {
  for (int i = 0; i < bytes; i++) {
    int shift = big ? 8 * (bytes - 1 - i) : 8 * i;
    out += char((v >> shift) & 0xFF);
  }
}

/// Appends the encoding of one encodable code point.
void encodeOne(std::string &out, Codec codec, uint32_t c, const uint32_t *table) {
  switch (codec) {
  case Codec::Utf8:
  case Codec::Utf8Sig:
    kiln::unicode::appendUtf8(out, c);
    break;
  case Codec::Ascii:
  case Codec::Latin1:
    out += char(c);
    break;
  case Codec::Utf16:
  case Codec::Utf16LE:
  case Codec::Utf16BE: {
    bool big = codec == Codec::Utf16BE;
    if (c >= 0x10000) {
      c -= 0x10000;
      putUnit(out, 0xD800 | (c >> 10), 2, big);
      putUnit(out, 0xDC00 | (c & 0x3FF), 2, big);
    } else {
      putUnit(out, c, 2, big);
    }
    break;
  }
  case Codec::Utf32:
  case Codec::Utf32LE:
  case Codec::Utf32BE:
    putUnit(out, c, 4, codec == Codec::Utf32BE);
    break;
  case Codec::Charmap:
    if (c < 128) {
      out += char(c);
    } else {
      for (int b = 0; b < 128; b++)
        if (table[b] == c) {
          out += char(128 + b);
          break;
        }
    }
    break;
  default:
    break;
  }
}

bool encodable(Codec codec, uint32_t c, const uint32_t *table) {
  switch (codec) {
  case Codec::Ascii: return c < 128;
  case Codec::Latin1: return c < 256;
  case Codec::Charmap:
    if (c < 128)
      return true;
    for (int b = 0; b < 128; b++)
      if (table[b] == c)
        return true;
    return false;
  default: return c < 0xD800 || c > 0xDFFF;
  }
}

const char *encodeReason(Codec codec) {
  switch (codec) {
  case Codec::Ascii: return "ordinal not in range(128)";
  case Codec::Latin1: return "ordinal not in range(256)";
  case Codec::Charmap: return "character maps to <undefined>";
  default: return "surrogates not allowed";
  }
}

void appendHex(std::string &out, uint32_t c, int digits) {
  static const char hex[] = "0123456789abcdef";
  for (int k = (digits - 1) * 4; k >= 0; k -= 4)
    out += hex[(c >> k) & 15];
}

void backslashEscape(std::string &out, uint32_t c) {
  if (c < 0x100) {
    out += "\\x";
    appendHex(out, c, 2);
  } else if (c < 0x10000) {
    out += "\\u";
    appendHex(out, c, 4);
  } else {
    out += "\\U";
    appendHex(out, c, 8);
  }
}

} // namespace

bool codecIsTextEncoding(Value encoding, const char *use) {
  const uint32_t *table = nullptr;
  return lookupCodec(encoding, &table, use) != Codec::Unknown;
}

Value codecEncode(Value strV, Value encoding, Value errors) {
  const uint32_t *table = nullptr;
  Codec codec = lookupCodec(encoding, &table, "encode");
  if (codec == Codec::Unknown)
    return Value();
  Str *s = strV.as<Str>();
  if (s->ascii && (codec == Codec::Utf8 || codec == Codec::Ascii || codec == Codec::Latin1))
    return bytesFromData(static_cast<const char *>(s->data), size_t(s->length));
  std::string out;
  out.reserve(size_t(s->length));
  if (codec == Codec::Utf8Sig)
    out += "\xEF\xBB\xBF";
  else if (codec == Codec::Utf16)
    out += "\xFF\xFE";
  else if (codec == Codec::Utf32)
    out += std::string("\xFF\xFE\0\0", 4);
  Codec reportAs = codec;
  Handler handler = lookupHandler(errors);
  int64_t n = s->length;
  for (int64_t i = 0; i < n;) {
    uint32_t c = s->at(i);
    if (encodable(codec, c, table)) {
      encodeOne(out, codec, c, table);
      i++;
      continue;
    }
    int64_t end = i + 1;
    while (end < n && !encodable(codec, s->at(end), table))
      end++;
    auto fail = [&](int64_t from) {
      return raiseUnicodeError(&UnicodeEncodeErrorType, codecName(reportAs), strV, from, end,
                               encodeReason(codec));
    };
    switch (handler) {
    case Handler::Strict:
      return fail(i);
    case Handler::Unknown:
      return unknownHandler(errors);
    case Handler::Ignore:
      break;
    case Handler::Replace:
      for (int64_t k = i; k < end; k++)
        encodeOne(out, codec, '?', table);
      break;
    case Handler::BackslashReplace:
    case Handler::XmlCharRefReplace: {
      std::string rep;
      for (int64_t k = i; k < end; k++) {
        if (handler == Handler::BackslashReplace)
          backslashEscape(rep, s->at(k));
        else
          rep += "&#" + std::to_string(s->at(k)) + ";";
      }
      for (char ch : rep)
        encodeOne(out, codec, uint8_t(ch), table);
      break;
    }
    case Handler::SurrogateEscape:
      for (int64_t k = i; k < end; k++) {
        uint32_t d = s->at(k);
        if (d < 0xDC80 || d > 0xDCFF)
          return fail(k);
        out += char(d - 0xDC00);
      }
      break;
    case Handler::SurrogatePass:
      if (codec == Codec::Ascii || codec == Codec::Latin1 || codec == Codec::Charmap)
        return fail(i);
      for (int64_t k = i; k < end; k++) {
        uint32_t d = s->at(k);
        if (codec == Codec::Utf8 || codec == Codec::Utf8Sig)
          kiln::unicode::appendUtf8(out, d);
        else if (codec == Codec::Utf16LE || codec == Codec::Utf16BE)
          putUnit(out, d, 2, codec == Codec::Utf16BE);
        else
          putUnit(out, d, 4, codec == Codec::Utf32BE);
      }
      break;
    }
    i = end;
  }
  return bytesFromData(out.data(), out.size());
}

// --- Decoding ------------------------------------------------------------------

namespace {

/// One malformed sequence: [start, end) and the reason.
struct DecodeError {
  int64_t start, end;
  const char *reason;
};

/// Decodes one UTF-8 sequence at \p i. Returns the length consumed, or 0
/// with \p err filled.
int utf8Step(const uint8_t *d, int64_t n, int64_t i, bool surrogatePass, uint32_t *cp,
             DecodeError *err) {
  uint8_t c = d[i];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  auto cont = [&](int64_t k) { return k < n && (d[k] & 0xC0) == 0x80; };
  if (c < 0xC2 || c > 0xF4) {
    *err = {i, i + 1, "invalid start byte"};
    return 0;
  }
  if (c < 0xE0) {
    if (i + 1 >= n) {
      *err = {i, n, "unexpected end of data"};
      return 0;
    }
    if (!cont(i + 1)) {
      *err = {i, i + 1, "invalid continuation byte"};
      return 0;
    }
    *cp = ((c & 0x1F) << 6) | (d[i + 1] & 0x3F);
    return 2;
  }
  int len = c < 0xF0 ? 3 : 4;
  uint8_t lo = 0x80, hi = 0xBF;
  if (c == 0xE0)
    lo = 0xA0;
  else if (c == 0xED && !surrogatePass)
    hi = 0x9F;
  else if (c == 0xF0)
    lo = 0x90;
  else if (c == 0xF4)
    hi = 0x8F;
  // Count the valid bytes that follow.
  int valid = 1;
  if (i + 1 < n && d[i + 1] >= lo && d[i + 1] <= hi) {
    valid = 2;
    while (valid < len && cont(i + valid))
      valid++;
  }
  if (valid < len) {
    if (i + valid >= n) {
      *err = {i, n, "unexpected end of data"};
      return 0;
    }
    *err = {i, i + valid, "invalid continuation byte"};
    return 0;
  }
  if (len == 3)
    *cp = ((c & 0x0F) << 12) | ((d[i + 1] & 0x3F) << 6) | (d[i + 2] & 0x3F);
  else
    *cp = ((c & 0x07) << 18) | ((d[i + 1] & 0x3F) << 12) | ((d[i + 2] & 0x3F) << 6) |
          (d[i + 3] & 0x3F);
  return len;
}

uint32_t getUnit(const uint8_t *d, int bytes, bool big) {
  uint32_t v = 0;
  for (int k = 0; k < bytes; k++) {
    int shift = big ? 8 * (bytes - 1 - k) : 8 * k;
    v |= uint32_t(d[k]) << shift;
  }
  return v;
}

} // namespace

Value codecDecode(const uint8_t *d, int64_t n, Value obj, Value encoding, Value errors) {
  const uint32_t *table = nullptr;
  Codec codec = lookupCodec(encoding, &table, "decode");
  if (codec == Codec::Unknown)
    return Value();
  Handler handler = lookupHandler(errors);
  // Fast path: ASCII data.
  if (codec == Codec::Utf8 || codec == Codec::Ascii || codec == Codec::Latin1 ||
      codec == Codec::Charmap) {
    bool ascii = true;
    for (int64_t i = 0; i < n && ascii; i++)
      ascii = d[i] < 128;
    if (ascii)
      return strFromAscii(std::string_view(reinterpret_cast<const char *>(d), size_t(n)));
  }
  if (codec == Codec::Latin1) {
    Str *s = strAlloc(n, 1);
    if (!s)
      return Value();
    memcpy(s->data, d, size_t(n));
    return Value::object(s);
  }
  int64_t i = 0;
  if (codec == Codec::Utf8Sig) {
    if (n >= 3 && d[0] == 0xEF && d[1] == 0xBB && d[2] == 0xBF)
      i = 3;
    codec = Codec::Utf8;
  }
  bool big = false;
  if (codec == Codec::Utf16) {
    if (n >= 2 && d[0] == 0xFF && d[1] == 0xFE)
      i = 2;
    else if (n >= 2 && d[0] == 0xFE && d[1] == 0xFF) {
      i = 2;
      big = true;
    }
    codec = big ? Codec::Utf16BE : Codec::Utf16LE;
  } else if (codec == Codec::Utf32) {
    if (n >= 4 && d[0] == 0xFF && d[1] == 0xFE && d[2] == 0 && d[3] == 0)
      i = 4;
    else if (n >= 4 && d[0] == 0 && d[1] == 0 && d[2] == 0xFE && d[3] == 0xFF) {
      i = 4;
      big = true;
    }
    codec = big ? Codec::Utf32BE : Codec::Utf32LE;
  }
  big = codec == Codec::Utf16BE || codec == Codec::Utf32BE;
  Value errObj;
  auto errObject = [&]() -> Value {
    if (!errObj)
      errObj = isExactBytes(obj) ? obj : bytesFromData(reinterpret_cast<const char *>(d), size_t(n));
    return errObj;
  };
  StrBuilder b;
  while (i < n) {
    uint32_t cp = 0;
    int used = 0;
    DecodeError err{0, 0, nullptr};
    switch (codec) {
    case Codec::Utf8:
      used = utf8Step(d, n, i, handler == Handler::SurrogatePass, &cp, &err);
      break;
    case Codec::Ascii:
      if (d[i] < 128) {
        cp = d[i];
        used = 1;
      } else {
        err = {i, i + 1, "ordinal not in range(128)"};
      }
      break;
    case Codec::Charmap:
      if (d[i] < 128) {
        cp = d[i];
        used = 1;
      } else if (table[d[i] - 128] != 0xFFFFFFFF) {
        cp = table[d[i] - 128];
        used = 1;
      } else {
        err = {i, i + 1, "character maps to <undefined>"};
      }
      break;
    case Codec::Utf16LE:
    case Codec::Utf16BE: {
      if (i + 2 > n) {
        err = {i, n, "truncated data"};
        break;
      }
      uint32_t u = getUnit(d + i, 2, big);
      if (u < 0xD800 || u > 0xDFFF) {
        cp = u;
        used = 2;
      } else if (u >= 0xDC00) {
        if (handler == Handler::SurrogatePass) {
          cp = u;
          used = 2;
        } else {
          err = {i, i + 2, "illegal encoding"};
        }
      } else if (i + 4 > n) {
        if (handler == Handler::SurrogatePass && i + 2 == n) {
          cp = u;
          used = 2;
        } else {
          err = {i, n, "unexpected end of data"};
        }
      } else {
        uint32_t u2 = getUnit(d + i + 2, 2, big);
        if (u2 >= 0xDC00 && u2 <= 0xDFFF) {
          cp = 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00);
          used = 4;
        } else if (handler == Handler::SurrogatePass) {
          cp = u;
          used = 2;
        } else {
          err = {i, i + 2, "illegal UTF-16 surrogate"};
        }
      }
      break;
    }
    case Codec::Utf32LE:
    case Codec::Utf32BE: {
      if (i + 4 > n) {
        err = {i, n, "truncated data"};
        break;
      }
      uint32_t u = getUnit(d + i, 4, big);
      if (u > 0x10FFFF)
        err = {i, i + 4, "code point not in range(0x110000)"};
      else if (u >= 0xD800 && u <= 0xDFFF && handler != Handler::SurrogatePass)
        err = {i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)"};
      else {
        cp = u;
        used = 4;
      }
      break;
    }
    default:
      break;
    }
    if (used) {
      b.append(cp);
      i += used;
      continue;
    }
    switch (handler) {
    case Handler::Strict:
    case Handler::SurrogatePass:
      if (!errObject())
        return Value();
      return raiseUnicodeError(&UnicodeDecodeErrorType, codecName(codec), errObj, err.start,
                               err.end, err.reason);
    case Handler::Unknown:
      return unknownHandler(errors);
    case Handler::XmlCharRefReplace:
      return raise(&TypeErrorType, "don't know how to handle UnicodeDecodeError in error callback");
    case Handler::Ignore:
      break;
    case Handler::Replace:
      b.append(0xFFFD);
      break;
    case Handler::BackslashReplace:
      for (int64_t k = err.start; k < err.end; k++) {
        std::string esc;
        backslashEscape(esc, d[k]);
        b.appendAscii(esc);
      }
      break;
    case Handler::SurrogateEscape: {
      // Escapes the leading bytes >= 128 of the bad range and resumes
      // decoding after them (as CPython's handler does).
      int64_t k = err.start;
      while (k < err.end && d[k] >= 128)
        b.append(0xDC00 + d[k++]);
      if (k == err.start) {
        if (!errObject())
          return Value();
        return raiseUnicodeError(&UnicodeDecodeErrorType, codecName(codec), errObj, err.start,
                                 err.end, err.reason);
      }
      i = k;
      continue;
    }
    }
    i = err.end;
  }
  return b.build();
}

} // namespace kiln::rt
