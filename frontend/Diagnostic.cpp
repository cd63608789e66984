//===- Diagnostic.cpp - Formatting SyntaxError reports -------------------===//
#include "frontend/Diagnostic.h"

namespace kiln::frontend {

// Mirrors how CPython 3.11 prints an uncaught SyntaxError: the source line
// without its leading blanks, then carets under the error's range (to the
// end of the line when the range spans lines). Columns are UTF-8 bytes.
std::string SyntaxErrorInfo::format() const {
  if (noLocation)
    return msg.empty() ? type + "\n" : type + ": " + msg + "\n";
  std::string out = "  File \"" + filename + "\", line " + std::to_string(line) + "\n";
  if (!text.empty()) {
    std::string t = text;
    // Only the first line of a multi-line text is shown.
    size_t nl = t.find('\n');
    if (nl != std::string::npos)
      t.resize(nl);
    long start = col, end = endCol;
    size_t lead = 0;
    while (lead < t.size() && (t[lead] == ' ' || t[lead] == '\t' || t[lead] == '\f'))
      ++lead;
    t.erase(0, lead);
    start -= long(lead);
    end -= long(lead);
    if (start > long(t.size()))
      start = long(t.size());
    out += "    " + t + "\n";
    if (col >= 0 && start >= 0) {
      if (endLine > line)
        end = long(t.size());
      if (end > long(t.size()))
        end = long(t.size());
      // The caret starts at a byte column but counts characters, as
      // CPython's report does.
      long carets = 0;
      for (long i = start; i < end; ++i)
        if ((static_cast<unsigned char>(t[size_t(i)]) & 0xC0) != 0x80)
          ++carets;
      if (carets < 1)
        carets = 1;
      out += "    " + std::string(size_t(start), ' ') + std::string(size_t(carets), '^') + "\n";
    }
  }
  out += type + ": " + msg + "\n";
  return out;
}

} // namespace kiln::frontend
