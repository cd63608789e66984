//===- ShowCode.cpp - dis.show_code-style and JSON code-object dumps -----===//
#include "frontend/bytecode/ShowCode.h"

#include "frontend/Unicode.h"

#include <cstdio>
#include <vector>

namespace kiln::frontend {

namespace {

/// The code objects of a tree in depth-first pre-order.
void collect(const CodeObject &code, std::vector<const CodeObject *> &out) {
  out.push_back(&code);
  for (const ConstantRef &c : code.consts)
    if (c && c->kind == Constant::Kind::Code && c->code)
      collect(*c->code, out);
}

std::string hex(const uint8_t *data, size_t size) {
  static const char Digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(size * 2);
  for (size_t i = 0; i < size; ++i) {
    out += Digits[data[i] >> 4];
    out += Digits[data[i] & 15];
  }
  return out;
}

std::string hex(std::string_view bytes) {
  return hex(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
}

/// Appends a list item: newline, the index as "%4d: ", then \p text.
void appendItem(std::string &out, size_t i, std::string_view text) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "\n%4zu: ", i);
  out += buf;
  out += text;
}

void appendNameList(std::string &out, const char *title,
                    const std::vector<std::string> &names) {
  if (names.empty())
    return;
  out += '\n';
  out += title;
  for (size_t i = 0; i < names.size(); ++i)
    appendItem(out, i, names[i]);
}

std::string jsonNameList(const std::vector<std::string> &names) {
  std::string out = "[";
  for (size_t i = 0; i < names.size(); ++i) {
    if (i)
      out += ", ";
    out += jsonString(names[i]);
  }
  return out + "]";
}

} // namespace

std::string prettyFlags(int flags) {
  static const char *const Names[] = {
      "OPTIMIZED", "NEWLOCALS", "VARARGS",   "VARKEYWORDS",        "NESTED",
      "GENERATOR", "NOFREE",    "COROUTINE", "ITERABLE_COROUTINE", "ASYNC_GENERATOR",
  };
  unsigned rest = unsigned(flags);
  if (rest == 0)
    return "0x0";
  std::string out;
  for (int bit = 0; bit < 32 && rest; ++bit) {
    unsigned flag = 1u << bit;
    if (!(rest & flag))
      continue;
    if (!out.empty())
      out += ", ";
    if (bit < 10) {
      out += Names[bit];
    } else {
      char buf[16];
      std::snprintf(buf, sizeof buf, "0x%x", flag);
      out += buf;
    }
    rest ^= flag;
  }
  return out;
}

std::string codeInfo(const CodeObject &code) {
  std::string out;
  out += "Name:              " + code.name;
  out += "\nFilename:          " + code.filename;
  out += "\nArgument count:    " + std::to_string(code.argcount);
  out += "\nPositional-only arguments: " + std::to_string(code.posonlyargcount);
  out += "\nKw-only arguments: " + std::to_string(code.kwonlyargcount);
  out += "\nNumber of locals:  " + std::to_string(code.nlocals());
  out += "\nStack size:        " + std::to_string(code.stacksize);
  out += "\nFlags:             " + prettyFlags(code.flags);
  if (!code.consts.empty()) {
    out += "\nConstants:";
    for (size_t i = 0; i < code.consts.size(); ++i)
      appendItem(out, i, code.consts[i] ? code.consts[i]->repr() : "None");
  }
  appendNameList(out, "Names:", code.names);
  appendNameList(out, "Variable names:", code.varnames);
  // dis lists free variables before cell variables.
  appendNameList(out, "Free variables:", code.freevars);
  appendNameList(out, "Cell variables:", code.cellvars);
  return out;
}

void showCode(const CodeObject &code, std::ostream &os) {
  std::vector<const CodeObject *> all;
  collect(code, all);
  for (size_t i = 0; i < all.size(); ++i) {
    if (i)
      os << "\n";
    os << codeInfo(*all[i]) << "\n";
  }
}

std::string jsonString(std::string_view utf8) {
  std::string out = "\"";
  char buf[8];
  size_t pos = 0;
  while (pos < utf8.size()) {
    size_t start = pos;
    uint32_t cp;
    if (!unicode::decodeUtf8(utf8, pos, cp, /*allowSurrogates=*/true)) {
      out += "\\ufffd";
      pos = start + 1;
      continue;
    }
    if (cp == '"') {
      out += "\\\"";
    } else if (cp == '\\') {
      out += "\\\\";
    } else if (cp < 0x20 || (cp >= 0xD800 && cp <= 0xDFFF)) {
      std::snprintf(buf, sizeof buf, "\\u%04x", cp);
      out += buf;
    } else {
      out.append(utf8.substr(start, pos - start));
    }
  }
  return out + "\"";
}

void showCodeJson(const CodeObject &code, std::ostream &os) {
  std::vector<const CodeObject *> all;
  collect(code, all);
  os << "[";
  for (size_t i = 0; i < all.size(); ++i) {
    const CodeObject &co = *all[i];
    os << (i ? ",\n  " : "\n  ");
    os << "{\"co_name\": " << jsonString(co.name)
       << ", \"co_qualname\": " << jsonString(co.qualname)
       << ", \"co_filename\": " << jsonString(co.filename)
       << ", \"co_firstlineno\": " << co.firstlineno
       << ", \"co_argcount\": " << co.argcount
       << ", \"co_posonlyargcount\": " << co.posonlyargcount
       << ", \"co_kwonlyargcount\": " << co.kwonlyargcount
       << ", \"co_nlocals\": " << co.nlocals()
       << ", \"co_stacksize\": " << co.stacksize
       << ", \"co_flags\": " << co.flags
       << ", \"co_code\": \"" << hex(co.code.data(), co.code.size()) << "\""
       << ", \"co_consts\": [";
    for (size_t j = 0; j < co.consts.size(); ++j) {
      if (j)
        os << ", ";
      const ConstantRef &c = co.consts[j];
      if (c && c->kind == Constant::Kind::Code && c->code)
        os << "{\"code\": " << jsonString(c->code->qualname) << "}";
      else
        os << jsonString(c ? c->repr() : "None");
    }
    os << "], \"co_names\": " << jsonNameList(co.names)
       << ", \"co_varnames\": " << jsonNameList(co.varnames)
       << ", \"co_cellvars\": " << jsonNameList(co.cellvars)
       << ", \"co_freevars\": " << jsonNameList(co.freevars)
       << ", \"co_linetable\": \"" << hex(co.lineTable()) << "\""
       << ", \"co_exceptiontable\": \"" << hex(co.exceptionTableBytes()) << "\"}";
  }
  os << (all.empty() ? "]\n" : "\n]\n");
}

} // namespace kiln::frontend
