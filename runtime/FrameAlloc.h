//===- FrameAlloc.h - Taking and returning frame records ------------------===//
///
/// frameNew and frameRelease run on every Python call; they are inline so
/// that the call path (functionCall) has no calls of its own besides the
/// code's entry. Declared in Frame.h.
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

inline void frameRelease(Frame *f) {
  if (f->flags & (FRAME_ESCAPED | FRAME_GENERATOR)) {
    if (f->back)
      f->back->flags |= FRAME_ESCAPED;
    return;
  }
  Code *code = f->code;
  memset(static_cast<void *>(f->slots), 0, size_t(code->framesize) * sizeof(Value));
  f->localsCache = Value();
  f->locals = Value();
  f->generator = Value();
  f->stackDepth = 0;
  f->flags = 0;
  f->back = code->freeFrames;
  code->freeFrames = f;
}

} // namespace kiln::rt
