//===- Source.h - Decoded program text -----------------------------------===//
///
/// A Source is a program's text as the tokenizer sees it: decoded to UTF-8
/// from the declared encoding (PEP 263 cookie or BOM), with "\r\n" and "\r"
/// turned into "\n". Columns everywhere in the front end are byte offsets
/// into this UTF-8 text, as CPython's AST positions are.
///
//===----------------------------------------------------------------------===//
#pragma once

#include "frontend/Diagnostic.h"

#include <string>
#include <string_view>
#include <vector>

namespace kiln::frontend {

/// Reads a whole file as bytes; false when it cannot be opened.
bool readFileBytes(const std::string &path, std::string &out);
/// True when \p path names a regular file (a module candidate).
bool isRegularFile(const std::string &path);

class Source {
public:
  /// Decodes raw file bytes. On failure fills \p err and returns false.
  bool loadBytes(std::string_view bytes, std::string filename, SyntaxErrorInfo &err);
  /// Takes text that is already a str (exec/eval/compile of a str, -c).
  bool loadText(std::string_view utf8, std::string filename, SyntaxErrorInfo &err);

  const std::string &filename() const { return filename_; }
  const std::string &text() const { return text_; }
  int lineCount() const { return int(lineStarts_.size()); }
  /// The text of 1-based line \p line, with its newline if it has one.
  std::string_view line(int line) const;
  /// The byte offset in text() where 1-based \p line starts.
  size_t lineStart(int line) const;

private:
  void indexLines();
  std::string filename_;
  std::string text_;
  std::vector<size_t> lineStarts_;
};

} // namespace kiln::frontend
