//===- FrameAlloc.h - Taking and returning frame records ------------------===//
///
/// frameNew and frameRelease run on every Python call; they are inline so
/// that the call path (functionCall) has no calls of its own besides the
/// code's entry. Declared in Frame.h.
///
/// Generated code's direct call path (kiln.call.N, codegen/LowerCalls.cpp)
/// does what frameNew (from the free list), framePush, framePop and
/// frameRelease (for a frame nothing kept) do, field for field: a field
/// reset here must be reset there too (its difftest inline_call_frames.py).
///
//===----------------------------------------------------------------------===//
#pragma once

#include "runtime/Frame.h"
#include "runtime/Gc.h"
#include "runtime/objects/Code.h"

#include <cstring>

namespace kiln::rt {

inline Frame *frameNew(Code *code, Dict *globals, Dict *builtins, Value locals, Function *func) {
  Frame *f = code->freeFrames;
  if (f) {
    code->freeFrames = f->back;
    f->back = nullptr;
  } else {
    f = newObject<Frame>(&FrameType, size_t(code->framesize) * sizeof(Value));
    if (!f)
      return nullptr;
  }
  f->code = code;
  f->globals = globals;
  f->builtins = builtins;
  f->locals = locals;
  f->func = func;
  f->lasti = -1;
  return f;
}

/// Zeroes \p n slots. A small frame's slots are stored one by one (a jump
/// into a run of stores): a memset call costs more than the stores.
inline void clearSlots(Value *slots, size_t n) {
  switch (n) {
  case 12: slots[11] = Value(); [[fallthrough]];
  case 11: slots[10] = Value(); [[fallthrough]];
  case 10: slots[9] = Value(); [[fallthrough]];
  case 9: slots[8] = Value(); [[fallthrough]];
  case 8: slots[7] = Value(); [[fallthrough]];
  case 7: slots[6] = Value(); [[fallthrough]];
  case 6: slots[5] = Value(); [[fallthrough]];
  case 5: slots[4] = Value(); [[fallthrough]];
  case 4: slots[3] = Value(); [[fallthrough]];
  case 3: slots[2] = Value(); [[fallthrough]];
  case 2: slots[1] = Value(); [[fallthrough]];
  case 1: slots[0] = Value(); [[fallthrough]];
  case 0: return;
  default: memset(static_cast<void *>(slots), 0, n * sizeof(Value));
  }
}

inline void frameRelease(Frame *f) {
  if (f->flags & (FRAME_ESCAPED | FRAME_GENERATOR)) {
    if (f->back)
      f->back->flags |= FRAME_ESCAPED;
    return;
  }
  Code *code = f->code;
  clearSlots(f->slots, size_t(code->framesize));
  f->localsCache = Value();
  f->locals = Value();
  f->generator = Value();
  f->stackDepth = 0;
  f->flags = 0;
  f->back = code->freeFrames;
  code->freeFrames = f;
}

} // namespace kiln::rt
