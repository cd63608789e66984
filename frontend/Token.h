//===- Token.h - Python tokens -------------------------------------------===//
///
/// Token kinds follow CPython's token module: the structural tokens
/// (NEWLINE, INDENT, DEDENT, ENDMARKER), NAME, NUMBER, STRING, and one kind
/// per operator. Keywords are NAME tokens whose `keyword` field is set, so
/// soft keywords (match, case, _) stay plain names.
///
//===----------------------------------------------------------------------===//
#pragma once

#include <cstdint>
#include <string_view>

namespace kiln::frontend {

#define KILN_OPERATOR_TOKENS(X)                                                \
  X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]") X(COLON, ":")            \
  X(COMMA, ",") X(SEMI, ";") X(PLUS, "+") X(MINUS, "-") X(STAR, "*")           \
  X(SLASH, "/") X(VBAR, "|") X(AMPER, "&") X(LESS, "<") X(GREATER, ">")        \
  X(EQUAL, "=") X(DOT, ".") X(PERCENT, "%") X(LBRACE, "{") X(RBRACE, "}")      \
  X(EQEQUAL, "==") X(NOTEQUAL, "!=") X(LESSEQUAL, "<=")                        \
  X(GREATEREQUAL, ">=") X(TILDE, "~") X(CIRCUMFLEX, "^") X(LEFTSHIFT, "<<")    \
  X(RIGHTSHIFT, ">>") X(DOUBLESTAR, "**") X(PLUSEQUAL, "+=")                   \
  X(MINEQUAL, "-=") X(STAREQUAL, "*=") X(SLASHEQUAL, "/=")                     \
  X(PERCENTEQUAL, "%=") X(AMPEREQUAL, "&=") X(VBAREQUAL, "|=")                 \
  X(CIRCUMFLEXEQUAL, "^=") X(LEFTSHIFTEQUAL, "<<=")                            \
  X(RIGHTSHIFTEQUAL, ">>=") X(DOUBLESTAREQUAL, "**=")                          \
  X(DOUBLESLASH, "//") X(DOUBLESLASHEQUAL, "//=") X(AT, "@")                   \
  X(ATEQUAL, "@=") X(RARROW, "->") X(ELLIPSIS, "...")                          \
  X(COLONEQUAL, ":=") X(EXCLAMATION, "!")

enum class TokenKind : uint8_t {
  ENDMARKER,
  NAME,
  NUMBER,
  STRING,
  NEWLINE,
  INDENT,
  DEDENT,
  ERRORTOKEN, ///< a character that starts no token ($, ?, `)
#define X(name, text) name,
  KILN_OPERATOR_TOKENS(X)
#undef X
};

#define KILN_KEYWORDS(X)                                                       \
  X(False, "False") X(None, "None") X(True, "True") X(And, "and")              \
  X(As, "as") X(Assert, "assert") X(Async, "async") X(Await, "await")          \
  X(Break, "break") X(Class, "class") X(Continue, "continue") X(Def, "def")    \
  X(Del, "del") X(Elif, "elif") X(Else, "else") X(Except, "except")            \
  X(Finally, "finally") X(For, "for") X(From, "from") X(Global, "global")      \
  X(If, "if") X(Import, "import") X(In, "in") X(Is, "is") X(Lambda, "lambda")  \
  X(Nonlocal, "nonlocal") X(Not, "not") X(Or, "or") X(Pass, "pass")            \
  X(Raise, "raise") X(Return, "return") X(Try, "try") X(While, "while")        \
  X(With, "with") X(Yield, "yield")

enum class Kw : uint8_t {
  NotAKeyword,
#define X(name, text) name,
  KILN_KEYWORDS(X)
#undef X
};

/// The printable text of an operator kind (`"+="`), or the kind's name.
const char *tokenKindText(TokenKind kind);
/// The keyword spelled \p text, or NotAKeyword.
Kw lookupKeyword(std::string_view text);

struct Token {
  TokenKind kind = TokenKind::ENDMARKER;
  Kw keyword = Kw::NotAKeyword;
  int line = 0, col = 0;       ///< start: 1-based line, 0-based byte column
  int endLine = 0, endCol = 0; ///< end (exclusive column)
  std::string_view text;       ///< the token's source text
  int level = 0;               ///< bracket nesting depth after the token

  bool is(TokenKind k) const { return kind == k; }
  bool is(Kw k) const { return keyword == k; }
  bool isName(std::string_view s) const {
    return kind == TokenKind::NAME && keyword == Kw::NotAKeyword && text == s;
  }
};

} // namespace kiln::frontend
