//===- ShowCode.h - dis.show_code-style and JSON code-object dumps -------===//
///
/// `kiln show-code` prints, for the module code object and then every
/// nested code object in depth-first pre-order (the order in which code
/// objects appear in co_consts, recursively), exactly what CPython 3.11's
/// dis.show_code(code) prints for it; consecutive code objects are
/// separated by one empty line.
///
/// `kiln show-code --json` prints a JSON array with one object per code
/// object in the same order. Keys, in this order: co_name co_qualname
/// co_filename co_firstlineno co_argcount co_posonlyargcount
/// co_kwonlyargcount co_nlocals co_stacksize co_flags co_code co_consts
/// co_names co_varnames co_cellvars co_freevars co_linetable
/// co_exceptiontable. Ints are JSON numbers, name tuples arrays of strings,
/// the three byte strings lowercase hex, and co_consts an array holding each
/// constant's Python repr as a string, or {"code": qualname} for a nested
/// code object. Each object takes one line.
///
//===----------------------------------------------------------------------===//
#pragma once

#include "frontend/CodeObject.h"

#include <ostream>
#include <string>
#include <string_view>

namespace kiln::frontend {

/// dis.show_code output for \p code and each nested code object.
void showCode(const CodeObject &code, std::ostream &os);

/// dis.code_info(code) for \p code alone, without a final newline.
std::string codeInfo(const CodeObject &code);

/// The JSON array described above.
void showCodeJson(const CodeObject &code, std::ostream &os);

/// \p utf8 as a JSON string literal, quotes included. UTF-8 passes through;
/// `"`, `\` and control characters are escaped; surrogates stored in
/// generalized UTF-8 become \udXXX escapes; invalid bytes become \ufffd.
std::string jsonString(std::string_view utf8);

/// dis.pretty_flags: "OPTIMIZED, NEWLOCALS, NOFREE", hex for unknown bits.
std::string prettyFlags(int flags);

} // namespace kiln::frontend
