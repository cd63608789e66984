//===- ParserString.cpp - String literals and f-strings ------------------===//
//
// A run of adjacent STRING tokens becomes one Constant (str or bytes) or,
// when any of them is an f-string, one JoinedStr. As in CPython 3.11, the
// parts of a JoinedStr (its Constants and FormattedValues) carry the span of
// the whole run, and each replacement field's expression is parsed on its
// own, as the text "(expr)" placed where the field's '{' is in the file.
//
//===----------------------------------------------------------------------===//
#include "frontend/Parser.h"

#include "frontend/Unicode.h"

#include <cstdio>

namespace kiln::frontend {

/// Decodes one run of string tokens for Parser::strings().
class StringParser {
public:
  StringParser(Parser &p, const Token &first) : p_(p), first_(first) {}

  Expr *parse();

private:
  struct Prefix {
    bool raw = false, bytes = false, fstring = false, unicode = false;
    size_t length = 0; // prefix characters
  };
  static Prefix readPrefix(std::string_view text);

  [[noreturn]] void errorAtTokenEnd(const Token &t, std::string msg) {
    p_.raiseAt("SyntaxError", std::move(msg), t.endLine, t.endCol, t.endLine, t.endCol);
  }
  [[noreturn]] void errorAtToken(const Token &t, std::string msg) {
    p_.raiseAt("SyntaxError", std::move(msg), t.line, t.col, t.line, t.col);
  }

  /// Decodes backslash escapes of a str (\p isBytes: of a bytes) literal.
  std::string decodeEscapes(const Token &t, std::string_view body, bool isBytes);
  /// Parses an f-string body into parts; returns at the end or, in a format
  /// spec (depth > 0), at its closing '}'.
  void parseFString(const Token &t, std::string_view body, size_t &i, bool raw, int depth,
                    std::vector<Expr *> &parts);
  void addLiteral(std::vector<Expr *> &parts, std::string text);
  /// Appends the pending literal text as a Constant spanning \p from to \p to.
  void flushLiteral(std::vector<Expr *> &parts, const Token &from, const Token &to);
  Expr *parseReplacementField(const Token &t, std::string_view body, size_t &i, bool raw,
                              int depth, std::vector<Expr *> &parts);
  template <typename T> T *spanned(T *n) {
    n->lineno = first_.line;
    n->col_offset = first_.col;
    n->end_lineno = last_->endLine;
    n->end_col_offset = last_->endCol;
    return n;
  }

  Parser &p_;
  const Token &first_;
  const Token *last_ = nullptr;
  std::string pending_;
  bool hasPending_ = false;
  bool kindU_ = false;
  size_t bodyOffset_ = 0; // offset of the body within the token text
};

StringParser::Prefix StringParser::readPrefix(std::string_view text) {
  Prefix p;
  size_t i = 0;
  while (i < text.size() && text[i] != '\'' && text[i] != '"') {
    switch (text[i]) {
    case 'r': case 'R': p.raw = true; break;
    case 'b': case 'B': p.bytes = true; break;
    case 'f': case 'F': p.fstring = true; break;
    case 'u': case 'U': p.unicode = true; break;
    default: break;
    }
    ++i;
  }
  p.length = i;
  return p;
}

std::string StringParser::decodeEscapes(const Token &t, std::string_view body, bool isBytes) {
  std::string out;
  out.reserve(body.size());
  auto unicodeError = [&](size_t start, size_t end, const char *what) {
    char buf[200];
    std::snprintf(buf, sizeof buf,
                  "(%s error) '%s' codec can't decode bytes in position %zu-%zu: %s",
                  isBytes ? "value" : "unicode", isBytes ? "unicodeescape" : "unicodeescape",
                  start, end, what);
    std::string msg = buf;
    if (isBytes) {
      std::snprintf(buf, sizeof buf, "(value error) invalid \\x escape at position %zu", start);
      msg = buf;
    }
    p_.raiseAt("SyntaxError", msg, t.line, t.col, t.line, t.col);
  };
  size_t i = 0;
  while (i < body.size()) {
    char c = body[i];
    if (c != '\\') {
      if (isBytes && (unsigned char)c >= 0x80)
        p_.raiseAt("SyntaxError", "bytes can only contain ASCII literal characters", t.line,
                   t.col, t.endLine, t.endCol);
      out += c;
      ++i;
      continue;
    }
    size_t escStart = i;
    ++i;
    if (i >= body.size()) {
      out += '\\';
      break;
    }
    char e = body[i++];
    auto appendValue = [&](uint32_t v) {
      if (isBytes)
        out += char(v & 0xFF);
      else
        unicode::appendUtf8(out, v);
    };
    switch (e) {
    case '\n': break;
    case '\\': out += '\\'; break;
    case '\'': out += '\''; break;
    case '"': out += '"'; break;
    case 'a': out += '\a'; break;
    case 'b': out += '\b'; break;
    case 'f': out += '\f'; break;
    case 'n': out += '\n'; break;
    case 'r': out += '\r'; break;
    case 't': out += '\t'; break;
    case 'v': out += '\v'; break;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
      uint32_t v = uint32_t(e - '0');
      for (int k = 0; k < 2 && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++k)
        v = v * 8 + uint32_t(body[i++] - '0');
      appendValue(v);
      break;
    }
    case 'x':
    case 'u':
    case 'U': {
      if (isBytes && e != 'x') {
        out += '\\';
        out += e;
        break;
      }
      int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
      uint32_t v = 0;
      int k = 0;
      for (; k < digits && i < body.size(); ++k) {
        char h = body[i];
        int d = (h >= '0' && h <= '9')   ? h - '0'
                : (h >= 'a' && h <= 'f') ? h - 'a' + 10
                : (h >= 'A' && h <= 'F') ? h - 'A' + 10
                                         : -1;
        if (d < 0)
          break;
        v = v * 16 + uint32_t(d);
        ++i;
      }
      if (k < digits) {
        std::string what = e == 'x' ? "truncated \\xXX escape"
                           : e == 'u' ? "truncated \\uXXXX escape"
                                      : "truncated \\UXXXXXXXX escape";
        unicodeError(escStart, i - 1, what.c_str());
      }
      if (v > 0x10FFFF)
        unicodeError(escStart, i - 1, "illegal Unicode character");
      appendValue(v);
      break;
    }
    case 'N': {
      if (isBytes) {
        out += "\\N";
        break;
      }
      uint32_t cp = 0;
      bool ok = false;
      if (i < body.size() && body[i] == '{') {
        size_t close = body.find('}', i);
        if (close != std::string_view::npos) {
          ok = unicode::lookupName(body.substr(i + 1, close - i - 1), cp);
          if (ok)
            i = close + 1;
          else
            unicodeError(escStart, close, "unknown Unicode character name");
        }
      }
      if (!ok)
        unicodeError(escStart, i - 1, "malformed \\N character escape");
      unicode::appendUtf8(out, cp);
      break;
    }
    default:
      // Unknown escapes keep their backslash (a DeprecationWarning in CPython).
      out += '\\';
      --i;
      break;
    }
  }
  return out;
}

void StringParser::addLiteral(std::vector<Expr *> &parts, std::string text) {
  (void)parts;
  pending_ += text;
  hasPending_ = true;
}

void StringParser::flushLiteral(std::vector<Expr *> &parts, const Token &from,
                                const Token &to) {
  if (hasPending_ && !pending_.empty()) {
    auto *c = p_.arena_.make<ConstantExpr>();
    c->value = Constant::str(pending_);
    if (kindU_)
      c->kind = "u";
    c->lineno = from.line;
    c->col_offset = from.col;
    c->end_lineno = to.endLine;
    c->end_col_offset = to.endCol;
    parts.push_back(c);
  }
  pending_.clear();
  hasPending_ = false;
}

Expr *StringParser::parse() {
  std::vector<const Token *> toks;
  while (p_.at(TokenKind::STRING))
    toks.push_back(&p_.next());
  last_ = toks.back();
  bool anyF = false, anyBytes = false, anyStr = false;
  for (const Token *t : toks) {
    Prefix pre = readPrefix(t->text);
    anyF |= pre.fstring;
    (pre.bytes ? anyBytes : anyStr) = true;
  }
  if (anyBytes && anyStr)
    p_.raiseAt("SyntaxError", "cannot mix bytes and nonbytes literals", first_.line, first_.col,
               last_->endLine, last_->endCol);
  kindU_ = readPrefix(toks.front()->text).unicode;

  std::vector<Expr *> parts;
  for (const Token *t : toks) {
    Prefix pre = readPrefix(t->text);
    std::string_view text = t->text.substr(pre.length);
    char q = text[0];
    size_t quoteLen = text.size() >= 6 && text[1] == q && text[2] == q ? 3 : 1;
    std::string_view body = text.substr(quoteLen, text.size() - 2 * quoteLen);
    bodyOffset_ = pre.length + quoteLen;
    if (pre.fstring) {
      size_t i = 0;
      parseFString(*t, body, i, pre.raw, 0, parts);
    } else if (pre.raw) {
      if (pre.bytes) {
        for (unsigned char c : body)
          if (c >= 0x80)
            p_.raiseAt("SyntaxError", "bytes can only contain ASCII literal characters",
                       t->line, t->col, t->endLine, t->endCol);
      }
      addLiteral(parts, std::string(body));
    } else {
      addLiteral(parts, decodeEscapes(*t, body, pre.bytes));
    }
  }
  if (!anyF) {
    auto *c = p_.make<ConstantExpr>(first_);
    c->value = anyBytes ? Constant::bytes(pending_) : Constant::str(pending_);
    if (kindU_)
      c->kind = "u";
    c->end_lineno = last_->endLine;
    c->end_col_offset = last_->endCol;
    return c;
  }
  flushLiteral(parts, first_, *last_);
  auto *j = p_.make<JoinedStr>(first_);
  j->values = std::move(parts);
  j->end_lineno = last_->endLine;
  j->end_col_offset = last_->endCol;
  return j;
}

void StringParser::parseFString(const Token &t, std::string_view body, size_t &i, bool raw,
                                int depth, std::vector<Expr *> &parts) {
  for (;;) {
    // Literal text up to a '{' or '}'.
    size_t litStart = i;
    std::string literal;
    bool endOfSpec = false, field = false;
    while (i < body.size()) {
      char ch = body[i++];
      if (!raw && ch == '\\' && i < body.size()) {
        ch = body[i++];
        if (ch == 'N') {
          if (i < body.size() && body[i++] == '{') {
            while (i < body.size() && body[i++] != '}') {
            }
          }
          continue;
        }
      }
      if (ch == '{' || ch == '}') {
        if (depth == 0) {
          if (i < body.size() && body[i] == ch) {
            // Doubled brace: the literal so far plus one brace.
            std::string_view chunk = body.substr(litStart, i - litStart);
            literal += raw ? std::string(chunk) : decodeEscapes(t, chunk, false);
            ++i;
            litStart = i;
            continue;
          }
          if (ch == '}')
            errorAtTokenEnd(t, "f-string: single '}' is not allowed");
        }
        --i;
        if (ch == '{')
          field = true;
        else
          endOfSpec = true;
        break;
      }
    }
    std::string_view chunk = body.substr(litStart, i - litStart);
    literal += raw ? std::string(chunk) : decodeEscapes(t, chunk, false);
    if (!literal.empty())
      addLiteral(parts, std::move(literal));
    if (endOfSpec || !field)
      return;
    if (depth >= 2)
      errorAtTokenEnd(t, "f-string: expressions nested too deeply");
    ++i; // '{'
    parseReplacementField(t, body, i, raw, depth, parts);
  }
}

Expr *StringParser::parseReplacementField(const Token &t, std::string_view body, size_t &i,
                                          bool raw, int depth, std::vector<Expr *> &parts) {
  size_t braceIndex = i - 1;
  size_t exprStart = i;
  char quote = 0;
  int quoteLen = 0;
  std::vector<char> nesting;
  for (; i < body.size(); ++i) {
    char ch = body[i];
    if (ch == '\\')
      errorAtTokenEnd(t, "f-string expression part cannot include a backslash");
    if (quote) {
      if (ch == quote) {
        if (quoteLen == 3) {
          if (i + 2 < body.size() && body[i + 1] == quote && body[i + 2] == quote) {
            i += 2;
            quote = 0;
          }
        } else {
          quote = 0;
        }
      }
      continue;
    }
    if (ch == '\'' || ch == '"') {
      if (i + 2 < body.size() && body[i + 1] == ch && body[i + 2] == ch) {
        quoteLen = 3;
        i += 2;
      } else {
        quoteLen = 1;
      }
      quote = ch;
      continue;
    }
    if (ch == '[' || ch == '(' || ch == '{') {
      if (nesting.size() >= 200)
        errorAtTokenEnd(t, "f-string: too many nested parenthesis");
      nesting.push_back(ch);
      continue;
    }
    if (ch == '#')
      errorAtTokenEnd(t, "f-string expression part cannot include '#'");
    if (nesting.empty() &&
        (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
      if (i + 1 < body.size()) {
        char n = body[i + 1];
        if ((ch == '!' && n == '=') || (ch == '=' && n == '=') || (ch == '<' && n == '=') ||
            (ch == '>' && n == '=')) {
          ++i;
          continue;
        }
      }
      if (ch == '>' || ch == '<')
        continue;
      break;
    }
    if (ch == ']' || ch == '}' || ch == ')') {
      if (nesting.empty())
        errorAtTokenEnd(t, std::string("f-string: unmatched '") + ch + "'");
      char open = nesting.back();
      nesting.pop_back();
      if ((open == '(' && ch != ')') || (open == '[' && ch != ']') ||
          (open == '{' && ch != '}'))
        errorAtTokenEnd(t, std::string("f-string: closing parenthesis '") + ch +
                               "' does not match opening parenthesis '" + open + "'");
    }
  }
  if (quote)
    errorAtTokenEnd(t, "f-string: unterminated string");
  if (!nesting.empty())
    errorAtTokenEnd(t, std::string("f-string: unmatched '") + nesting.back() + "'");
  if (i >= body.size())
    errorAtTokenEnd(t, "f-string: expecting '}'");
  std::string_view exprText = body.substr(exprStart, i - exprStart);
  bool blank = true;
  for (char c : exprText)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r')
      blank = false;
  if (blank) {
    if (body[i] == '}')
      errorAtTokenEnd(t, "f-string: empty expression not allowed");
    errorAtTokenEnd(t, std::string("f-string: expression required before '") + body[i] + "'");
  }
  // Where the '{' is in the file.
  size_t braceInToken = bodyOffset_ + braceIndex;
  int lines = 0;
  size_t lastNl = std::string_view::npos;
  for (size_t k = 0; k < braceInToken; ++k) {
    if (t.text[k] == '\n') {
      ++lines;
      lastNl = k;
    }
  }
  int braceCol = lines == 0 ? t.col + int(braceInToken) : int(braceInToken - lastNl - 1);
  Expr *value = p_.parseFStringExpression(exprText, t.line + lines, braceCol, true);

  // '=' puts the expression's text before the value.
  bool debug = false;
  if (body[i] == '=') {
    debug = true;
    ++i;
    while (i < body.size() && (body[i] == ' ' || body[i] == '\t' || body[i] == '\n' ||
                               body[i] == '\r' || body[i] == '\f' || body[i] == '\v'))
      ++i;
    addLiteral(parts, std::string(body.substr(exprStart, i - exprStart)));
  }
  int conversion = -1;
  if (i < body.size() && body[i] == '!') {
    ++i;
    if (i >= body.size())
      errorAtTokenEnd(t, "f-string: expecting '}'");
    char c = body[i++];
    if (c != 's' && c != 'r' && c != 'a')
      errorAtTokenEnd(t, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    conversion = c;
  }
  Expr *spec = nullptr;
  if (i < body.size() && body[i] == ':') {
    ++i;
    if (i >= body.size())
      errorAtTokenEnd(t, "f-string: expecting '}'");
    std::vector<Expr *> specParts;
    std::string savedPending = std::move(pending_);
    bool savedHas = hasPending_;
    pending_.clear();
    hasPending_ = false;
    parseFString(t, body, i, raw, depth + 1, specParts);
    // What remains of a format spec spans the current token only.
    flushLiteral(specParts, t, t);
    pending_ = std::move(savedPending);
    hasPending_ = savedHas;
    auto *j = p_.arena_.make<JoinedStr>();
    j->values = std::move(specParts);
    j->lineno = t.line;
    j->col_offset = t.col;
    j->end_lineno = t.endLine;
    j->end_col_offset = t.endCol;
    spec = j;
  }
  if (i >= body.size() || body[i] != '}')
    errorAtTokenEnd(t, "f-string: expecting '}'");
  ++i;
  if (debug && conversion == -1 && !spec)
    conversion = 'r';
  flushLiteral(parts, first_, *last_);
  auto *fv = p_.arena_.make<FormattedValue>();
  fv->value = value;
  fv->conversion = conversion;
  fv->format_spec = spec;
  parts.push_back(spanned(fv));
  return fv;
}

Expr *Parser::strings() {
  const Token &first = peek();
  StringParser sp(*this, first);
  return sp.parse();
}

// A replacement field's expression, parsed as "(expr)" by a parser of its
// own whose tokens are shifted to the field's place in the file. Errors
// read "f-string: ..." and show the "(expr)" text, as CPython 3.11's do.
Expr *Parser::parseFStringExpression(std::string_view text, int line, int col,
                                     bool allowYield) {
  Source sub;
  SyntaxErrorInfo ignored;
  sub.loadText("(" + std::string(text) + ")", source_.filename(), ignored);
  AstArena &arena = arena_;
  Parser inner(sub, arena);
  inner.stackBase_ = stackBase_;
  inner.nesting_ = nesting_;
  inner.tokenizer_.setPositionOffset(line - 1, col);
  inner.functionDepth_ = functionDepth_;
  try {
    Expr *e = inner.starExpressions();
    inner.accept(TokenKind::NEWLINE);
    inner.expect(TokenKind::ENDMARKER);
    e->parenthesized = false;
    return e;
  } catch (const ParseFailure &f) {
    inner.finishError(f.lexical);
    SyntaxErrorInfo err = inner.error_;
    if (err.noLocation) { // MemoryError: too deeply nested
      error_ = err;
      errorSet_ = true;
      throw ParseFailure{true};
    }
    // Positions inside the "(expr)" text, on the field's line.
    if (!f.lexical) {
      int relLine = err.line - (line - 1);
      if (relLine == 1) {
        err.col = err.col >= 0 ? err.col - col : err.col;
        if (err.endLine == err.line && err.endCol >= 0)
          err.endCol -= col;
      }
    }
    err.text = std::string(sub.line(err.line - (line - 1)));
    err.msg = "f-string: " + err.msg;
    err.filename = source_.filename();
    error_ = err;
    errorSet_ = true;
    throw ParseFailure{true};
  }
}

} // namespace kiln::frontend
