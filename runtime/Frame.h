//===- Frame.h - Frame records and the frame chain ------------------------===//
///
/// Every running code object, interpreted or native, has a Frame on the
/// thread's frame chain (DESIGN.md §5): back link, code, globals,
/// builtins, the offset of the current instruction (stored before any call
/// that can raise) and the localsplus array followed by the value stack.
/// A Frame is a Python object (`frame`), so sys._getframe() and tracebacks
/// hand out the record itself.
///
/// A frame normally dies with its call. One that something else may still
/// see — a traceback entry, sys._getframe(), a generator — is marked
/// `escaped`; only frames that did not escape may be recycled.
///
//===----------------------------------------------------------------------===//
#pragma once

#include "runtime/Object.h"
#include "runtime/ThreadState.h"

namespace kiln::rt {

struct Code;
struct Dict;
struct Function;

enum FrameFlags : uint8_t {
  FRAME_ESCAPED = 1,   ///< referenced from Python: never recycled
  FRAME_GENERATOR = 2, ///< owned by a generator
  FRAME_SUSPENDED = 4, ///< a generator frame stopped at a yield
  FRAME_FINISHED = 8,  ///< returned or raised out
  FRAME_EXECUTING = 16,
};

struct Frame : Object {
  Frame *back;
  Code *code;
  Function *func;    ///< null for module/exec code
  Dict *globals;
  Dict *builtins;
  Value locals;      ///< the mapping of *_NAME ops, or null
  Value generator;   ///< owning generator, or null
  Value localsCache; ///< f_locals snapshot dict (created on demand)
  int32_t lasti;     ///< byte offset of the current instruction, -1 before start
  int32_t stackDepth; ///< saved value-stack depth of a suspended generator
  uint8_t flags;
  Value slots[];     ///< localsplus, then the value stack

  Value *localsplus() { return slots; }
  Value *stackBase();
};

/// A new frame for \p code with everything null; the caller fills it.
/// Reuses a released frame of the same code when there is one. (Inline,
/// in FrameAlloc.h.)
inline Frame *frameNew(Code *code, Dict *globals, Dict *builtins, Value locals, Function *func);
/// Called when a call's frame has been popped: a frame nothing else can see
/// goes back to its code's free list (slots cleared, so the collector sees
/// no stale values); an escaped one stays, and makes its caller escaped
/// too, since its f_back must stay valid (CPython likewise keeps the back
/// frame of a frame object that outlives its call).
inline void frameRelease(Frame *f);
/// Pushes \p f on the frame chain (f->back = current).
inline void framePush(Frame *f) {
  f->back = ts.frame;
  ts.frame = f;
}
inline void framePop(Frame *f) { ts.frame = f->back; }
/// The line the frame is at.
int frameLine(Frame *f);
/// A dict of the frame's variables (f_locals / locals()): the locals
/// mapping for NAME-style code, else a snapshot of fast locals and cells.
Value frameLocals(Frame *f);
/// Runs \p code in a new frame with the given namespaces (module bodies,
/// exec, eval, class bodies); \p func is for closures of class bodies.
Value runCode(Code *code, Dict *globals, Value locals, Value closure = Value());

void initFrameType();

} // namespace kiln::rt
