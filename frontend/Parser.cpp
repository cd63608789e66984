//===- Parser.cpp - Parser infrastructure: tokens, errors, entry points --===//
#include "frontend/Parser.h"

#include "frontend/Unicode.h"

namespace kiln::frontend {

Parser::Parser(const Source &source, AstArena &arena)
    : source_(source), arena_(arena), tokenizer_(source) {}

void Parser::tokenizeAll() {
  tokenized_ = true;
  tokens_.reserve(source_.text().size() / 4 + 16);
  Token t;
  for (;;) {
    if (!tokenizer_.next(t)) {
      pendingError_ = true;
      pendingInfo_ = tokenizer_.error();
      pendingIndentation_ = tokenizer_.sawIndentationError();
      pendingEofInBrackets_ = tokenizer_.eofInsideBrackets();
      if (pendingEofInBrackets_ && !tokenizer_.openBrackets().empty())
        pendingBracketLine_ = tokenizer_.openBrackets().back().line;
      return;
    }
    tokens_.push_back(t);
    if (t.kind == TokenKind::ENDMARKER) {
      tokenizerDone_ = true;
      return;
    }
  }
}

const Token &Parser::fetch(size_t want) {
  if (!tokenized_) {
    tokenizeAll();
    if (want < tokens_.size()) {
      if (want > furthest_)
        furthest_ = want;
      return tokens_[want];
    }
  }
  if (pendingError_) {
    error_ = pendingInfo_;
    errorSet_ = true;
    pendingThrown_ = true;
    throw ParseFailure{true};
  }
  // Past ENDMARKER: keep returning it.
  return tokens_.back();
}

bool Parser::accept(TokenKind k) {
  if (!at(k))
    return false;
  next();
  return true;
}

bool Parser::acceptKw(Kw k) {
  if (!atKw(k))
    return false;
  next();
  return true;
}

const Token &Parser::expect(TokenKind k) {
  if (!at(k))
    failGeneric();
  return next();
}

const Token &Parser::expectKw(Kw k) {
  if (!atKw(k))
    failGeneric();
  return next();
}

const Token &Parser::expectForced(TokenKind k, const char *text) {
  if (!at(k))
    raiseAtToken(peek(), std::string("expected '") + text + "'");
  return next();
}

void Parser::failGeneric() { throw ParseFailure{false}; }

void Parser::raiseAt(const char *type, std::string msg, int line, int col, int endLine,
                     int endCol) {
  error_ = SyntaxErrorInfo();
  error_.type = type;
  error_.msg = std::move(msg);
  error_.filename = source_.filename();
  error_.line = line;
  error_.col = col;
  error_.endLine = endLine;
  error_.endCol = endCol;
  error_.text = std::string(source_.line(line));
  errorSet_ = true;
  throw ParseFailure{false};
}

void Parser::raiseAtToken(const Token &t, std::string msg) {
  raiseAt("SyntaxError", std::move(msg), t.line, t.col, t.endLine, t.endCol);
}

void Parser::raiseRange(const Node *a, const Node *b, std::string msg) {
  raiseAt("SyntaxError", std::move(msg), a->lineno, a->col_offset, b->end_lineno,
          b->end_col_offset);
}

void Parser::raiseAtNode(const Node *a, std::string msg) { raiseRange(a, a, std::move(msg)); }

// IndentationErrors raised at INDENT/DEDENT-like positions: CPython reports
// them at the token, with no end column.
void Parser::raiseIndentation(std::string msg, const Token &t) {
  int col = t.col;
  if (col < 0) {
    // INDENT/DEDENT carry no column: CPython uses the position after the
    // line's indentation.
    std::string_view line = source_.line(t.line);
    size_t i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f'))
      ++i;
    col = int(i) - 1;
  }
  raiseAt("IndentationError", std::move(msg), t.line, col, t.line, -1);
}

std::string Parser::identifier(const Token &t) {
  return unicode::nfkcIdentifier(t.text);
}

Name *Parser::makeName(const Token &t, ExprContext ctx) {
  Name *n = make<Name>(t);
  n->id = identifier(t);
  n->ctx = ctx;
  n->end_lineno = t.endLine;
  n->end_col_offset = t.endCol;
  return n;
}

// After a parser error: a generic failure becomes "invalid syntax" at the
// furthest token seen; then the rest of the input is tokenized, and a
// lexical error found there replaces the parser's error.
void Parser::finishError(bool lexical) {
  if (lexical)
    return;
  if (!errorSet_) {
    const Token &t = tokens_[std::min(furthest_, tokens_.size() - 1)];
    if (t.kind == TokenKind::INDENT || t.kind == TokenKind::DEDENT) {
      int col = t.col;
      std::string_view line = source_.line(t.line);
      size_t i = 0;
      while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f'))
        ++i;
      col = int(i) - 1;
      error_ = SyntaxErrorInfo();
      error_.type = "IndentationError";
      error_.msg = t.kind == TokenKind::INDENT ? "unexpected indent" : "unexpected unindent";
      error_.filename = source_.filename();
      error_.line = t.line;
      error_.col = col;
      error_.endLine = t.line;
      error_.endCol = -1;
      error_.text = std::string(source_.line(t.line));
    } else {
      error_ = SyntaxErrorInfo();
      error_.msg = "invalid syntax";
      error_.filename = source_.filename();
      error_.line = t.line;
      error_.col = t.col;
      error_.endLine = t.endLine;
      error_.endCol = t.endCol;
      if (t.kind == TokenKind::ENDMARKER || (t.kind == TokenKind::NEWLINE && t.col == t.endCol - 1 &&
                                             false)) {
      }
      error_.text = std::string(source_.line(t.line));
    }
    errorSet_ = true;
  }
  // A lexical error later in the input takes priority (indentation errors
  // excepted; an unclosed bracket only if it opened before the error).
  int errLine = error_.line;
  if (pendingError_ && !pendingThrown_ && !pendingIndentation_) {
    if (!pendingEofInBrackets_ || pendingBracketLine_ < errLine)
      error_ = pendingInfo_;
  }
}

void Parser::raiseTooDeep() {
  error_ = SyntaxErrorInfo();
  error_.type = "MemoryError";
  error_.noLocation = true;
  error_.msg.clear();
  errorSet_ = true;
  throw ParseFailure{true};
}

Mod *Parser::parse(ParseMode mode) {
  char base;
  stackBase_ = &base;
  try {
    if (mode == ParseMode::Eval) {
      auto *m = arena_.make<Expression>();
      m->body = expressions();
      while (accept(TokenKind::NEWLINE)) {
      }
      expect(TokenKind::ENDMARKER);
      return m;
    }
    if (mode == ParseMode::Single) {
      auto *m = arena_.make<Interactive>();
      if (at(TokenKind::NEWLINE) || at(TokenKind::ENDMARKER)) {
        const Token &t = next();
        Pass *p = make<Pass>(t);
        finish(p);
        m->body.push_back(p);
      } else {
        statement(m->body);
      }
      while (accept(TokenKind::NEWLINE)) {
      }
      if (!at(TokenKind::ENDMARKER)) {
        // CPython points at the end of the first statement's line.
        const Token &nl = prevToken();
        raiseAt("SyntaxError", "multiple statements found while compiling a single statement",
                nl.line, nl.col, nl.line, nl.col);
      }
      return m;
    }
    auto *m = arena_.make<Module>();
    m->body = statements(false);
    expect(TokenKind::ENDMARKER);
    return m;
  } catch (const ParseFailure &f) {
    finishError(f.lexical);
    if (error_.filename.empty())
      error_.filename = source_.filename();
    return nullptr;
  }
}

Mod *parseSource(const Source &source, AstArena &arena, ParseMode mode, SyntaxErrorInfo &err) {
  Parser p(source, arena);
  Mod *m = p.parse(mode);
  if (!m)
    err = p.error();
  return m;
}

} // namespace kiln::frontend
