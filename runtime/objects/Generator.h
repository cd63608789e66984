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

/// One layout for the three kinds; the type tells them apart
/// (GeneratorType, CoroutineType, AsyncGeneratorType).
struct Generator : Object {
  Frame *frame;
  Str *name;
  Str *qualname;
  ExcStateItem excState;
  bool running;
  bool started;
  // Async generators only.
  bool agClosed;       ///< aclose()d or exhausted: athrow/aclose stop at once
  bool agRunningAsync; ///< an asend/athrow awaitable is in progress (ag_running)
};

/// The coroutine and async-generator types (Coroutine.cpp).
extern Type CoroutineType, AsyncGeneratorType, CoroutineWrapperType, AsyncGenASendType,
    AsyncGenAThrowType, AsyncGenWrappedValueType;

inline bool isGeneratorOrCoroutine(Value v) {
  Type *t = typeOf(v);
  return t == &GeneratorType || t == &CoroutineType;
}

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
/// generatorThrow with CPython's close_on_genexit: false (athrow/aclose)
/// throws GeneratorExit into a delegated-to iterator instead of closing it.
Value generatorThrowEx(Value gen, Value exc, bool closeOnGenExit);
/// The exception instance of throw(type[, value[, traceback]]) arguments
/// (1 to 3 of them, already counted), or null with TypeError.
Value throwArgsException(const Value *args, size_t nargs);

/// The iterator `await o` drives (CPython's _PyCoro_GetAwaitableIter):
/// a coroutine itself, else o.__await__() (which must be an iterator).
Value coroutineGetAwaitableIter(Value o);
/// ASYNC_GEN_WRAP: marks a value yielded by an async generator's `yield`.
Value asyncGenWrap(Value v);

void initGeneratorType();
void initCoroutineTypes();

/// throw() and close() as methods, shared by generators, coroutines and
/// coroutine wrappers.
Value generatorThrowMethod(Value self, const Value *args, size_t nargs);
Value generatorCloseMethod(Value self);

/// Getters and setters shared by generator, coroutine and async generator
/// (their gi_/cr_/ag_ attributes), defined in Generator.cpp.
namespace genattr {
Value name(Value v);
int setName(Value v, Value x);
Value qualname(Value v);
int setQualname(Value v, Value x);
Value frame(Value v);
Value running(Value v);
Value suspended(Value v);
Value code(Value v);
Value yieldFrom(Value v);
} // namespace genattr

} // namespace kiln::rt
