//===- Tokenizer.cpp - Python 3.11 lexical analysis ----------------------===//
//
// Error locations follow CPython's tokenizer: most lexical errors point at
// the character before the tokenizer's current position (a 1-based CPython
// offset equal to the 0-based index of the current position), and span one
// column.
//
//===----------------------------------------------------------------------===//
#include "frontend/Tokenizer.h"

#include "frontend/Unicode.h"

#include <cstdio>
#include <cstring>

namespace kiln::frontend {

namespace {
constexpr int kMaxIndent = 100;
constexpr int kMaxLevel = 200;
constexpr int kTabSize = 8;

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAsciiIdStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool isAsciiIdChar(char c) { return isAsciiIdStart(c) || isDigit(c); }
/// The operator at \p pos (longest match): its length, or 0.
size_t matchOperator(std::string_view t, size_t pos, TokenKind &kind) {
  auto at = [&](size_t k) { return pos + k < t.size() ? t[pos + k] : '\0'; };
  char c = at(0), d = at(1), e = at(2);
  auto pick = [&](TokenKind k, size_t n) {
    kind = k;
    return n;
  };
  switch (c) {
  case '(': return pick(TokenKind::LPAR, 1);
  case ')': return pick(TokenKind::RPAR, 1);
  case '[': return pick(TokenKind::LSQB, 1);
  case ']': return pick(TokenKind::RSQB, 1);
  case '{': return pick(TokenKind::LBRACE, 1);
  case '}': return pick(TokenKind::RBRACE, 1);
  case ',': return pick(TokenKind::COMMA, 1);
  case ';': return pick(TokenKind::SEMI, 1);
  case '~': return pick(TokenKind::TILDE, 1);
  case ':': return d == '=' ? pick(TokenKind::COLONEQUAL, 2) : pick(TokenKind::COLON, 1);
  case '+': return d == '=' ? pick(TokenKind::PLUSEQUAL, 2) : pick(TokenKind::PLUS, 1);
  case '-':
    if (d == '=')
      return pick(TokenKind::MINEQUAL, 2);
    if (d == '>')
      return pick(TokenKind::RARROW, 2);
    return pick(TokenKind::MINUS, 1);
  case '*':
    if (d == '*')
      return e == '=' ? pick(TokenKind::DOUBLESTAREQUAL, 3) : pick(TokenKind::DOUBLESTAR, 2);
    return d == '=' ? pick(TokenKind::STAREQUAL, 2) : pick(TokenKind::STAR, 1);
  case '/':
    if (d == '/')
      return e == '=' ? pick(TokenKind::DOUBLESLASHEQUAL, 3) : pick(TokenKind::DOUBLESLASH, 2);
    return d == '=' ? pick(TokenKind::SLASHEQUAL, 2) : pick(TokenKind::SLASH, 1);
  case '|': return d == '=' ? pick(TokenKind::VBAREQUAL, 2) : pick(TokenKind::VBAR, 1);
  case '&': return d == '=' ? pick(TokenKind::AMPEREQUAL, 2) : pick(TokenKind::AMPER, 1);
  case '^':
    return d == '=' ? pick(TokenKind::CIRCUMFLEXEQUAL, 2) : pick(TokenKind::CIRCUMFLEX, 1);
  case '%': return d == '=' ? pick(TokenKind::PERCENTEQUAL, 2) : pick(TokenKind::PERCENT, 1);
  case '@': return d == '=' ? pick(TokenKind::ATEQUAL, 2) : pick(TokenKind::AT, 1);
  case '=': return d == '=' ? pick(TokenKind::EQEQUAL, 2) : pick(TokenKind::EQUAL, 1);
  case '!': return d == '=' ? pick(TokenKind::NOTEQUAL, 2) : pick(TokenKind::EXCLAMATION, 1);
  case '.':
    if (d == '.' && e == '.')
      return pick(TokenKind::ELLIPSIS, 3);
    return pick(TokenKind::DOT, 1);
  case '<':
    if (d == '<')
      return e == '=' ? pick(TokenKind::LEFTSHIFTEQUAL, 3) : pick(TokenKind::LEFTSHIFT, 2);
    return d == '=' ? pick(TokenKind::LESSEQUAL, 2) : pick(TokenKind::LESS, 1);
  case '>':
    if (d == '>')
      return e == '=' ? pick(TokenKind::RIGHTSHIFTEQUAL, 3) : pick(TokenKind::RIGHTSHIFT, 2);
    return d == '=' ? pick(TokenKind::GREATEREQUAL, 2) : pick(TokenKind::GREATER, 1);
  default: return 0;
  }
}

bool isPotentialIdChar(char c) {
  return isAsciiIdChar(c) || (unsigned char)c >= 128;
}
} // namespace

const char *tokenKindText(TokenKind kind) {
  switch (kind) {
  case TokenKind::ENDMARKER: return "ENDMARKER";
  case TokenKind::NAME: return "NAME";
  case TokenKind::NUMBER: return "NUMBER";
  case TokenKind::STRING: return "STRING";
  case TokenKind::NEWLINE: return "NEWLINE";
  case TokenKind::INDENT: return "INDENT";
  case TokenKind::DEDENT: return "DEDENT";
  case TokenKind::ERRORTOKEN: return "ERRORTOKEN";
#define X(name, text)                                                          \
  case TokenKind::name:                                                        \
    return text;
    KILN_OPERATOR_TOKENS(X)
#undef X
  }
  return "?";
}

Kw lookupKeyword(std::string_view text) {
  // Keywords are 2 to 8 lowercase letters, or False/None/True.
  if (text.size() < 2 || text.size() > 8)
    return Kw::NotAKeyword;
  char c = text[0];
  if (!((c >= 'a' && c <= 'z') || c == 'F' || c == 'N' || c == 'T'))
    return Kw::NotAKeyword;
  static const struct {
    const char *text;
    Kw kw;
  } table[] = {
#define X(name, text) {text, Kw::name},
      KILN_KEYWORDS(X)
#undef X
  };
  for (const auto &e : table)
    if (e.text[0] == c && text == e.text)
      return e.kw;
  return Kw::NotAKeyword;
}

Tokenizer::Tokenizer(const Source &source) : source_(source), text_(source.text()) {}

bool Tokenizer::fail(const char *type, std::string msg, int line, int col, int endLine,
                     int endCol) {
  error_.type = type;
  error_.msg = std::move(msg);
  error_.filename = source_.filename();
  error_.line = line;
  error_.col = col;
  error_.endLine = endLine ? endLine : line;
  error_.endCol = endCol;
  error_.text = std::string(source_.line(line));
  return false;
}

void Tokenizer::setToken(Token &tok, TokenKind kind, size_t start, size_t end) {
  tok.kind = kind;
  tok.keyword = Kw::NotAKeyword;
  tok.line = line_;
  tok.col = colOf(start);
  tok.endLine = line_;
  tok.endCol = colOf(end);
  tok.text = text_.substr(start, end - start);
}

// Computes the indentation of a new logical line and queues INDENT/DEDENT
// tokens. Blank and comment-only lines do not affect indentation.
bool Tokenizer::atLineStart(Token &tok, bool &emitted) {
  emitted = false;
  atBol_ = false;
  int col = 0, altCol = 0;
  size_t p = pos_;
  for (; p < text_.size(); ++p) {
    char c = text_[p];
    if (c == ' ') {
      ++col;
      ++altCol;
    } else if (c == '\t') {
      col = (col / kTabSize + 1) * kTabSize;
      ++altCol;
    } else if (c == '\f') {
      col = altCol = 0;
    } else {
      break;
    }
  }
  pos_ = p;
  bool blank = p >= text_.size() || text_[p] == '#' || text_[p] == '\n' ||
               (text_[p] == '\\' && p + 1 < text_.size() && text_[p + 1] == '\n' &&
                false);
  if (blank || !brackets_.empty())
    return true;
  int indentBytes = colOf(p);
  auto indentError = [&](const char *type, const char *msg, int errCol, int errEnd) {
    indentError_ = true;
    return fail(type, msg, line_, errCol, line_, errEnd);
  };
  if (col == indents_.back()) {
    if (altCol != altIndents_.back())
      return indentError("TabError", "inconsistent use of tabs and spaces in indentation", 0,
                         -1);
  } else if (col > indents_.back()) {
    if (int(indents_.size()) >= kMaxIndent)
      return indentError("IndentationError", "too many levels of indentation", 0, -1);
    if (altCol <= altIndents_.back())
      return indentError("TabError", "inconsistent use of tabs and spaces in indentation", 0,
                         -1);
    indents_.push_back(col);
    altIndents_.push_back(altCol);
    ++pendingIndents_;
  } else {
    while (indents_.size() > 1 && col < indents_.back()) {
      indents_.pop_back();
      altIndents_.pop_back();
      --pendingIndents_;
    }
    if (col != indents_.back()) {
      std::string_view l = source_.line(line_);
      return indentError("IndentationError",
                         "unindent does not match any outer indentation level",
                         int(l.size()) - 1, -2);
    }
    if (altCol != altIndents_.back())
      return indentError("TabError", "inconsistent use of tabs and spaces in indentation", 0,
                         -1);
  }
  (void)indentBytes;
  (void)tok;
  return true;
}

bool Tokenizer::next(Token &tok) {
  if (!nextUnshifted(tok)) {
    error_.line += lineOffset_;
    if (error_.endLine)
      error_.endLine += lineOffset_;
    return false;
  }
  tok.level = int(brackets_.size());
  if (lineOffset_ || colOffset_) {
    if (tok.line == 1 && tok.col >= 0)
      tok.col += colOffset_;
    if (tok.endLine == 1 && tok.endCol >= 0)
      tok.endCol += colOffset_;
    tok.line += lineOffset_;
    tok.endLine += lineOffset_;
  }
  return true;
}

bool Tokenizer::nextUnshifted(Token &tok) {
  for (;;) {
    // Pending INDENT/DEDENT tokens come first. CPython gives them no column;
    // errors reported at them use the position after the indentation.
    if (pendingIndents_ != 0) {
      TokenKind kind = pendingIndents_ > 0 ? TokenKind::INDENT : TokenKind::DEDENT;
      pendingIndents_ += pendingIndents_ > 0 ? -1 : 1;
      setToken(tok, kind, pos_, pos_);
      tok.col = tok.endCol = -1;
      return true;
    }
    if (atBol_ && !continuation_) {
      bool emitted;
      if (!atLineStart(tok, emitted))
        return false;
      if (pendingIndents_ != 0)
        continue;
    }
    atBol_ = false;
    continuation_ = false;
    // Skip blanks and comments.
    while (pos_ < text_.size() &&
           (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\f'))
      ++pos_;
    if (pos_ < text_.size() && text_[pos_] == '#') {
      while (pos_ < text_.size() && text_[pos_] != '\n')
        ++pos_;
    }
    if (pos_ >= text_.size()) {
      // End of input: an implicit NEWLINE ends an unfinished logical line.
      if (!brackets_.empty()) {
        eofInBrackets_ = true;
        const OpenBracket &b = brackets_.back();
        std::string msg = std::string("'") + b.ch + "' was never closed";
        return fail("SyntaxError", msg, b.line, b.col, b.line, -1);
      }
      if (!lastWasNewline_) {
        lastWasNewline_ = true;
        setToken(tok, TokenKind::NEWLINE, pos_, pos_);
        tok.endCol = tok.col + 1;
        return true;
      }
      if (indents_.size() > 1) {
        indents_.pop_back();
        altIndents_.pop_back();
        setToken(tok, TokenKind::DEDENT, pos_, pos_);
        tok.col = tok.endCol = -1;
        return true;
      }
      if (text_.empty() || text_.back() == '\n') {
        // ENDMARKER sits on the line after the last one.
        if (pos_ > lineStartPos_ || (!text_.empty() && pos_ == lineStartPos_ && line_ == 1 &&
                                     false)) {
          ++line_;
          lineStartPos_ = pos_;
        }
      }
      setToken(tok, TokenKind::ENDMARKER, pos_, pos_);
      tok.col = tok.endCol = 0;
      sawEof_ = true;
      return true;
    }
    char c = text_[pos_];
    if (c == '\n') {
      size_t start = pos_;
      bool blankLine = lastWasNewline_ || !brackets_.empty();
      if (blankLine) {
        ++pos_;
        ++line_;
        lineStartPos_ = pos_;
        atBol_ = true;
        continue;
      }
      setToken(tok, TokenKind::NEWLINE, start, start + 1);
      ++pos_;
      ++line_;
      lineStartPos_ = pos_;
      atBol_ = true;
      lastWasNewline_ = true;
      return true;
    }
    if (c == '\\') {
      if (pos_ + 1 >= text_.size()) {
        return fail("SyntaxError", "unexpected EOF while parsing", line_, colOf(pos_), line_,
                    -2);
      }
      if (text_[pos_ + 1] != '\n') {
        return fail("SyntaxError", "unexpected character after line continuation character",
                    line_, colOf(pos_ + 1), line_, -2);
      }
      pos_ += 2;
      ++line_;
      lineStartPos_ = pos_;
      if (pos_ >= text_.size()) {
        return fail("SyntaxError", "unexpected EOF while parsing", line_ - 1,
                    int(source_.line(line_ - 1).size()) - 1, line_ - 1, -2);
      }
      continuation_ = true;
      atBol_ = false;
      continue;
    }
    lastWasNewline_ = false;
    // Identifiers, keywords and string prefixes.
    if (isAsciiIdStart(c) || (unsigned char)c >= 128) {
      // A string prefix directly followed by a quote.
      size_t q = pos_;
      bool seenB = false, seenR = false, seenU = false, seenF = false;
      while (q < text_.size()) {
        char d = text_[q];
        if ((d == 'b' || d == 'B') && !seenB && !seenU && !seenF)
          seenB = true;
        else if ((d == 'r' || d == 'R') && !seenR && !seenU)
          seenR = true;
        else if ((d == 'u' || d == 'U') && !seenB && !seenR && !seenU && !seenF)
          seenU = true;
        else if ((d == 'f' || d == 'F') && !seenF && !seenB && !seenU)
          seenF = true;
        else
          break;
        ++q;
      }
      if (q > pos_ && q < text_.size() && (text_[q] == '\'' || text_[q] == '"'))
        return lexString(tok, q);
      return lexName(tok);
    }
    if (isDigit(c) || (c == '.' && isDigit(peekChar(1))))
      return lexNumber(tok);
    if (c == '\'' || c == '"')
      return lexString(tok, pos_);
    // Operators: the longest match.
    TokenKind op;
    size_t n = matchOperator(text_, pos_, op);
    if (n) {
      size_t start = pos_;
      int col = colOf(start);
      if (op == TokenKind::LPAR || op == TokenKind::LSQB || op == TokenKind::LBRACE) {
        if (int(brackets_.size()) >= kMaxLevel)
          return fail("SyntaxError", "too many nested parentheses", line_, col + 1, line_,
                      col + 1);
        brackets_.push_back({c, line_, col});
      } else if (op == TokenKind::RPAR || op == TokenKind::RSQB || op == TokenKind::RBRACE) {
        if (brackets_.empty())
          return fail("SyntaxError", std::string("unmatched '") + c + "'", line_, col, line_,
                      col);
        OpenBracket open = brackets_.back();
        char want = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
        if (c != want) {
          std::string msg = std::string("closing parenthesis '") + c +
                            "' does not match opening parenthesis '" + open.ch + "'";
          if (open.line != line_)
            msg += " on line " + std::to_string(open.line);
          return fail("SyntaxError", msg, line_, col, line_, col);
        }
        brackets_.pop_back();
      }
      pos_ += n;
      setToken(tok, op, start, pos_);
      return true;
    }
    // A control character is an error here; any other character starts no
    // token and the parser reports it.
    if ((unsigned char)c < 0x20 || c == 0x7F) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", unsigned(c));
      return fail("SyntaxError", buf, line_, colOf(pos_), line_, colOf(pos_));
    }
    size_t start = pos_;
    ++pos_;
    setToken(tok, TokenKind::ERRORTOKEN, start, pos_);
    return true;
  }
}

bool Tokenizer::lexName(Token &tok) {
  size_t start = pos_;
  bool ascii = true;
  while (pos_ < text_.size()) {
    char c = text_[pos_];
    if (isAsciiIdChar(c)) {
      ++pos_;
    } else if ((unsigned char)c >= 128) {
      ascii = false;
      uint32_t cp;
      size_t p = pos_;
      if (!unicode::decodeUtf8(text_, p, cp))
        break;
      pos_ = p;
    } else {
      break;
    }
  }
  if (!ascii) {
    // Verify the identifier character by character, as CPython does.
    size_t p = start;
    bool first = true;
    while (p < pos_) {
      size_t charStart = p;
      uint32_t cp;
      unicode::decodeUtf8(text_, p, cp);
      bool ok = first ? unicode::isIdStart(cp) : unicode::isIdContinue(cp);
      if (!ok && first && unicode::isIdContinue(cp))
        ok = false;
      if (!ok) {
        // A character NFKC-equivalent to a valid one is also accepted.
        std::string one;
        unicode::appendUtf8(one, cp);
        std::string n = unicode::nfkcIdentifier(one);
        std::vector<uint32_t> ncps = unicode::toCodePoints(n);
        if (!ncps.empty()) {
          ok = first ? unicode::isIdStart(ncps[0]) : unicode::isIdContinue(ncps[0]);
          for (size_t i = 1; ok && i < ncps.size(); ++i)
            ok = unicode::isIdContinue(ncps[i]);
        }
      }
      if (!ok) {
        char buf[64];
        std::string ch;
        unicode::appendUtf8(ch, cp);
        int col = colOf(charStart);
        if (unicode::isPrintable(cp)) {
          std::snprintf(buf, sizeof buf, " (U+%04X)", cp);
          return fail("SyntaxError", "invalid character '" + ch + "'" + buf, line_, col, line_,
                      col);
        }
        std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", cp);
        return fail("SyntaxError", buf, line_, col, line_, col);
      }
      first = false;
    }
  }
  setToken(tok, TokenKind::NAME, start, pos_);
  tok.keyword = ascii ? lookupKeyword(tok.text) : Kw::NotAKeyword;
  return true;
}

// After a number, a letter or digit may only start one of the keywords that
// can follow a number in valid code (`1if x else y`); anything else is an
// "invalid <kind> literal" error.
bool Tokenizer::verifyEndOfNumber(Token &tok, const char *kind) {
  char c = peekChar();
  auto follows = [&](const char *word) { return text_.compare(pos_, std::strlen(word), word) == 0; };
  bool keywordFollows = false;
  switch (c) {
  case 'a': keywordFollows = follows("and"); break;
  case 'e': keywordFollows = follows("else"); break;
  case 'f': keywordFollows = follows("for"); break;
  case 'i': keywordFollows = follows("if") || follows("in") || follows("is"); break;
  case 'o': keywordFollows = follows("or"); break;
  case 'n': keywordFollows = follows("not"); break;
  default: break;
  }
  if (!keywordFollows && isPotentialIdChar(c)) {
    int col = colOf(pos_) - 1;
    return fail("SyntaxError", std::string("invalid ") + kind + " literal", line_, col, line_,
                col);
  }
  return true;
}

bool Tokenizer::lexNumber(Token &tok) {
  size_t start = pos_;
  auto errAtCur = [&](std::string msg) {
    int col = colOf(pos_) - 1;
    return fail("SyntaxError", std::move(msg), line_, col, line_, col);
  };
  // Decimal digits with single underscores between them.
  auto decimalTail = [&]() -> bool {
    for (;;) {
      while (isDigit(peekChar()))
        ++pos_;
      if (peekChar() != '_')
        return true;
      ++pos_;
      if (!isDigit(peekChar())) {
        ++pos_; // CPython reports the position after the bad character
        --pos_;
        return errAtCur("invalid decimal literal");
      }
    }
  };
  auto finishExponentAndImag = [&](bool allowExponent) -> bool {
    if (allowExponent && (peekChar() == 'e' || peekChar() == 'E')) {
      size_t ePos = pos_;
      ++pos_;
      if (peekChar() == '+' || peekChar() == '-') {
        ++pos_;
        if (!isDigit(peekChar()))
          return errAtCur("invalid decimal literal");
      } else if (!isDigit(peekChar())) {
        // `1else`: the 'e' starts a keyword, not an exponent.
        pos_ = ePos + 1;
        pos_ = ePos;
        if (!verifyEndOfNumber(tok, "decimal"))
          return false;
        setToken(tok, TokenKind::NUMBER, start, pos_);
        return true;
      }
      if (!decimalTail())
        return false;
    }
    if (peekChar() == 'j' || peekChar() == 'J') {
      ++pos_;
      if (!verifyEndOfNumber(tok, "imaginary"))
        return false;
    } else if (!verifyEndOfNumber(tok, "decimal")) {
      return false;
    }
    setToken(tok, TokenKind::NUMBER, start, pos_);
    return true;
  };

  char c = peekChar();
  if (c == '.') {
    ++pos_;
    if (!decimalTail())
      return false;
    return finishExponentAndImag(true);
  }
  if (c == '0') {
    char x = peekChar(1);
    auto radix = [&](const char *kind, auto isRadixDigit) -> bool {
      pos_ += 2;
      bool any = false;
      for (;;) {
        if (peekChar() == '_')
          ++pos_;
        if (!isRadixDigit(peekChar())) {
          char d = peekChar();
          if (isDigit(d) && std::strcmp(kind, "hexadecimal") != 0) {
            ++pos_;
            return errAtCur(std::string("invalid digit '") + d + "' in " + kind + " literal");
          }
          if (!any || text_[pos_ - 1] == '_') {
            ++pos_;
            return errAtCur(std::string("invalid ") + kind + " literal");
          }
          break;
        }
        while (isRadixDigit(peekChar())) {
          ++pos_;
          any = true;
        }
        if (peekChar() != '_')
          break;
      }
      if (isDigit(peekChar()) && std::strcmp(kind, "hexadecimal") != 0) {
        char d = peekChar();
        ++pos_;
        return errAtCur(std::string("invalid digit '") + d + "' in " + kind + " literal");
      }
      if (!verifyEndOfNumber(tok, kind))
        return false;
      setToken(tok, TokenKind::NUMBER, start, pos_);
      return true;
    };
    if (x == 'x' || x == 'X')
      return radix("hexadecimal", [](char d) {
        return isDigit(d) || (d >= 'a' && d <= 'f') || (d >= 'A' && d <= 'F');
      });
    if (x == 'o' || x == 'O')
      return radix("octal", [](char d) { return d >= '0' && d <= '7'; });
    if (x == 'b' || x == 'B')
      return radix("binary", [](char d) { return d == '0' || d == '1'; });
    // Zeros, possibly followed by digits only if this turns out a float.
    bool nonzero = false;
    ++pos_;
    for (;;) {
      while (peekChar() == '0')
        ++pos_;
      if (peekChar() != '_')
        break;
      ++pos_;
      if (!isDigit(peekChar()))
        return errAtCur("invalid decimal literal");
    }
    size_t zerosEnd = pos_;
    if (isDigit(peekChar())) {
      nonzero = true;
      if (!decimalTail())
        return false;
    }
    char d = peekChar();
    if (d == '.') {
      ++pos_;
      if (isDigit(peekChar()) && !decimalTail())
        return false;
      return finishExponentAndImag(true);
    }
    if (d == 'e' || d == 'E' || d == 'j' || d == 'J')
      return finishExponentAndImag(true);
    if (nonzero) {
      int col = colOf(start);
      return fail("SyntaxError",
                  "leading zeros in decimal integer literals are not permitted; use an 0o "
                  "prefix for octal integers",
                  line_, col, line_, colOf(zerosEnd));
    }
    if (!verifyEndOfNumber(tok, "decimal"))
      return false;
    setToken(tok, TokenKind::NUMBER, start, pos_);
    return true;
  }
  if (!decimalTail())
    return false;
  if (peekChar() == '.') {
    ++pos_;
    if (isDigit(peekChar()) && !decimalTail())
      return false;
  }
  return finishExponentAndImag(true);
}

bool Tokenizer::lexString(Token &tok, size_t quotePos) {
  size_t start = pos_;
  int startLine = line_;
  int startCol = colOf(start);
  size_t startLineStart = lineStartPos_;
  char quote = text_[quotePos];
  bool triple = text_.compare(quotePos, 3, std::string(3, quote)) == 0;
  size_t p = quotePos + (triple ? 3 : 1);
  for (;;) {
    if (p >= text_.size()) {
      // At the end of input the detecting line is the last line read.
      if (!text_.empty() && text_.back() == '\n' && line_ > startLine)
        --line_;
      if (triple) {
        return fail("SyntaxError",
                    "unterminated triple-quoted string literal (detected at line " +
                        std::to_string(line_) + ")",
                    startLine, startCol, startLine, startCol);
      }
      return fail("SyntaxError",
                  "unterminated string literal (detected at line " + std::to_string(line_) +
                      ")",
                  startLine, startCol, startLine, startCol);
    }
    char c = text_[p];
    if (c == '\\') {
      if (p + 1 < text_.size() && text_[p + 1] == '\n') {
        p += 2;
        ++line_;
        lineStartPos_ = p;
        continue;
      }
      p += 2;
      continue;
    }
    if (c == '\n') {
      if (!triple) {
        return fail("SyntaxError",
                    "unterminated string literal (detected at line " + std::to_string(line_) +
                        ")",
                    startLine, startCol, startLine, startCol);
      }
      ++p;
      ++line_;
      lineStartPos_ = p;
      continue;
    }
    if (c == quote) {
      if (!triple) {
        ++p;
        break;
      }
      if (text_.compare(p, 3, std::string(3, quote)) == 0) {
        p += 3;
        break;
      }
    }
    ++p;
  }
  pos_ = p;
  tok.kind = TokenKind::STRING;
  tok.keyword = Kw::NotAKeyword;
  tok.line = startLine;
  tok.col = int(start - startLineStart);
  tok.endLine = line_;
  tok.endCol = colOf(p);
  tok.text = text_.substr(start, p - start);
  return true;
}

} // namespace kiln::frontend
