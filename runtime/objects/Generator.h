//===- Generator.h - generators (and the coroutine shapes) ---------------===//
///
/// A generator owns the frame of its code object. The code's prologue runs
/// at the call until RETURN_GENERATOR, which wraps the frame in a Generator
/// and returns it; each send() resumes the frame through its Code's entry
/// with the sent value, and YIELD_VALUE suspends it again
/// (FRAME_SUSPENDED). The generator links its own handled-exception state
/// into the thread while it runs, so `sys.exc_info()` inside survives
/// yields.
///
//===----------------------------------------------------------------------===//
#pragma once

#include "runtime/Object.h"
#include "runtime/ThreadState.h"

namespace kiln::rt {

struct Frame;
struct Str;

struct Generator : Object {
  Frame *frame;
  Str *name;
  Str *qualname;
  ExcStateItem excState;
  bool running;
  bool started;
};

/// Wraps \p frame (suspended just after RETURN_GENERATOR).
Value generatorNew(Frame *frame);
/// gen.send(value); with \p forIteration, exhaustion returns null with no
/// exception (the tp_iternext convention) instead of raising StopIteration.
Value generatorSend(Value gen, Value value, bool forIteration);
/// gen.throw(exc) with an exception instance.
Value generatorThrow(Value gen, Value exc);
Value generatorClose(Value gen);
/// The delegated-to iterator of a generator suspended in `yield from`, or null.
Value generatorYieldFrom(Generator *g);

void initGeneratorType();

} // namespace kiln::rt
