//===- CodeObject.h - CPython-style code objects -------------------------===//
///
/// The compiler's output and the unit both the vm and codegen consume. The
/// fields are CPython 3.11's (co_*) with CPython's contents, with one
/// deliberate difference: co_code holds no inline CACHE entries, so byte
/// offsets are denser than CPython's (DESIGN.md §3).
///
/// Positions and the exception table are kept decoded (one Location per
/// code unit, one ExceptionTableEntry per range); co_linetable and
/// co_exceptiontable are their CPython 3.11 encodings, computed on demand.
///
//===----------------------------------------------------------------------===//
#pragma once

#include "frontend/Constant.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace kiln::frontend {

/// CPython's CO_* flag bits.
enum CodeFlags : int {
  CO_OPTIMIZED = 0x0001,
  CO_NEWLOCALS = 0x0002,
  CO_VARARGS = 0x0004,
  CO_VARKEYWORDS = 0x0008,
  CO_NESTED = 0x0010,
  CO_GENERATOR = 0x0020,
  CO_NOFREE = 0x0040, // no longer set by CPython 3.11, kept for reference
  CO_COROUTINE = 0x0080,
  CO_ITERABLE_COROUTINE = 0x0100,
  CO_ASYNC_GENERATOR = 0x0200,
};

/// The source range of one instruction; -1 where CPython has None.
struct Location {
  int line = -1;
  int endLine = -1;
  int col = -1;    ///< UTF-8 byte offset in the line
  int endCol = -1;
};

/// One range of the 3.11 exception table: instructions [start, end) in code
/// units (2-byte words) jump to \p target with the value stack cut to
/// \p depth; with \p lasti the offset of the raising instruction is pushed
/// too.
struct ExceptionTableEntry {
  int start = 0;
  int end = 0;
  int target = 0;
  int depth = 0;
  bool lasti = false;
};

class CodeObject {
public:
  std::string name;       ///< co_name
  std::string qualname;   ///< co_qualname
  std::string filename;   ///< co_filename
  int firstlineno = 1;    ///< co_firstlineno
  int argcount = 0;       ///< co_argcount
  int posonlyargcount = 0;///< co_posonlyargcount
  int kwonlyargcount = 0; ///< co_kwonlyargcount
  int stacksize = 0;      ///< co_stacksize
  int flags = 0;          ///< co_flags (CodeFlags)
  std::vector<uint8_t> code;           ///< co_code: opcode, arg pairs
  std::vector<ConstantRef> consts;     ///< co_consts
  std::vector<std::string> names;      ///< co_names
  std::vector<std::string> varnames;   ///< co_varnames
  std::vector<std::string> cellvars;   ///< co_cellvars
  std::vector<std::string> freevars;   ///< co_freevars
  std::vector<Location> locations;     ///< one per code unit
  std::vector<ExceptionTableEntry> exceptionTable;

  int nlocals() const { return int(varnames.size()); } ///< co_nlocals
  size_t instructionCount() const { return code.size() / 2; }

  /// co_linetable: the CPython 3.11 location table encoding of locations.
  std::string lineTable() const;
  /// co_exceptiontable: the CPython 3.11 encoding of exceptionTable.
  std::string exceptionTableBytes() const;
};

/// `<code object NAME at 0x..., file "FILE", line N>`.
std::string codeRepr(const CodeObject &code);

} // namespace kiln::frontend
