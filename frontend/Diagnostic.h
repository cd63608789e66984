//===- Diagnostic.h - SyntaxError reports --------------------------------===//
///
/// Every front-end error is a Python SyntaxError (or its subclasses
/// IndentationError and TabError) with CPython's message and location. The
/// front end never throws across its interface: functions that can fail
/// return false/nullptr and leave a SyntaxErrorInfo behind.
///
//===----------------------------------------------------------------------===//
#pragma once

#include <string>
#include <vector>

namespace kiln::frontend {

/// A SyntaxWarning found while compiling (reported by the caller).
struct CompileWarning {
  int line;
  std::string msg;
};

struct SyntaxErrorInfo {
  std::string type = "SyntaxError"; ///< or IndentationError, TabError
  std::string msg;
  std::string filename;
  int line = 0;     ///< 1-based; 0 when unknown
  int col = -1;     ///< 0-based UTF-8 byte column; -1 for no caret
  int endLine = 0;  ///< 0 when same as line
  int endCol = -1;  ///< 0-based byte column just past the range
  std::string text; ///< the source line, when known
  bool isValueError = false; ///< e.g. null bytes: CPython raises ValueError
  /// Reported without a location (source decoding errors of a script).
  bool noLocation = false;
  /// SyntaxWarnings of a successful (or failed) compilation, in order.
  std::vector<CompileWarning> warnings;

  /// The report CPython prints to stderr for an uncaught SyntaxError
  /// (`  File "f", line N` / source line / caret / `SyntaxError: msg`).
  std::string format() const;
};

} // namespace kiln::frontend
