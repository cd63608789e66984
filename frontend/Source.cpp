//===- Source.cpp - Source decoding (PEP 263, PEP 3120) ------------------===//
#include "frontend/Source.h"

#include "frontend/Unicode.h"

#include <cctype>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <cstdio>

namespace kiln::frontend {

bool readFileBytes(const std::string &path, std::string &out) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

bool isRegularFile(const std::string &path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}


namespace {

std::string normalizeNewlines(std::string_view in) {
  if (in.find('\r') == std::string_view::npos)
    return std::string(in);
  std::string out;
  out.reserve(in.size() + 1);
  for (size_t i = 0; i < in.size(); ++i) {
    char c = in[i];
    if (c == '\r') {
      out += '\n';
      if (i + 1 < in.size() && in[i + 1] == '\n')
        ++i;
    } else {
      out += c;
    }
  }
  return out;
}

/// The encoding named by a coding cookie on \p line, if the line is a
/// comment of the form `# ... coding[:=] NAME`.
bool findCookie(std::string_view line, std::string &name) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f'))
    ++i;
  if (i >= line.size() || line[i] != '#')
    return false;
  size_t p = line.find("coding", i);
  while (p != std::string_view::npos) {
    size_t q = p + 6;
    if (q < line.size() && (line[q] == ':' || line[q] == '=')) {
      ++q;
      while (q < line.size() && (line[q] == ' ' || line[q] == '\t'))
        ++q;
      size_t s = q;
      while (q < line.size() &&
             (std::isalnum((unsigned char)line[q]) || line[q] == '-' ||
              line[q] == '_' || line[q] == '.'))
        ++q;
      if (q > s) {
        name = std::string(line.substr(s, q - s));
        return true;
      }
    }
    p = line.find("coding", p + 1);
  }
  return false;
}

/// CPython's tokenizer spelling normalization, plus codec alias folding.
std::string normalEncodingName(std::string name) {
  std::string low;
  for (char c : name)
    low += char(c == '_' ? '-' : std::tolower((unsigned char)c));
  auto startsWith = [&](std::string_view p) {
    return low == p || (low.size() > p.size() && low.compare(0, p.size(), p) == 0 &&
                        low[p.size()] == '-');
  };
  if (low == "utf8" || startsWith("utf-8"))
    return low == "utf-8-sig" ? "utf-8-sig" : "utf-8";
  if (startsWith("latin-1") || startsWith("iso-8859-1") || startsWith("iso-latin-1") ||
      low == "latin1" || low == "iso8859-1" || low == "l1" || low == "iso-ir-100" ||
      low == "cp819" || low == "8859" || low == "latin")
    return "iso-8859-1";
  if (low == "ascii" || low == "us-ascii" || low == "646")
    return "ascii";
  if (low == "cp1252" || low == "windows-1252")
    return "cp1252";
  if (low == "koi8-r")
    return "koi8-r";
  if (low == "iso-8859-15" || low == "iso8859-15" || low == "latin9" || low == "latin-9")
    return "iso-8859-15";
  return low;
}

} // namespace

void Source::indexLines() {
  lineStarts_.clear();
  lineStarts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n' && i + 1 < text_.size())
      lineStarts_.push_back(i + 1);
}

std::string_view Source::line(int line) const {
  if (line < 1 || line > lineCount())
    return {};
  size_t s = lineStarts_[size_t(line - 1)];
  size_t e = line < lineCount() ? lineStarts_[size_t(line)] : text_.size();
  return std::string_view(text_).substr(s, e - s);
}

size_t Source::lineStart(int line) const {
  if (line < 1)
    return 0;
  if (line > lineCount())
    return text_.size();
  return lineStarts_[size_t(line - 1)];
}

bool Source::loadText(std::string_view utf8, std::string filename, SyntaxErrorInfo &err) {
  filename_ = std::move(filename);
  if (utf8.find('\0') != std::string_view::npos) {
    err.isValueError = true;
    err.type = "ValueError";
    err.msg = "source code string cannot contain null bytes";
    return false;
  }
  text_ = normalizeNewlines(utf8);
  indexLines();
  return true;
}

bool Source::loadBytes(std::string_view bytes, std::string filename, SyntaxErrorInfo &err) {
  filename_ = filename;
  err.filename = filename;
  bool bom = bytes.size() >= 3 && (unsigned char)bytes[0] == 0xEF &&
             (unsigned char)bytes[1] == 0xBB && (unsigned char)bytes[2] == 0xBF;
  if (bom)
    bytes.remove_prefix(3);
  if (size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
    // Reported at the line of the first NUL, showing the line up to it.
    size_t lineStart = bytes.rfind('\n', nul);
    lineStart = lineStart == std::string_view::npos ? 0 : lineStart + 1;
    err.msg = "source code cannot contain null bytes";
    err.line = 1;
    for (size_t i = 0; i < nul; ++i)
      err.line += bytes[i] == '\n';
    err.text = std::string(bytes.substr(lineStart, nul - lineStart));
    err.col = -1;
    return false;
  }
  // The cookie may be on line 1, or on line 2 when line 1 is blank/comment.
  std::string encoding = "utf-8";
  int cookieLine = 0;
  size_t nl1 = bytes.find_first_of("\r\n");
  std::string_view line1 = bytes.substr(0, nl1);
  std::string name;
  if (findCookie(line1, name)) {
    encoding = normalEncodingName(name);
    cookieLine = 1;
  } else if (nl1 != std::string_view::npos) {
    size_t l2s = nl1 + 1;
    if (bytes[nl1] == '\r' && l2s < bytes.size() && bytes[l2s] == '\n')
      ++l2s;
    size_t k = 0;
    while (k < line1.size() && (line1[k] == ' ' || line1[k] == '\t' || line1[k] == '\f'))
      ++k;
    bool line1Blank = k == line1.size() || line1[k] == '#';
    std::string_view rest = bytes.substr(l2s);
    std::string_view line2 = rest.substr(0, rest.find_first_of("\r\n"));
    if (line1Blank && findCookie(line2, name)) {
      encoding = normalEncodingName(name);
      cookieLine = 2;
    }
  }
  // Decoding errors of a script are reported without a location.
  auto fail = [&](std::string msg, int line) {
    err.msg = std::move(msg);
    err.line = line;
    err.col = -1;
    err.noLocation = true;
    return false;
  };
  // With a BOM only a cookie CPython spells as utf-8 is accepted ("utf8" is not).
  std::string spelled;
  for (char c : name)
    spelled += char(c == '_' ? '-' : std::tolower((unsigned char)c));
  bool spelledUtf8 = spelled == "utf-8" || spelled.rfind("utf-8-", 0) == 0;
  if (bom && cookieLine != 0 && !spelledUtf8)
    return fail("encoding problem: " + name + " with BOM", cookieLine);
  std::string utf8;
  if (encoding == "utf-8" || encoding == "utf-8-sig") {
    size_t bad = 0;
    if (!unicode::isValidUtf8(bytes, &bad)) {
      if (cookieLine == 0) {
        int line = 1;
        for (size_t i = 0; i < bad; ++i)
          line += bytes[i] == '\n';
        char buf[256];
        std::snprintf(buf, sizeof buf,
                      "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                      "but no encoding declared; see https://peps.python.org/pep-0263/ "
                      "for details",
                      (unsigned char)bytes[bad], filename_.c_str(), line);
        return fail(buf, line);
      }
      return fail("(unicode error) 'utf-8' codec can't decode byte", 0);
    }
    utf8 = std::string(bytes);
  } else if (encoding == "iso-8859-1" || encoding == "ascii") {
    for (unsigned char c : bytes) {
      if (c >= 0x80 && encoding == "ascii")
        return fail("(unicode error) 'ascii' codec can't decode byte", 0);
      unicode::appendUtf8(utf8, c);
    }
  } else if (const uint32_t *table = unicode::singleByteDecodingTable(encoding)) {
    for (unsigned char c : bytes) {
      uint32_t cp = c < 0x80 ? c : table[c - 0x80];
      if (cp == 0xFFFFFFFF)
        return fail("(unicode error) '" + encoding + "' codec can't decode byte", 0);
      unicode::appendUtf8(utf8, cp);
    }
  } else {
    return fail("encoding problem: " + name, cookieLine);
  }
  text_ = normalizeNewlines(utf8);
  indexLines();
  return true;
}

} // namespace kiln::frontend
