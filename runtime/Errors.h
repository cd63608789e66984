//===- Errors.h - Raising and inspecting exceptions ----------------------===//
///
/// The error convention (DESIGN.md §6): a failing runtime function sets
/// ts.curExc and returns null / -1 / false. The helpers here build the
/// exception (CPython's message text) and return null so that
/// `return raise(TypeErrorType, "...")` reads naturally.
///
//===----------------------------------------------------------------------===//
#pragma once

#include "runtime/Object.h"
#include "runtime/ThreadState.h"

namespace kiln::rt {

#define EXC(Name, Base, Layout) extern Type Name##Type;
#include "runtime/Exceptions.def"

/// Raises \p type with a message formatted like printf. Returns null.
Value raise(Type *type, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/// Raises \p type with the single argument \p arg (KeyError(key), ...).
Value raiseWithArg(Type *type, Value arg);
/// Raises \p type with \p msg (a str Value).
Value raiseWithStr(Type *type, Value msg);
/// `raise X`: an exception instance, or a class to instantiate. A non
/// exception gives CPython's TypeError. Returns null.
Value raiseObject(Value exc);
/// Sets the exception being raised to the instance \p exc as is.
void setCurrentException(Value exc);
Value raiseMemoryError();
/// Last resort when even MemoryError cannot be built.
[[noreturn]] void fatalOutOfMemory();
[[noreturn]] void fatal(const char *msg);

inline bool errOccurred() { return !ts.curExc.isNull(); }
/// Takes the exception being raised (null if none) and clears it.
inline Value takeError() {
  Value e = ts.curExc;
  ts.curExc = Value();
  return e;
}
inline void clearError() { ts.curExc = Value(); }
/// True when an exception is being raised and is an instance of \p type.
bool errMatches(Type *type);
/// The exception is StopIteration: takes it and returns its value (None
/// when it has none). Used where iteration ends by StopIteration.
Value takeStopIterationValue();

/// "'%s' object is not callable"-style helpers used in many places.
Value raiseTypeErrorNotSupported(const char *what, Value v);

/// Converts a C++ exception-free failure of a Python-level truth or
/// comparison into the usual int convention.
inline int errorInt() { return -1; }

} // namespace kiln::rt
