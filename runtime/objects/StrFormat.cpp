//===- StrFormat.cpp - str.format, format specs for str, and % ------------===//
///
///  - parseFormatSpec: the format-spec mini-language, CPython 3.11's
///    parse (and messages) for any type;
///  - formatStr: str.__format__;
///  - strFormat / strFormatMap: str.format's replacement fields
///    ({0}, {name}, {0.attr}, {0[key]}, !r/!s/!a, nested {x:{w}}, auto and
///    manual numbering);
///  - strMod / bytesMod: printf-style % formatting.
///
//===----------------------------------------------------------------------===//
#include "runtime/Abstract.h"
#include "runtime/Errors.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/objects/Bytes.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Float.h"
#include "runtime/objects/Format.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

namespace kiln::rt {

// --- Format specs --------------------------------------------------------------

namespace {

bool isAlignChar(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/// Reads decimal digits at \p pos; -1 when none, -2 on overflow (error set).
int64_t readInteger(const Str *s, int64_t &pos) {
  int64_t v = -1;
  while (pos < s->length) {
    uint32_t c = s->at(pos);
    if (c < '0' || c > '9')
      break;
    int d = int(c - '0');
    if (v < 0)
      v = 0;
    if (v > (INT64_MAX - d) / 10) {
      raise(&ValueErrorType, "Too many decimal digits in format string");
      return -2;
    }
    v = v * 10 + d;
    pos++;
  }
  return v;
}

} // namespace

Value raiseUnknownFormatCode(uint32_t code, const char *typeName) {
  if (code > 32 && code < 128)
    return raise(&ValueErrorType, "Unknown format code '%c' for object of type '%s'", char(code),
                 typeName);
  return raise(&ValueErrorType, "Unknown format code '\\x%x' for object of type '%s'",
               unsigned(code), typeName);
}

bool parseFormatSpec(const Str *spec, FormatSpec *out, char defaultAlign, char defaultType,
                     const char *typeName) {
  FormatSpec f;
  int64_t n = spec->length, pos = 0;
  if (n >= 2 && isAlignChar(spec->at(1))) {
    f.fill = spec->at(0);
    f.align = char(spec->at(1));
    f.fillSpecified = f.alignSpecified = true;
    pos = 2;
  } else if (n >= 1 && isAlignChar(spec->at(0))) {
    f.align = char(spec->at(0));
    f.alignSpecified = true;
    pos = 1;
  }
  if (pos < n && (spec->at(pos) == '+' || spec->at(pos) == '-' || spec->at(pos) == ' '))
    f.sign = char(spec->at(pos++));
  if (pos < n && spec->at(pos) == 'z') {
    f.noNegZero = true;
    pos++;
  }
  if (pos < n && spec->at(pos) == '#') {
    f.alternate = true;
    pos++;
  }
  if (!f.fillSpecified && pos < n && spec->at(pos) == '0') {
    f.fill = '0';
    f.zeroPad = true;
    if (!f.alignSpecified && defaultAlign == '>')
      f.align = '=';
    pos++;
  }
  int64_t w = readInteger(spec, pos);
  if (w == -2)
    return false;
  f.width = w;
  if (pos < n && spec->at(pos) == ',') {
    f.grouping = ',';
    pos++;
  }
  if (pos < n && spec->at(pos) == '_') {
    if (f.grouping) {
      raise(&ValueErrorType, "Cannot specify both ',' and '_'.");
      return false;
    }
    f.grouping = '_';
    pos++;
  }
  if (pos < n && spec->at(pos) == ',' && f.grouping == '_') {
    raise(&ValueErrorType, "Cannot specify both ',' and '_'.");
    return false;
  }
  if (pos < n && spec->at(pos) == '.') {
    pos++;
    int64_t p = readInteger(spec, pos);
    if (p == -2)
      return false;
    if (p == -1) {
      raise(&ValueErrorType, "Format specifier missing precision");
      return false;
    }
    f.precision = p;
  }
  if (n - pos > 1) {
    raise(&ValueErrorType, "Invalid format specifier '%s' for object of type '%s'",
          strToUtf8(spec).c_str(), typeName);
    return false;
  }
  if (n - pos == 1) {
    f.hasType = true;
    f.type = spec->at(pos);
  }
  if (f.grouping) {
    uint32_t t = f.hasType ? f.type : uint32_t(defaultType);
    bool ok;
    switch (t) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
      ok = true;
      break;
    case 'b': case 'o': case 'x': case 'X':
      ok = f.grouping == '_';
      break;
    default:
      ok = false;
    }
    if (!ok) {
      if (t > 32 && t < 128)
        raise(&ValueErrorType, "Cannot specify '%c' with '%c'.", f.grouping, char(t));
      else
        raise(&ValueErrorType, "Cannot specify '%c' with '\\x%x'.", f.grouping, unsigned(t));
      return false;
    }
  }
  *out = f;
  return true;
}

Value alignText(Value body, const FormatSpec &spec, char defaultAlign) {
  Str *s = body.as<Str>();
  if (spec.width <= s->length)
    return body;
  int64_t total = spec.width - s->length;
  char align = spec.align ? spec.align : defaultAlign;
  int64_t left = 0;
  if (align == '>' || align == '=')
    left = total;
  else if (align == '^')
    left = total / 2;
  StrBuilder b;
  b.appendRepeated(spec.fill, left);
  b.append(s);
  b.appendRepeated(spec.fill, total - left);
  return b.build();
}

Value formatStr(Value s, Str *specStr) {
  if (specStr->length == 0)
    return str(s);
  FormatSpec spec;
  if (!parseFormatSpec(specStr, &spec, '<', 's', "str"))
    return Value();
  if (spec.hasType && spec.type != 's')
    return raiseUnknownFormatCode(spec.type, "str");
  if (spec.sign) {
    if (spec.sign == ' ')
      return raise(&ValueErrorType, "Space not allowed in string format specifier");
    return raise(&ValueErrorType, "Sign not allowed in string format specifier");
  }
  if (spec.noNegZero)
    return raise(&ValueErrorType,
                 "Negative zero coercion (z) not allowed in string format specifier");
  if (spec.alternate)
    return raise(&ValueErrorType, "Alternate form (#) not allowed in string format specifier");
  if (spec.align == '=')
    return raise(&ValueErrorType, "'=' alignment not allowed in string format specifier");
  Value v = s;
  Str *st = s.as<Str>();
  if (spec.precision >= 0 && spec.precision < st->length)
    v = strSubstring(s, 0, spec.precision);
  else if (!isExactStr(s))
    v = str(s);
  if (!v)
    return Value();
  return alignText(v, spec, '<');
}

// --- str.format ----------------------------------------------------------------

namespace {

enum class AutoState { Unknown, Auto, Manual };

struct FormatCtx {
  const Value *args; ///< null for format_map
  size_t nargs;
  Tuple *kwnames;
  const Value *kwvalues;
  Value mapping; ///< format_map's mapping, or null
  AutoState state = AutoState::Unknown;
  int64_t autoNumber = 0;
};

/// Parses a run of digits as an index: -1 when \p s[a:b] is not all
/// digits (or empty), -2 on overflow (error set).
int64_t parseIndex(const Str *s, int64_t a, int64_t b) {
  if (a >= b)
    return -1;
  int64_t v = 0;
  for (int64_t i = a; i < b; i++) {
    uint32_t c = s->at(i);
    if (c < '0' || c > '9')
      return -1;
    if (v > (INT64_MAX - 9) / 10) {
      raise(&ValueErrorType, "Too many decimal digits in format string");
      return -2;
    }
    v = v * 10 + (c - '0');
  }
  return v;
}

Value positionalArg(FormatCtx &ctx, int64_t index) {
  if (!ctx.args)
    return raise(&ValueErrorType, "Format string contains positional fields");
  if (index >= int64_t(ctx.nargs))
    return raise(&IndexErrorType, "Replacement index %lld out of range for positional args tuple",
                 (long long)index);
  return ctx.args[index];
}

Value keywordArg(FormatCtx &ctx, Value key) {
  if (ctx.mapping)
    return getItem(ctx.mapping, key);
  if (ctx.kwnames) {
    Str *k = key.as<Str>();
    for (int64_t i = 0; i < ctx.kwnames->size; i++)
      if (strEqual(ctx.kwnames->items[i].as<Str>(), k))
        return ctx.kwvalues[i];
  }
  return raiseWithArg(&KeyErrorType, key);
}

/// Resolves a field name (s[a:b]) to its object.
Value getFieldObject(FormatCtx &ctx, const Str *s, Value sv, int64_t a, int64_t b) {
  // The first part runs to the first '.' or '['.
  int64_t i = a;
  while (i < b && s->at(i) != '.' && s->at(i) != '[')
    i++;
  Value obj;
  if (i == a) {
    if (ctx.state == AutoState::Manual)
      return raise(&ValueErrorType,
                   "cannot switch from manual field specification to automatic field numbering");
    ctx.state = AutoState::Auto;
    obj = positionalArg(ctx, ctx.autoNumber++);
  } else {
    int64_t idx = parseIndex(s, a, i);
    if (idx == -2)
      return Value();
    if (idx >= 0) {
      if (ctx.state == AutoState::Auto)
        return raise(&ValueErrorType,
                     "cannot switch from automatic field numbering to manual field specification");
      ctx.state = AutoState::Manual;
      obj = positionalArg(ctx, idx);
    } else {
      Value key = strSubstring(sv, a, i);
      if (!key)
        return Value();
      obj = keywordArg(ctx, key);
    }
  }
  if (!obj)
    return Value();
  // Then .name and [key] parts.
  while (i < b) {
    uint32_t c = s->at(i++);
    if (c == '.') {
      int64_t start = i;
      while (i < b && s->at(i) != '.' && s->at(i) != '[')
        i++;
      if (i == start)
        return raise(&ValueErrorType, "Empty attribute in format string");
      Value name = strSubstring(sv, start, i);
      if (!name)
        return Value();
      obj = getAttr(obj, internStr(name.as<Str>()));
    } else if (c == '[') {
      int64_t start = i;
      while (i < b && s->at(i) != ']')
        i++;
      if (i >= b)
        return raise(&ValueErrorType, "Missing ']' in format string");
      if (i == start)
        return raise(&ValueErrorType, "Empty attribute in format string");
      int64_t idx = parseIndex(s, start, i);
      if (idx == -2)
        return Value();
      Value key = idx >= 0 ? intFromI64(idx) : strSubstring(sv, start, i);
      if (!key)
        return Value();
      i++; // ']'
      // The lookup comes first: what follows is checked on the next turn.
      obj = getItem(obj, key);
    } else {
      return raise(&ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (!obj)
      return Value();
  }
  return obj;
}

bool buildFormat(FormatCtx &ctx, Value sv, int64_t start, int64_t end, int depth, StrBuilder &out);

/// One replacement field; \p pos is just past its '{'. Advances \p pos past
/// the closing '}'.
bool outputField(FormatCtx &ctx, Value sv, int64_t &pos, int64_t end, int depth, StrBuilder &out) {
  const Str *s = sv.as<Str>();
  int64_t nameStart = pos;
  uint32_t c = 0;
  bool sawEnd = false;
  while (pos < end) {
    c = s->at(pos++);
    if (c == '{') {
      raise(&ValueErrorType, "unexpected '{' in field name");
      return false;
    }
    if (c == '[') {
      while (pos < end && s->at(pos) != ']')
        pos++;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') {
      sawEnd = true;
      break;
    }
  }
  if (!sawEnd) {
    raise(&ValueErrorType, "expected '}' before end of string");
    return false;
  }
  int64_t nameEnd = pos - 1;
  uint32_t conversion = 0;
  int64_t specStart = pos, specEnd = pos;
  bool specNeedsExpanding = false;
  if (c == '!' || c == ':') {
    bool done = false;
    if (c == '!') {
      if (pos >= end) {
        raise(&ValueErrorType, "end of string while looking for conversion specifier");
        return false;
      }
      conversion = s->at(pos++);
      if (pos < end) {
        uint32_t d = s->at(pos++);
        if (d == '}') {
          done = true;
          specStart = specEnd = pos - 1;
        } else if (d != ':') {
          raise(&ValueErrorType, "expected ':' after conversion specifier");
          return false;
        }
      }
    }
    if (!done) {
      specStart = pos;
      int count = 1;
      bool closed = false;
      while (pos < end) {
        uint32_t d = s->at(pos++);
        if (d == '{') {
          specNeedsExpanding = true;
          count++;
        } else if (d == '}') {
          if (--count == 0) {
            specEnd = pos - 1;
            closed = true;
            break;
          }
        }
      }
      if (!closed) {
        raise(&ValueErrorType, "unmatched '{' in format spec");
        return false;
      }
    }
  }
  Value obj = getFieldObject(ctx, s, sv, nameStart, nameEnd);
  if (!obj)
    return false;
  if (conversion) {
    switch (conversion) {
    case 'r': obj = repr(obj); break;
    case 's': obj = str(obj); break;
    case 'a': obj = ascii(obj); break;
    default:
      if (conversion > 32 && conversion < 127)
        raise(&ValueErrorType, "Unknown conversion specifier %c", char(conversion));
      else
        raise(&ValueErrorType, "Unknown conversion specifier \\x%x", unsigned(conversion));
      return false;
    }
    if (!obj)
      return false;
  }
  Value spec;
  if (specNeedsExpanding) {
    StrBuilder sb;
    if (!buildFormat(ctx, sv, specStart, specEnd, depth - 1, sb))
      return false;
    spec = sb.build();
  } else {
    spec = specStart == specEnd ? Value::object(names.empty) : strSubstring(sv, specStart, specEnd);
  }
  if (!spec)
    return false;
  Value r;
  if (isExactStr(obj) && spec.as<Str>()->length == 0)
    r = obj;
  else
    r = format(obj, spec);
  if (!r)
    return false;
  if (!isStr(r)) {
    raise(&TypeErrorType, "__format__ must return a str, not %s", typeName(r));
    return false;
  }
  out.append(r.as<Str>());
  return true;
}

bool buildFormat(FormatCtx &ctx, Value sv, int64_t start, int64_t end, int depth, StrBuilder &out) {
  if (depth <= 0) {
    raise(&ValueErrorType, "Max string recursion exceeded");
    return false;
  }
  const Str *s = sv.as<Str>();
  int64_t pos = start;
  while (pos < end) {
    int64_t litStart = pos;
    uint32_t c = 0;
    bool markup = false;
    while (pos < end) {
      c = s->at(pos++);
      if (c == '{' || c == '}') {
        markup = true;
        break;
      }
    }
    bool atEnd = pos >= end;
    int64_t litEnd = pos;
    if (markup) {
      if (c == '}' && (atEnd || s->at(pos) != '}')) {
        raise(&ValueErrorType, "Single '}' encountered in format string");
        return false;
      }
      if (atEnd && c == '{') {
        raise(&ValueErrorType, "Single '{' encountered in format string");
        return false;
      }
      if (s->at(pos) == c) {
        // An escaped brace: keep one.
        pos++;
        markup = false;
      } else {
        litEnd--;
      }
    }
    out.append(s, litStart, litEnd);
    if (!markup)
      continue;
    if (!outputField(ctx, sv, pos, end, depth, out))
      return false;
  }
  return true;
}

} // namespace

Value strFormat(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  FormatCtx ctx;
  ctx.args = args;
  ctx.nargs = nargs;
  ctx.kwnames = kwnames && kwnames->size ? kwnames : nullptr;
  ctx.kwvalues = args + nargs;
  StrBuilder out;
  if (!buildFormat(ctx, self, 0, self.as<Str>()->length, 2, out))
    return Value();
  return out.build();
}

Value strFormatMap(Value self, Value mapping) {
  FormatCtx ctx;
  ctx.args = nullptr;
  ctx.nargs = 0;
  ctx.kwnames = nullptr;
  ctx.kwvalues = nullptr;
  ctx.mapping = mapping;
  StrBuilder out;
  if (!buildFormat(ctx, self, 0, self.as<Str>()->length, 2, out))
    return Value();
  return out.build();
}

// --- % formatting --------------------------------------------------------------

namespace {

enum : int { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

/// The formatting engine shared by str % and bytes %: the output is
/// collected in a StrBuilder (bytes mode keeps code points < 256).
struct PercentCtx {
  const Str *fmtStr = nullptr;          ///< str mode
  const uint8_t *fmtBytes = nullptr;    ///< bytes mode
  int64_t fmtLen = 0;
  bool bytesMode = false;
  Value args;
  Value dict; ///< the mapping, when args is one
  int64_t argIndex = 0;
  int64_t argLen = 0; ///< -1: a single non-tuple argument
  bool usedSingle = false;

  uint32_t at(int64_t i) const { return bytesMode ? fmtBytes[i] : fmtStr->at(i); }

  Value nextArg() {
    if (argLen < 0) {
      if (usedSingle)
        return raise(&TypeErrorType, "not enough arguments for format string");
      usedSingle = true;
      argIndex = 1;
      return args;
    }
    if (argIndex < argLen)
      return args.as<Tuple>()->items[argIndex++];
    return raise(&TypeErrorType, "not enough arguments for format string");
  }
};

/// Integer digits of \p v (any int) in the conversion's base, with '-'
/// for negatives, the precision's zero padding and the '#' prefix.
bool formatIntText(Value v, uint32_t type, int64_t prec, bool alt, std::string &text) {
  mpz_t z;
  mpz_init(z);
  intToMpz(v, z);
  bool neg = mpz_sgn(z) < 0;
  mpz_abs(z, z);
  int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
  std::string digits(mpz_sizeinbase(z, base) + 2, '\0');
  mpz_get_str(digits.data(), base, z);
  digits.resize(strlen(digits.c_str()));
  mpz_clear(z);
  if (type == 'X')
    for (char &c : digits)
      c = char(toupper(static_cast<unsigned char>(c)));
  if (prec > int64_t(digits.size())) {
    if (prec > (int64_t(1) << 40)) {
      raiseMemoryError();
      return false;
    }
    digits.insert(0, size_t(prec) - digits.size(), '0');
  }
  text.clear();
  if (neg)
    text += '-';
  if (alt && base != 10)
    text += type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
  text += digits;
  return true;
}

/// Appends a numeric body (ASCII, maybe signed) with width and flags
/// (CPython's unicode_format_arg_output for numbers).
void layoutNumber(StrBuilder &out, const std::string &body, int flags, int64_t width,
                  uint32_t type) {
  int64_t len = int64_t(body.size());
  size_t p = 0;
  char signch = 0;
  if (len > 0 && (body[0] == '-' || body[0] == '+')) {
    signch = body[0];
    p = 1;
    len--;
  } else if (flags & F_SIGN) {
    signch = '+';
  } else if (flags & F_BLANK) {
    signch = ' ';
  }
  if (width < len)
    width = len;
  char fill = (flags & F_ZERO) ? '0' : ' ';
  if (signch) {
    if (fill != ' ')
      out.append(uint32_t(signch));
    if (width > len)
      width--;
  }
  bool prefix = (flags & F_ALT) && (type == 'x' || type == 'X' || type == 'o') && len >= 2 &&
                body[p] == '0';
  if (prefix) {
    if (fill != ' ')
      out.appendAscii(std::string_view(body).substr(p, 2));
    width -= 2;
    len -= 2;
    p += 2;
  }
  if (!(flags & F_LJUST))
    out.appendRepeated(uint32_t(fill), width - len);
  if (fill == ' ') {
    if (signch)
      out.append(uint32_t(signch));
    if (prefix)
      out.appendAscii(std::string_view(body).substr(p - 2, 2));
  }
  out.appendAscii(std::string_view(body).substr(p));
  if (flags & F_LJUST)
    out.appendRepeated(' ', width - len);
}

/// Pads text of \p len code points to \p width: spaces before it, or
/// after it with '-'. Call with \p before true, append the text, then
/// call again with false.
void padText(StrBuilder &out, int flags, int64_t width, int64_t len, bool before) {
  if (width > len && bool(flags & F_LJUST) != before)
    out.appendRepeated(' ', width - len);
}

/// An int for %d/%x/...: ints as they are, other numbers through int()
/// (%d) or __index__ (%x, %o). Null with the CPython error otherwise.
Value percentIntArg(Value v, uint32_t type) {
  if (isInt(v))
    return v;
  Type *t = typeOf(v);
  if (type == 'o' || type == 'x' || type == 'X') {
    if (!t->toIndex)
      return raise(&TypeErrorType, "%%%c format: an integer is required, not %s", char(type),
                   typeName(v));
    return numberIndex(v);
  }
  if (t->toIndex || t->toInt || t->toFloat) {
    Value r = numberInt(v);
    // A TypeError from int() becomes the format's own message.
    if (r || !errMatches(&TypeErrorType))
      return r;
    clearError();
  }
  return raise(&TypeErrorType, "%%%c format: a real number is required, not %s", char(type),
               typeName(v));
}

/// Decimal digits of a small int into \p buf (24 bytes); the length.
int smallIntDigits(int64_t v, char *buf) {
  auto r = std::to_chars(buf, buf + 24, v);
  return int(r.ptr - buf);
}

/// The body of one conversion, appended to \p out with layout.
bool formatOne(PercentCtx &ctx, StrBuilder &out, uint32_t type, Value v, int flags,
               int64_t width, int64_t prec, int64_t fmtPos) {
  // The common plain conversions, straight into the output: %s of a str,
  // %d of a small int and %f/%e/%g of a float without flags or width.
  if (!ctx.bytesMode && flags == 0 && width < 0 && isExactFloat(v) &&
      (type == 'f' || type == 'F' || type == 'e' || type == 'E' || type == 'g' || type == 'G')) {
    appendFormattedDouble(out, floatValue(v), char(type), int(prec < 0 ? 6 : prec));
    return true;
  }
  if (!ctx.bytesMode && flags == 0 && width < 0 && prec < 0) {
    if (type == 's' && isExactStr(v)) {
      out.append(v.as<Str>());
      return true;
    }
    if ((type == 'd' || type == 'i' || type == 'u') && v.isSmall()) {
      char digits[24];
      out.appendAscii(std::string_view(digits, size_t(smallIntDigits(v.smallValue(), digits))));
      return true;
    }
  }
  if (type == 'b' && !ctx.bytesMode)
    type = 0xFFFFFFFF; // %b is bytes-only: reported as unsupported below
  switch (type) {
  case 's':
  case 'r':
  case 'a':
  case 'b': {
    if (ctx.bytesMode && (type == 's' || type == 'b')) {
      const uint8_t *data;
      int64_t n;
      Value holder;
      if (!bytesLikeData(v, &data, &n)) {
        Value m = lookupSpecial(v, intern("__bytes__"));
        if (!m) {
          if (errOccurred())
            return false;
          raise(&TypeErrorType,
                "%%b requires a bytes-like object, or an object that implements __bytes__, "
                "not '%s'",
                typeName(v));
          return false;
        }
        holder = call(m, nullptr, 0);
        if (!holder)
          return false;
        if (!isBytes(holder)) {
          raise(&TypeErrorType, "__bytes__ returned non-bytes (type %s)", typeName(holder));
          return false;
        }
        data = bytesData(holder);
        n = bytesSize(holder);
      }
      if (prec >= 0 && prec < n)
        n = prec;
      padText(out, flags, width, n, true);
      for (int64_t i = 0; i < n; i++)
        out.append(uint32_t(data[i]));
      padText(out, flags, width, n, false);
      return true;
    }
    Value t = (type == 's') ? str(v) : (type == 'r' && !ctx.bytesMode) ? repr(v) : ascii(v);
    if (!t)
      return false;
    Str *ts = t.as<Str>();
    int64_t n = prec >= 0 && prec < ts->length ? prec : ts->length;
    padText(out, flags, width, n, true);
    out.append(ts, 0, n);
    padText(out, flags, width, n, false);
    return true;
  }
  case 'd':
  case 'i':
  case 'u':
  case 'o':
  case 'x':
  case 'X': {
    Value iv = percentIntArg(v, type);
    if (!iv)
      return false;
    std::string text;
    if (!formatIntText(iv, type, prec, flags & F_ALT, text))
      return false;
    layoutNumber(out, text, flags, width, type);
    return true;
  }
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G': {
    double d;
    if (isFloat(v)) {
      d = floatValue(v);
    } else if (!toDouble(v, &d)) {
      if (errMatches(&TypeErrorType)) {
        clearError();
        raise(&TypeErrorType, "must be real number, not %s", typeName(v));
      }
      return false;
    }
    if (prec < 0)
      prec = 6;
    layoutNumber(out, formatDouble(d, char(type), int(prec), flags & F_ALT, false), flags, width,
                 type);
    return true;
  }
  case 'c': {
    uint32_t cp;
    if (ctx.bytesMode) {
      const uint8_t *data;
      int64_t n;
      if (isBytes(v) || isByteArray(v)) {
        bytesLikeData(v, &data, &n);
        if (n != 1) {
          raise(&TypeErrorType, "%%c requires an integer in range(256) or a single byte");
          return false;
        }
        cp = data[0];
      } else {
        Value iv = isInt(v) ? v : (typeOf(v)->toIndex ? numberIndex(v) : Value());
        if (!iv) {
          if (!errOccurred())
            raise(&TypeErrorType, "%%c requires an integer in range(256) or a single byte");
          return false;
        }
        int64_t x;
        if (!intAsI64(iv, &x) || x < 0 || x > 255) {
          raise(&OverflowErrorType, "%%c arg not in range(256)");
          return false;
        }
        cp = uint32_t(x);
      }
    } else if (isStr(v)) {
      if (v.as<Str>()->length != 1) {
        raise(&TypeErrorType, "%%c requires int or char");
        return false;
      }
      cp = v.as<Str>()->at(0);
    } else if (isInt(v)) {
      int64_t x;
      if (!intAsI64(v, &x) || x < 0 || x > 0x10FFFF) {
        raise(&OverflowErrorType, "%%c arg not in range(0x110000)");
        return false;
      }
      cp = uint32_t(x);
    } else {
      raise(&TypeErrorType, "%%c requires int or char");
      return false;
    }
    padText(out, flags, width, 1, true);
    out.append(cp);
    padText(out, flags, width, 1, false);
    return true;
  }
  default:
    if (type == 0xFFFFFFFF)
      type = 'b';
    raise(&ValueErrorType, "unsupported format character '%c' (0x%x) at index %lld",
          (type >= 32 && type <= 126) ? char(type) : '?', unsigned(type), (long long)fmtPos);
    return false;
  }
}

bool runPercent(PercentCtx &ctx, StrBuilder &out) {
  Value args = ctx.args;
  if (isTuple(args)) {
    ctx.argLen = args.as<Tuple>()->size;
  } else {
    ctx.argLen = -1;
  }
  if (!isTuple(args) && !isStr(args) && typeOf(args)->getitem)
    ctx.dict = args;
  int64_t n = ctx.fmtLen, i = 0;
  while (i < n) {
    uint32_t c = ctx.at(i);
    if (c != '%') {
      int64_t j = i;
      while (j < n && ctx.at(j) != '%')
        j++;
      if (ctx.bytesMode)
        out.appendLatin1(ctx.fmtBytes + i, j - i);
      else
        out.append(ctx.fmtStr, i, j);
      i = j;
      continue;
    }
    i++;
    if (i >= n) {
      raise(&ValueErrorType, "incomplete format");
      return false;
    }
    if (ctx.at(i) == '%') {
      out.append('%');
      i++;
      continue;
    }
    Value v;
    bool haveKeyArg = false;
    if (ctx.at(i) == '(') {
      if (!ctx.dict) {
        raise(&TypeErrorType, "format requires a mapping");
        return false;
      }
      i++;
      int64_t keyStart = i;
      int depth = 1;
      while (i < n) {
        uint32_t d = ctx.at(i);
        if (d == ')' && --depth == 0)
          break;
        if (d == '(')
          depth++;
        i++;
      }
      if (i >= n) {
        raise(&ValueErrorType, "incomplete format key");
        return false;
      }
      Value key;
      if (ctx.bytesMode)
        key = bytesFromData(reinterpret_cast<const char *>(ctx.fmtBytes + keyStart),
                            size_t(i - keyStart));
      else
        key = strSubstring(Value::object(ctx.fmtStr), keyStart, i);
      if (!key)
        return false;
      i++; // ')'
      v = getItem(ctx.dict, key);
      if (!v)
        return false;
      haveKeyArg = true;
      ctx.argLen = -1;
      ctx.usedSingle = true; // positional args are now exhausted
      ctx.argIndex = 1;
    }
    int flags = 0;
    while (i < n) {
      uint32_t d = ctx.at(i);
      if (d == '-') flags |= F_LJUST;
      else if (d == '+') flags |= F_SIGN;
      else if (d == ' ') flags |= F_BLANK;
      else if (d == '#') flags |= F_ALT;
      else if (d == '0') flags |= F_ZERO;
      else break;
      i++;
    }
    int64_t width = -1, prec = -1;
    auto starArg = [&](int64_t *outv) -> bool {
      Value a = ctx.nextArg();
      if (!a)
        return false;
      if (!isInt(a)) {
        raise(&TypeErrorType, "* wants int");
        return false;
      }
      if (!intToSsize(a, outv))
        return false;
      return true;
    };
    if (i < n && ctx.at(i) == '*') {
      if (!starArg(&width))
        return false;
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      i++;
    } else {
      while (i < n && ctx.at(i) >= '0' && ctx.at(i) <= '9') {
        if (width < 0)
          width = 0;
        if (width > (INT64_MAX - 9) / 10) {
          raise(&ValueErrorType, "width too big");
          return false;
        }
        width = width * 10 + (ctx.at(i) - '0');
        i++;
      }
    }
    if (i < n && ctx.at(i) == '.') {
      i++;
      prec = 0;
      if (i < n && ctx.at(i) == '*') {
        if (!starArg(&prec))
          return false;
        if (prec < 0)
          prec = 0;
        i++;
      } else {
        while (i < n && ctx.at(i) >= '0' && ctx.at(i) <= '9') {
          if (prec > (INT64_MAX - 9) / 10) {
            raise(&ValueErrorType, "precision too big");
            return false;
          }
          prec = prec * 10 + (ctx.at(i) - '0');
          i++;
        }
      }
    }
    while (i < n && (ctx.at(i) == 'h' || ctx.at(i) == 'l' || ctx.at(i) == 'L'))
      i++;
    if (i >= n) {
      raise(&ValueErrorType, "incomplete format");
      return false;
    }
    uint32_t type = ctx.at(i);
    int64_t typePos = i;
    i++;
    if (flags & F_LJUST)
      flags &= ~F_ZERO;
    if (!haveKeyArg) {
      v = ctx.nextArg();
      if (!v)
        return false;
    }
    if (!formatOne(ctx, out, type, v, flags, width, prec, typePos))
      return false;
  }
  if (ctx.argLen >= 0 ? ctx.argIndex < ctx.argLen : (!ctx.usedSingle && !ctx.dict)) {
    raise(&TypeErrorType, "not all arguments converted during %s formatting",
          ctx.bytesMode ? "bytes" : "string");
    return false;
  }
  return true;
}

} // namespace

Value strMod(Value fmt, Value args) {
  if (!isStr(fmt))
    return NotImplemented();
  PercentCtx ctx;
  ctx.fmtStr = fmt.as<Str>();
  ctx.fmtLen = ctx.fmtStr->length;
  ctx.args = args;
  StrBuilder out;
  if (!runPercent(ctx, out))
    return Value();
  return out.build();
}

Value bytesMod(Value fmt, Value args, bool asByteArray) {
  const uint8_t *data;
  int64_t n;
  if (!bytesLikeData(fmt, &data, &n))
    return NotImplemented();
  PercentCtx ctx;
  ctx.bytesMode = true;
  ctx.fmtBytes = data;
  ctx.fmtLen = n;
  ctx.args = args;
  StrBuilder out;
  if (!runPercent(ctx, out))
    return Value();
  // Every code point is below 256 in bytes mode: the builder holds bytes.
  const char *bytes = static_cast<const char *>(out.data());
  return asByteArray ? byteArrayFromData(bytes, size_t(out.size()))
                     : bytesFromData(bytes, size_t(out.size()));
}

} // namespace kiln::rt
