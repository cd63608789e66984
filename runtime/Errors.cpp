//===- Errors.cpp - Raising exceptions and the thread state ---------------===//
#include "runtime/Errors.h"
#include "runtime/Abstract.h"
#include "runtime/Frame.h"
#include "runtime/objects/Exception.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace kiln::rt {

ThreadState ts;

Value handledException() {
  for (ExcStateItem *e = ts.excInfo; e; e = e->previous)
    if (e->value && !isNone(e->value))
      return e->value;
  return Value();
}

void setStackBudget(size_t bytes) {
  char probe;
  ts.stackLimit = uintptr_t(&probe) - bytes;
}

bool enterCallSlow(const char *where) {
  char probe;
  bool overStack = uintptr_t(&probe) < ts.stackLimit;
  if (!overStack && ts.depth <= ts.recursionLimit)
    return true;
  if (ts.recursionHeadroom) {
    // Creating the RecursionError itself: allow a few more levels (the
    // stack budget leaves room below stackLimit for exactly this).
    if (ts.depth > ts.recursionLimit + 50)
      fatal("Cannot recover from stack overflow.");
    return true;
  }
  --ts.depth;
  ++ts.recursionHeadroom;
  raise(&RecursionErrorType, "maximum recursion depth exceeded%s", where);
  --ts.recursionHeadroom;
  return false;
}

[[noreturn]] void fatal(const char *msg) {
  fprintf(stderr, "Fatal Python error: %s\n", msg);
  fflush(stderr);
  _exit(134);
}

[[noreturn]] void fatalOutOfMemory() {
  static const char msg[] = "MemoryError: out of memory\n";
  if (write(2, msg, sizeof msg - 1) < 0) {
  }
  _exit(1);
}

/// Raising while an exception is handled chains it as __context__, breaking
/// any cycle this would create (CPython's _PyErr_SetObject).
void setCurrentException(Value exc) {
  Value handled = handledException();
  if (handled && exc && isException(exc) && handled != exc) {
    Value o = handled;
    int steps = 0;
    while (steps++ < 100000) {
      Value ctx = o.as<BaseException>()->context;
      if (!ctx)
        break;
      if (ctx == exc) {
        o.as<BaseException>()->context = Value();
        break;
      }
      o = ctx;
    }
    exc.as<BaseException>()->context = handled;
  }
  ts.curExc = exc;
}

Value raiseWithArg(Type *type, Value arg) {
  Value exc = exceptionNew(type, tupleOf({arg}));
  if (exc)
    setCurrentException(exc);
  return Value();
}

Value raiseWithStr(Type *type, Value msg) { return raiseWithArg(type, msg); }

namespace {

/// The message str of a format without conversions ("list index out of
/// range"), made once per format string: raising it in a loop then costs
/// no formatting. A small table keyed by the format's address (static
/// data, so the strs stay reachable; Python code runs on one thread); a
/// hit also compares the text, so a format that is not a literal (a
/// buffer reused with other text) is never given a stale message.
Str *constantMessage(const char *fmt) {
  struct Slot {
    const char *fmt;
    Str *msg;
  };
  static Slot slots[64];
  Slot &slot = slots[(uintptr_t(fmt) >> 3) & 63];
  if (slot.fmt != fmt || !strEqualsAscii(slot.msg, fmt)) {
    Value msg = strFromUtf8(fmt);
    if (!msg)
      return nullptr;
    slot.msg = msg.as<Str>();
    slot.fmt = fmt;
  }
  return slot.msg;
}

} // namespace

Value raise(Type *type, const char *fmt, ...) {
  if (!strchr(fmt, '%')) {
    Str *msg = constantMessage(fmt);
    return msg ? raiseWithArg(type, Value::object(msg)) : Value();
  }
  char small[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  std::string text;
  if (n >= int(sizeof small)) {
    text.resize(size_t(n) + 1);
    va_start(ap, fmt);
    vsnprintf(text.data(), text.size(), fmt, ap);
    va_end(ap);
    text.resize(size_t(n));
  } else {
    text.assign(small, n > 0 ? size_t(n) : 0);
  }
  Value msg = strFromUtf8(text);
  if (!msg)
    return Value();
  return raiseWithArg(type, msg);
}

Value raiseMemoryError() {
  static BaseException *prealloc;
  if (!prealloc) {
    Value e = exceptionNew(&MemoryErrorType, emptyTuple());
    if (!e)
      fatalOutOfMemory();
    prealloc = e.as<BaseException>();
    static Value root;
    root = e;
  }
  prealloc->traceback = Value();
  prealloc->context = Value();
  prealloc->cause = Value();
  ts.curExc = Value::object(prealloc);
  return Value();
}

Value raiseObject(Value exc) {
  if (isExceptionClass(exc)) {
    Value inst = call(exc, nullptr, 0, nullptr);
    if (!inst)
      return Value();
    if (!isException(inst))
      return raise(&TypeErrorType,
                   "calling %s should have returned an instance of BaseException, not %s",
                   strToUtf8(repr(exc)).c_str(), typeName(inst));
    setCurrentException(inst);
    return Value();
  }
  if (isException(exc)) {
    setCurrentException(exc);
    return Value();
  }
  return raise(&TypeErrorType, "exceptions must derive from BaseException");
}

bool errMatches(Type *type) { return ts.curExc && isInstance(ts.curExc, type); }

Value takeStopIterationValue() {
  Value e = takeError();
  if (!e)
    return None();
  return stopIterationValue(e);
}

Value raiseTypeErrorNotSupported(const char *what, Value v) {
  return raise(&TypeErrorType, "'%s' object %s", typeName(v), what);
}

} // namespace kiln::rt
