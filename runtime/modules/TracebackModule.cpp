//===- TracebackModule.cpp - _traceback: the report's text for Python ------===//
///
/// The native half of runtime/lib/traceback.py: the same text the runtime
/// prints for an uncaught exception (Traceback.cpp), handed to Python code.
///
//===----------------------------------------------------------------------===//
#include "runtime/Abstract.h"
#include "runtime/Args.h"
#include "runtime/Errors.h"
#include "runtime/objects/Exception.h"
#include "runtime/objects/Module.h"
#include "runtime/objects/Str.h"

namespace kiln::rt {


namespace {

bool checkException(const char *fname, Value v) {
  if (isInstance(v, &BaseExceptionType))
    return true;
  raise(&TypeErrorType, "%s() argument must be an exception, not %s", fname, typeName(v));
  return false;
}

/// format_exception(exc, chain): the whole report as one str.
Value tFormatException(Value, const Value *args, size_t nargs) {
  if (!checkPositional("format_exception", nargs, 2, 2) ||
      !checkException("format_exception", args[0]))
    return Value();
  int chain = isTrue(args[1]);
  if (chain < 0)
    return Value();
  return strFromUtf8(formatExceptionReport(args[0], chain));
}

/// format_tb(tb): the entries of a traceback object as one str.
Value tFormatTb(Value, Value tb) {
  if (typeOf(tb) != &TracebackType)
    return raise(&TypeErrorType, "format_tb() argument must be a traceback, not %s",
                 typeName(tb));
  return strFromUtf8(formatTracebackEntries(tb));
}

/// format_exception_only(exc): the `Type: message` lines as one str.
Value tFormatExceptionOnly(Value, Value exc) {
  if (!checkException("format_exception_only", exc))
    return Value();
  return strFromUtf8(formatExceptionOnlyText(exc));
}

const MethodDef tracebackFunctions[] = {
    KILN_METH_FAST("format_exception", tFormatException),
    KILN_METH_O("format_tb", tFormatTb),
    KILN_METH_O("format_exception_only", tFormatExceptionOnly),
    {nullptr},
};

bool initTracebackModule(Module *m) {
  moduleAddFunctions(m, tracebackFunctions);
  return true;
}

} // namespace

KILN_NATIVE_MODULE("_traceback", initTracebackModule);

} // namespace kiln::rt
