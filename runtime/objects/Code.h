//===- Code.h - code objects as Python values ----------------------------===//
///
/// A Code wraps the front end's CodeObject (which it keeps alive) and holds
/// what running it needs as Values: co_consts converted to objects, co_names
/// interned. `entry` runs a frame of this code; the vm installs its
/// interpreter there, the native executable its generated function — the
/// runtime only ever calls through it (DESIGN.md §1).
///
//===----------------------------------------------------------------------===//
#pragma once

#include "frontend/CodeObject.h"
#include "runtime/Object.h"

#include <memory>

namespace kiln::rt {

struct Frame;
struct Str;
struct Tuple;

/// Runs (or resumes) \p frame. \p sent is the value a resumed generator
/// receives (null when starting, or when an exception is being thrown in:
/// then ts.curExc is set). Returns the result, or null on error.
using FrameEntry = Value (*)(Frame *frame, Value sent);

/// Where a code object came from, for the interpreted-code statistic
/// (KILN_STATS): a built executable must run none of the program's code
/// in the interpreter; code given to exec/eval/compile always runs there.
enum CodeOrigin : uint8_t {
  CODE_PROGRAM = 0, ///< the program's own source files
  CODE_RUNTIME = 1, ///< the runtime's library modules and internal sources
  CODE_DYNAMIC = 2, ///< compile(), exec() and eval() of source text
};

struct Code : Object {
  const frontend::CodeObject *fc;
  std::shared_ptr<frontend::CodeObject> *owner; ///< keeps fc alive
  Tuple *consts;
  Tuple *names;     ///< interned Strs
  Tuple *localsplusNames; ///< interned Strs: varnames, non-arg cells, frees
  Str *name, *qualname, *filename;
  int32_t nlocalsplus;
  int32_t nlocals;   ///< co_nlocals (== len(co_varnames))
  int32_t ncells;    ///< cells that are not arguments
  int32_t nfrees;
  int32_t framesize; ///< nlocalsplus + stacksize
  int32_t flags;
  int32_t argcount, posonlyargcount, kwonlyargcount;
  /// argcount when a call binds positional arguments only (no *args,
  /// **kwargs or keyword-only parameters), else -1: a call with exactly
  /// that many positional arguments copies them into the frame as they are.
  int32_t simpleArgc;
  /// localsplus index -> true when that slot holds a cell (MAKE_CELL'd)
  uint8_t *cellSlots;
  FrameEntry entry;
  void *nativeFunction; ///< codegen: the native function, if any
  /// Finished frames of this code that nothing references, for reuse by
  /// the next call (linked through Frame::back). See frameRelease.
  struct Frame *freeFrames;
  CodeOrigin origin;
  bool ranInterpreted; ///< counted once in ts.interpretedCode
};

/// Sets the origin of \p code and of its nested code objects.
void codeSetOrigin(Code *code, CodeOrigin origin);

/// Wraps a compiled code object (and, recursively, its nested code
/// constants). Null on MemoryError.
Code *codeFromFrontend(const std::shared_ptr<frontend::CodeObject> &fc);
/// The line of the instruction at byte offset \p offset (-1 if none).
int codeLineAt(const Code *code, int offset);
/// The full location of the instruction at \p offset.
frontend::Location codeLocationAt(const Code *code, int offset);

/// The entry given to code objects that have no native function; set by
/// the vm at startup.
extern FrameEntry defaultFrameEntry;

void initCodeType();

} // namespace kiln::rt
