//===- ThreadState.h - The interpreter's per-thread state ----------------===//
///
/// Kiln runs Python code on one thread (no `threading` yet), so the state
/// is one static object; being static data it is a root of the collector.
///
/// Two kinds of "current exception" exist, as in CPython 3.11:
///  - curExc: the exception being raised right now (the error return
///    convention's payload). Set by raise*, cleared when a handler takes it.
///  - the handled exception: what `sys.exc_info()` and a bare `raise` see,
///    set by PUSH_EXC_INFO while an except/finally block runs. It lives in
///    an ExcStateItem; generators own one each and link it in while they
///    run, so a generator's handled exception survives a yield.
///
//===----------------------------------------------------------------------===//
#pragma once

#include "runtime/Value.h"

#include <csignal>
#include <cstdint>

namespace kiln::rt {

struct Frame;

struct ExcStateItem {
  Value value; ///< the handled exception, or null/None when none
  ExcStateItem *previous = nullptr;
};

struct ThreadState {
  Value curExc;
  ExcStateItem baseExcState;
  ExcStateItem *excInfo = &baseExcState;
  Frame *frame = nullptr; ///< innermost running frame (the frame chain)
  int depth = 0;          ///< Python-level call depth
  int recursionLimit = 1000;
  /// Set while a RecursionError is being created: its constructor may call
  /// (and so recurse) past the limit by a little, as in CPython.
  int recursionHeadroom = 0;
  /// Lowest address the C++ stack may grow to before calls raise
  /// RecursionError (0: unchecked).
  uintptr_t stackLimit = 0;
  /// Set by the SIGINT handler; polled by the interpreter's eval breaker.
  volatile sig_atomic_t sigintPending = 0;
  /// Code objects that ran in the interpreter, by CodeOrigin (see
  /// KILN_STATS in Runtime.h).
  uint64_t interpretedCode[3] = {0, 0, 0};
};

/// C name for generated code, which polls sigintPending inline.
extern ThreadState ts __asm__("kiln_thread_state");

/// The handled exception (`sys.exc_info()[1]`), or null when none.
Value handledException();

/// Records the current C++ stack position as the base from which at most
/// \p bytes may be used; beyond that calls raise RecursionError.
void setStackBudget(size_t bytes);

/// Call-depth bookkeeping for every Python-level call (interpreted or
/// native). enterCall returns false with RecursionError set when the
/// recursion limit or the C++ stack budget is exhausted.
bool enterCallSlow(const char *where);
/// \p where ends the RecursionError message, as CPython's
/// Py_EnterRecursiveCall argument (" while calling a Python object"...).
inline bool enterCall(const char *where = "") {
  char probe;
  if (++ts.depth > ts.recursionLimit || uintptr_t(&probe) < ts.stackLimit)
    return enterCallSlow(where);
  return true;
}
inline void leaveCall() { --ts.depth; }

} // namespace kiln::rt
