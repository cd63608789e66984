//===- GcAtexit.cpp - the gc and atexit modules ---------------------------===//
///
/// gc: the collector's controls on top of Boehm (collect, enable/disable;
/// thresholds and counts are CPython's defaults, the tracing collector has
/// no generations). atexit: functions run when the program ends, last
/// registered first, before the standard streams are flushed
/// (runAtexitCallbacks, called by Runtime.cpp).
///
//===----------------------------------------------------------------------===//
#include "runtime/Abstract.h"
#include "runtime/Args.h"
#include "runtime/Errors.h"
#include "runtime/Runtime.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Exception.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Module.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"

#include <gc/gc.h>

namespace kiln::rt {

namespace {

bool gcEnabled = true;

Value gcCollect(Value, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[1];
  if (!parseArgs({"collect", {"generation"}, 0}, args, nargs, kwnames, a))
    return Value();
  GC_gcollect();
  return Value::small(0); // unreachable objects found: not counted by Boehm
}
Value gcEnable(Value) {
  if (!gcEnabled)
    GC_enable();
  gcEnabled = true;
  return None();
}
Value gcDisable(Value) {
  if (gcEnabled)
    GC_disable();
  gcEnabled = false;
  return None();
}
Value gcIsEnabled(Value) { return boolValue(gcEnabled); }
Value gcGetThreshold(Value) {
  return Value::object(tupleOf({Value::small(700), Value::small(10), Value::small(10)}));
}
Value gcSetThreshold(Value, const Value *, size_t) { return None(); }
Value gcGetCount(Value) {
  return Value::object(tupleOf({Value::small(0), Value::small(0), Value::small(0)}));
}
Value gcNoop(Value) { return None(); }
Value gcIsTracked(Value, Value obj) { return boolValue(!obj.isSmall() && !isStr(obj)); }

const MethodDef gcFunctions[] = {
    KILN_METH_KW("collect", gcCollect),
    KILN_METH_NOARGS("enable", gcEnable),
    KILN_METH_NOARGS("disable", gcDisable),
    KILN_METH_NOARGS("isenabled", gcIsEnabled),
    KILN_METH_NOARGS("get_threshold", gcGetThreshold),
    KILN_METH_FAST("set_threshold", gcSetThreshold),
    KILN_METH_NOARGS("get_count", gcGetCount),
    KILN_METH_NOARGS("freeze", gcNoop),
    KILN_METH_NOARGS("unfreeze", gcNoop),
    KILN_METH_O("is_tracked", gcIsTracked),
    {nullptr},
};

bool initGc(Module *m) {
  moduleAddFunctions(m, gcFunctions);
  moduleAdd(m, "garbage", Value::object(listNew()));
  moduleAdd(m, "callbacks", Value::object(listNew()));
  moduleAdd(m, "DEBUG_STATS", Value::small(1));
  moduleAdd(m, "DEBUG_COLLECTABLE", Value::small(2));
  moduleAdd(m, "DEBUG_UNCOLLECTABLE", Value::small(4));
  moduleAdd(m, "DEBUG_SAVEALL", Value::small(32));
  moduleAdd(m, "DEBUG_LEAK", Value::small(38));
  return true;
}

// --- atexit ---------------------------------------------------------------------

/// Registered (function, args tuple, kwargs dict or null) triples; a static
/// Value is a root the collector scans.
Value atexitList;

List *callbacks() {
  if (!atexitList)
    atexitList = Value::object(listNew());
  return atexitList.as<List>();
}

Value atRegister(Value, const Value *args, size_t nargs, Tuple *kwnames) {
  size_t nkw = kwnames ? size_t(kwnames->size) : 0;
  if (nargs < 1)
    return raise(&TypeErrorType, "register() takes at least 1 argument (0 given)");
  if (!isCallable(args[0]))
    return raise(&TypeErrorType, "the first argument must be callable");
  Tuple *rest = tupleFromArray(args + 1, int64_t(nargs - 1));
  Value kw = None();
  if (nkw) {
    Dict *d = dictNew();
    for (size_t i = 0; i < nkw; i++)
      dictSet(d, kwnames->items[i], args[nargs + i]);
    kw = Value::object(d);
  }
  listAppend(callbacks(), Value::object(tupleOf({args[0], Value::object(rest), kw})));
  return args[0];
}

Value atUnregister(Value, Value func) {
  List *l = callbacks();
  for (int64_t i = l->size; i-- > 0;) {
    int eq = richCompareBool(l->items[i].as<Tuple>()->items[0], func, 2);
    if (eq < 0)
      return Value();
    if (eq) {
      for (int64_t j = i; j + 1 < l->size; j++)
        l->items[j] = l->items[j + 1];
      l->size--;
    }
  }
  return None();
}

Value atRun(Value) {
  runAtexitCallbacks();
  return None();
}
Value atClear(Value) {
  callbacks()->size = 0;
  return None();
}
Value atNcallbacks(Value) { return intFromI64(callbacks()->size); }

const MethodDef atexitFunctions[] = {
    KILN_METH_KW("register", atRegister),
    KILN_METH_O("unregister", atUnregister),
    KILN_METH_NOARGS("_run_exitfuncs", atRun),
    KILN_METH_NOARGS("_clear", atClear),
    KILN_METH_NOARGS("_ncallbacks", atNcallbacks),
    {nullptr},
};

bool initAtexit(Module *m) {
  moduleAddFunctions(m, atexitFunctions);
  return true;
}

} // namespace

void runAtexitCallbacks() {
  if (!atexitList)
    return;
  List *l = callbacks();
  while (l->size > 0) {
    Value entry = l->items[l->size - 1];
    l->size--;
    Tuple *t = entry.as<Tuple>();
    Value r = isNone(t->items[2])
                  ? callWithTupleDict(t->items[0], t->items[1], Value())
                  : callWithTupleDict(t->items[0], t->items[1], t->items[2]);
    if (!r) {
      // As CPython: reported, and the next callback still runs.
      Value exc = takeError();
      Value fr = repr(t->items[0]);
      std::string what = fr ? strToUtf8(fr) : "?";
      clearError();
      printUnraisable("Exception ignored in atexit callback: " + what, exc);
    }
  }
}

KILN_NATIVE_MODULE("gc", initGc);
KILN_NATIVE_MODULE("atexit", initAtexit);

} // namespace kiln::rt
