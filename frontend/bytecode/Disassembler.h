//===- Disassembler.h - dis.dis-style listings of code objects -----------===//
///
/// The listing has the layout of CPython 3.11's dis.dis for a code object:
/// a line-number column (blank line before each new source line), the `>>`
/// jump-target marker, the byte offset, the opcode name padded to 20
/// columns, the argument right-aligned in 5 and its meaning in parentheses,
/// then `ExceptionTable:` when the code has handlers. Nested code objects
/// follow depth-first in co_consts order, each under a blank line and a
/// `Disassembly of <code object ...>:` header.
///
/// Offsets are byte offsets of Kiln's co_code, which has no inline caches,
/// so they are smaller than CPython's for the same function; EXTENDED_ARG
/// prefixes get lines of their own, as in dis.
///
//===----------------------------------------------------------------------===//
#pragma once

#include "frontend/CodeObject.h"

#include <ostream>
#include <string>

namespace kiln::frontend {

/// Prints \p code and, recursively, its nested code objects (dis.dis).
void disassemble(const CodeObject &code, std::ostream &os);

/// Prints \p code alone (dis.disassemble).
void disassembleCodeObject(const CodeObject &code, std::ostream &os);

/// The `(argrepr)` text dis shows for an instruction of \p code at byte
/// \p offset with opcode byte \p opcode and (folded) argument \p arg; empty
/// when dis shows none.
std::string argRepr(const CodeObject &code, int offset, uint8_t opcode, int arg);

} // namespace kiln::frontend
