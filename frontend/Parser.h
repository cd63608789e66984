//===- Parser.h - Python 3.11 parser -------------------------------------===//
///
/// A hand-written recursive-descent parser for the whole Python 3.11 grammar
/// that builds the same AST as CPython's PEG parser, with CPython's node
/// positions and, for the common mistakes, CPython's SyntaxError messages.
///
/// Tokens are pulled lazily from the Tokenizer and buffered, so the parser
/// can look ahead and backtrack freely (mark()/reset()). Like CPython, a
/// generic "invalid syntax" is reported at the furthest token the parser
/// looked at, and after any parser error the rest of the input is tokenized
/// so that a lexical error (an unterminated string, a stray bracket) takes
/// priority.
///
/// Internally a failure unwinds with a C++ exception (ParseFailure) that
/// never leaves this class: the public entry points return null and leave
/// the error in error().
///
//===----------------------------------------------------------------------===//
#pragma once

#include "frontend/Ast.h"
#include "frontend/Diagnostic.h"
#include "frontend/LargeStack.h"
#include "frontend/Source.h"
#include "frontend/Tokenizer.h"

#include <deque>
#include <optional>
#include <vector>

namespace kiln::frontend {

/// What a source text is parsed as (the `mode` of compile()).
enum class ParseMode { Exec, Eval, Single };

class Parser {
public:
  Parser(const Source &source, AstArena &arena);

  /// Parses the whole source. Returns null on error (see error()).
  Mod *parse(ParseMode mode = ParseMode::Exec);
  const SyntaxErrorInfo &error() const { return error_; }

  /// Parses one f-string replacement expression found inside a string
  /// token (used by the string parser); positions start at \p line/\p col.
  Expr *parseFStringExpression(std::string_view text, int line, int col, bool allowYield);

private:
  friend class StringParser;
  struct ParseFailure {
    bool lexical = false;
  };

  // ---- Tokens ----------------------------------------------------------
  const Token &peek(int ahead = 0) {
    size_t want = pos_ + size_t(ahead);
    if (want < tokens_.size()) {
      if (want > furthest_)
        furthest_ = want;
      return tokens_[want];
    }
    return fetch(want);
  }
  /// Slow path of peek: tokenizes the input on first use, and past the
  /// last token raises the tokenizer's error, if it stopped on one.
  const Token &fetch(size_t want);
  const Token &next() {
    const Token &t = peek();
    if (pos_ + 1 < tokens_.size() || t.kind != TokenKind::ENDMARKER)
      ++pos_;
    return t;
  }
  void tokenizeAll();
  bool at(TokenKind k, int ahead = 0) { return peek(ahead).kind == k; }
  bool atKw(Kw k, int ahead = 0) { return peek(ahead).keyword == k; }
  bool atName(int ahead = 0) {
    const Token &t = peek(ahead);
    return t.kind == TokenKind::NAME && t.keyword == Kw::NotAKeyword;
  }
  bool accept(TokenKind k);
  bool acceptKw(Kw k);
  const Token &expect(TokenKind k);
  const Token &expectKw(Kw k);
  /// Requires \p k; if absent fails at once with "expected 'X'" (CPython's
  /// forced tokens, written &&'X' in its grammar).
  const Token &expectForced(TokenKind k, const char *text);
  size_t mark() const { return pos_; }
  void reset(size_t m) { pos_ = m; }
  const Token &prevToken() const { return tokens_[pos_ - 1]; }
  const Token &lastSignificantToken() const {
    size_t i = pos_ - 1;
    while (i > 0 && (tokens_[i].kind == TokenKind::NEWLINE || tokens_[i].kind == TokenKind::INDENT ||
                     tokens_[i].kind == TokenKind::DEDENT || tokens_[i].kind == TokenKind::ENDMARKER))
      --i;
    return tokens_[i];
  }

  // ---- Errors ----------------------------------------------------------
  /// Deeply nested input would overflow the C++ stack: past a fixed budget
  /// of stack, parsing stops with CPython's MemoryError for the same case.
  void checkStack() {
    char here;
    if (stackBase_ && size_t(stackBase_ - &here) > kStackBudget)
      raiseTooDeep();
  }
  /// Counts one level of a recursive rule for the scope of the guard.
  struct Nest {
    Parser &p;
    explicit Nest(Parser &p) : p(p) {
      if (++p.nesting_ > kMaxNesting)
        p.raiseTooDeep();
      p.checkStack();
    }
    ~Nest() { --p.nesting_; }
  };
  [[noreturn]] void raiseTooDeep();
  [[noreturn]] void failGeneric();
  [[noreturn]] void raiseAt(const char *type, std::string msg, int line, int col, int endLine,
                            int endCol);
  [[noreturn]] void raiseAtToken(const Token &t, std::string msg);
  [[noreturn]] void raiseRange(const Node *a, const Node *b, std::string msg);
  [[noreturn]] void raiseAtNode(const Node *a, std::string msg);
  [[noreturn]] void raiseIndentation(std::string msg, const Token &at);
  void finishError(bool lexical);

  // ---- Node construction ------------------------------------------------
  template <typename T> T *make(const Token &start) {
    T *n = arena_.make<T>();
    n->lineno = start.line;
    n->col_offset = start.col;
    return n;
  }
  template <typename T> T *makeAt(const Node *start) {
    T *n = arena_.make<T>();
    n->lineno = start->startLine();
    n->col_offset = start->startCol();
    return n;
  }
  /// Sets the end of \p n to the end of the last consumed token that is
  /// not NEWLINE, INDENT or DEDENT (as CPython's node ranges do).
  template <typename T> T *finish(T *n) {
    const Token &t = lastSignificantToken();
    n->end_lineno = t.endLine;
    n->end_col_offset = t.endCol;
    return n;
  }
  Name *makeName(const Token &t, ExprContext ctx);
  std::string identifier(const Token &t);

  // ---- Statements (ParserStmt.cpp) ---------------------------------------
  StmtList statements(bool untilDedent);
  void statement(StmtList &out);
  void simpleStatements(StmtList &out);
  Stmt *simpleStatement();
  Stmt *expressionStatement();
  Stmt *compoundStatement();
  StmtList block(const Token &owner, const char *what);
  Stmt *ifStatement(bool isElif);
  Stmt *whileStatement();
  Stmt *forStatement(const Token *asyncTok);
  Stmt *withStatement(const Token *asyncTok);
  Stmt *tryStatement();
  Stmt *functionDef(ExprList decorators, const Token *start);
  Stmt *classDef(ExprList decorators, const Token *start);
  Stmt *importName();
  Stmt *importFrom();
  Stmt *matchStatement();
  StmtList elseBlock();

  // ---- Expressions (ParserExpr.cpp) --------------------------------------
  Expr *expressions();          // expression (',' expression)* [','] -> Tuple
  Expr *expression();           // conditional / lambda
  Expr *namedExpression();
  Expr *starExpressions();      // star_expression (',' ...)* [','] -> Tuple
  Expr *starExpression();
  Expr *starNamedExpression();
  Expr *yieldExpression();
  Expr *disjunction();
  Expr *conjunction();
  Expr *inversion();
  Expr *comparison();
  Expr *bitwiseOr();
  Expr *bitwiseXor();
  Expr *bitwiseAnd();
  Expr *shiftExpr();
  Expr *sum();
  Expr *term();
  Expr *factor();
  Expr *power();
  Expr *awaitPrimary();
  Expr *primary();
  Expr *atom();
  Expr *slices();
  Expr *slice();
  Expr *parenthesized();
  Expr *bracketed();
  Expr *braced();
  Expr *lambdef();
  Expr *strings();
  Expr *number(const Token &t);
  ComprehensionList forIfClauses();
  void callArguments(Call *call);
  Arguments *parameters(bool isLambda);
  Arg *parameter(bool isLambda, bool starAnnotation);
  bool atExpressionStart(int ahead = 0);

  // ---- Targets and their errors (ParserTargets.cpp) ----------------------
  void setContext(Expr *e, ExprContext ctx);
  /// The innermost part of \p e that cannot be a target, or null.
  const Expr *invalidTarget(const Expr *e, ExprContext ctx, bool forTarget);
  [[noreturn]] void raiseInvalidTarget(const Expr *e, ExprContext ctx, bool forTarget);
  /// for-loop and comprehension targets; a single one for `with ... as`.
  Expr *starTargets(bool allowTuple = true);
  void checkAssignTarget(Expr *target, bool firstInChain);
  static const char *exprName(const Expr *e);

  // ---- Patterns (ParserPattern.cpp) ----------------------------------------
  Pattern *patterns();
  Pattern *pattern();
  Pattern *orPattern();
  Pattern *closedPattern();
  Pattern *maybeStarPattern();
  Expr *patternValueExpr(bool allowAttribute);
  Expr *signedNumber();

  const Source &source_;
  AstArena &arena_;
  Tokenizer tokenizer_;
  // All tokens, read before parsing starts (so references stay valid). A
  // lexical error stops the list; it is raised only when the parser asks
  // for the token where it happened, as CPython's lazy tokenizer would.
  std::vector<Token> tokens_;
  bool tokenized_ = false;
  bool pendingError_ = false;
  bool pendingThrown_ = false;
  bool pendingIndentation_ = false;
  bool pendingEofInBrackets_ = false;
  int pendingBracketLine_ = 0;
  SyntaxErrorInfo pendingInfo_;
  size_t pos_ = 0;
  size_t furthest_ = 0;   ///< furthest token index looked at
  bool tokenizerDone_ = false;
  int functionDepth_ = 0; ///< for 'await'/'yield' context of f-strings
  int parenDepth_ = 0;
  SyntaxErrorInfo error_;
  bool errorSet_ = false;
  /// A safety net behind kMaxNesting; well below the thread's stack, and
  /// below what sanitizers can unwind through.
  static constexpr size_t kStackBudget = kFrontEndStackBudget / 4; // bytes
  char *stackBase_ = nullptr;
  /// Nesting of the recursive rules; past kMaxNesting the parse stops with
  /// CPython's MemoryError (its parser stops at a similar depth).
  static constexpr int kMaxNesting = 5000;
  int nesting_ = 0;
};

/// Parses \p source in \p mode; on failure returns null and fills \p err.
Mod *parseSource(const Source &source, AstArena &arena, ParseMode mode, SyntaxErrorInfo &err);

} // namespace kiln::frontend
