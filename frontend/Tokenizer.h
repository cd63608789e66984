//===- Tokenizer.h - Python 3.11 lexical analysis ------------------------===//
///
/// Turns a Source into tokens on demand, as CPython's tokenizer does: the
/// parser pulls tokens one at a time, so an error late in the file is only
/// reported if parsing gets that far. Handles INDENT/DEDENT (tabs to multiples
/// of 8, with CPython's tab/space consistency check), implicit joining inside
/// brackets, explicit joining with backslash, every string prefix (the
/// literal is one STRING token; its contents are decoded by the parser),
/// numeric literals, and non-ASCII identifiers.
///
//===----------------------------------------------------------------------===//
#pragma once

#include "frontend/Diagnostic.h"
#include "frontend/Source.h"
#include "frontend/Token.h"

#include <vector>

namespace kiln::frontend {

class Tokenizer {
public:
  explicit Tokenizer(const Source &source);

  /// For f-string replacement fields, which are tokenized apart from the
  /// string that holds them: positions are shifted by \p lines, and on the
  /// first line by \p firstLineCols, to land at their place in the file.
  void setPositionOffset(int lines, int firstLineCols) {
    lineOffset_ = lines;
    colOffset_ = firstLineCols;
  }

  /// Produces the next token. Returns false on a lexical error (see error()).
  bool next(Token &tok);

private:
  bool nextUnshifted(Token &tok);

public:

  const SyntaxErrorInfo &error() const { return error_; }
  /// True when the last failure was reaching the end of input inside
  /// brackets (the parser turns that into "'(' was never closed").
  bool eofInsideBrackets() const { return eofInBrackets_; }
  /// The innermost open bracket (for "'(' was never closed").
  struct OpenBracket {
    char ch;
    int line, col;
  };
  const std::vector<OpenBracket> &openBrackets() const { return brackets_; }
  /// Error of an indentation kind detected (IndentationError/TabError).
  bool sawIndentationError() const { return indentError_; }

private:
  bool fail(const char *type, std::string msg, int line, int col, int endLine = 0,
            int endCol = -1);
  bool lexName(Token &tok);
  bool lexNumber(Token &tok);
  bool lexString(Token &tok, size_t quotePos);
  bool verifyEndOfNumber(Token &tok, const char *kind);
  bool atLineStart(Token &tok, bool &emitted);
  void setToken(Token &tok, TokenKind kind, size_t start, size_t end);
  int colOf(size_t pos) const { return int(pos - lineStartPos_); }
  char peekChar(size_t off = 0) const {
    return pos_ + off < text_.size() ? text_[pos_ + off] : '\0';
  }

  const Source &source_;
  std::string_view text_;
  size_t pos_ = 0;
  int line_ = 1;
  size_t lineStartPos_ = 0;
  bool atBol_ = true;
  bool continuation_ = false; // the current line follows a backslash-newline
  int pendingIndents_ = 0;    // >0: INDENTs to emit, <0: DEDENTs
  std::vector<int> indents_{0}, altIndents_{0};
  std::vector<OpenBracket> brackets_;
  bool sawEof_ = false;
  bool eofInBrackets_ = false;
  bool indentError_ = false;
  bool lastWasNewline_ = true; // suppress NEWLINE after blank input
  SyntaxErrorInfo error_;
  int lineOffset_ = 0, colOffset_ = 0;
};

} // namespace kiln::frontend
