//===- Coroutine.cpp - coroutines, async generators and their awaitables --===//
///
/// Both are Generators (Generator.h) told apart by their type; send, throw
/// and close are the generator's, with the kind's messages.
///
///  - A coroutine (`async def` without `yield`) has send/throw/close and
///    `__await__` (a coroutine_wrapper iterator) but no `__next__`; `await`
///    drives it directly through SEND. Once finished, sending to it again
///    is "cannot reuse already awaited coroutine".
///  - An async generator's `yield` wraps its value (ASYNC_GEN_WRAP), so the
///    awaitables returned by `__anext__`/`asend` (async_generator_asend) and
///    `athrow`/`aclose` (async_generator_athrow) can tell an async yield —
///    which ends the awaitable with StopIteration(value) — from a value an
///    inner `await` passes up to whoever drives the outermost coroutine.
///    ag_running is true while such an awaitable is in progress.
///
//===----------------------------------------------------------------------===//
#include "frontend/CodeObject.h"
#include "runtime/Abstract.h"
#include "runtime/Args.h"
#include "runtime/Errors.h"
#include "runtime/Frame.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/Ops.h"
#include "runtime/objects/Code.h"
#include "runtime/objects/Exception.h"
#include "runtime/objects/Generator.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <cstdio>

namespace kiln::rt {

Type CoroutineType, AsyncGeneratorType, CoroutineWrapperType, AsyncGenASendType,
    AsyncGenAThrowType, AsyncGenWrappedValueType;

namespace {

/// coro.__await__(): an iterator over the coroutine.
struct CoroWrapper : Object {
  Value coro;
};

/// What an async generator's `yield v` yields (ASYNC_GEN_WRAP).
struct WrappedValue : Object {
  Value value;
};

enum AwaitableState : uint8_t { AW_INIT, AW_ITER, AW_CLOSED };

/// agen.__anext__() / agen.asend(v).
struct ASend : Object {
  Value gen;
  Value sendval;
  uint8_t state;
};

/// agen.athrow(...) / agen.aclose() (args null).
struct AThrow : Object {
  Value gen;
  Tuple *args;
  uint8_t state;
};

Generator *gen(Value v) { return v.as<Generator>(); }
bool finished(Generator *g) { return g->frame->flags & FRAME_FINISHED; }

/// A generator marked by types.coroutine (CO_ITERABLE_COROUTINE).
bool isIterableCoroutine(Value v) {
  return typeOf(v) == &GeneratorType &&
         (gen(v)->frame->code->flags & frontend::CO_ITERABLE_COROUTINE);
}

/// StopIteration(value) as a returning generator raises it.
void setStopIterationValue(Value value) {
  if (isNone(value)) {
    raiseObject(Value::object(&StopIterationType));
    return;
  }
  Value exc = exceptionNew(&StopIterationType, tupleOf({value}));
  if (exc)
    setCurrentException(exc);
}

/// The `next` slot's convention: the end of iteration with a None result
/// is null without an exception.
Value asIterNext(Value r) {
  if (!r && errMatches(&StopIterationType)) {
    Value v = takeStopIterationValue();
    if (!isNone(v))
      setStopIterationValue(v);
  }
  return r;
}

Value selfFn(Value v) { return v; }

// --- coroutine ------------------------------------------------------------------------

Value coroRepr(Value v) {
  char buf[48];
  snprintf(buf, sizeof buf, " at %p>", (void *)v.bits());
  return strFromUtf8(std::string("<") + typeName(v) + " object " +
                     strToUtf8(gen(v)->qualname) + buf);
}

Value coroSend(Value self, Value v) { return generatorSend(self, v, false); }


Value coroAwait(Value self) {
  CoroWrapper *w = newObject<CoroWrapper>(&CoroutineWrapperType);
  if (!w)
    return Value();
  w->coro = self;
  return Value::object(w);
}

Value gOrigin(Value) { return None(); }
Value agRunning(Value v) { return boolValue(gen(v)->agRunningAsync); }

const GetSetDef coroGetSets[] = {
    {"__name__", genattr::name, genattr::setName},
    {"__qualname__", genattr::qualname, genattr::setQualname},
    {"cr_await", genattr::yieldFrom, nullptr}, {"cr_frame", genattr::frame, nullptr},
    {"cr_running", genattr::running, nullptr}, {"cr_code", genattr::code, nullptr},
    {"cr_origin", gOrigin, nullptr}, {"cr_suspended", genattr::suspended, nullptr},
    {nullptr},
};

const MethodDef coroMethods[] = {
    KILN_METH_O("send", coroSend),
    KILN_METH_FAST("throw", generatorThrowMethod),
    KILN_METH_NOARGS("close", generatorCloseMethod),
    KILN_METH_NOARGS("__await__", coroAwait),
    {nullptr},
};

// --- coroutine_wrapper ----------------------------------------------------------------

Value wrapped(Value self) { return self.as<CoroWrapper>()->coro; }
Value cwNext(Value self) { return asIterNext(generatorSend(wrapped(self), Value(), true)); }
Value cwSend(Value self, Value v) { return generatorSend(wrapped(self), v, false); }
Value cwThrow(Value self, const Value *args, size_t nargs) {
  return generatorThrowMethod(wrapped(self), args, nargs);
}
Value cwClose(Value self) { return generatorClose(wrapped(self)); }

const MethodDef cwMethods[] = {
    KILN_METH_O("send", cwSend),
    KILN_METH_FAST("throw", cwThrow),
    KILN_METH_NOARGS("close", cwClose),
    {nullptr},
};

// --- async generator ------------------------------------------------------------------

/// What an asend/athrow step of \p g produced: an async yield ends the
/// awaitable (StopIteration(value)), the end of the generator is
/// StopAsyncIteration, anything else passes through.
Value unwrapValue(Generator *g, Value r) {
  if (!r) {
    if (!errOccurred())
      raiseObject(Value::object(&StopAsyncIterationType));
    if (errMatches(&StopAsyncIterationType) || errMatches(&GeneratorExitType))
      g->agClosed = true;
    g->agRunningAsync = false;
    return Value();
  }
  if (typeOf(r) == &AsyncGenWrappedValueType) {
    setStopIterationValue(r.as<WrappedValue>()->value);
    g->agRunningAsync = false;
    return Value();
  }
  return r;
}

Value newASend(Value self, Value sendval) {
  ASend *o = newObject<ASend>(&AsyncGenASendType);
  if (!o)
    return Value();
  o->gen = self;
  o->sendval = sendval;
  o->state = AW_INIT;
  return Value::object(o);
}

Value agAiter(Value self) { return self; }
Value agAnext(Value self) { return newASend(self, None()); }
Value agAsend(Value self, Value v) { return newASend(self, v); }

Value newAThrow(Value self, Tuple *args) {
  AThrow *o = newObject<AThrow>(&AsyncGenAThrowType);
  if (!o)
    return Value();
  o->gen = self;
  o->args = args;
  o->state = AW_INIT;
  return Value::object(o);
}

Value agAthrow(Value self, const Value *args, size_t nargs) {
  Tuple *t = tupleFromArray(args, int64_t(nargs));
  if (!t)
    return Value();
  return newAThrow(self, t);
}

Value agAclose(Value self) { return newAThrow(self, nullptr); }

const GetSetDef agGetSets[] = {
    {"__name__", genattr::name, genattr::setName},
    {"__qualname__", genattr::qualname, genattr::setQualname},
    {"ag_await", genattr::yieldFrom, nullptr}, {"ag_frame", genattr::frame, nullptr},
    {"ag_running", agRunning, nullptr}, {"ag_code", genattr::code, nullptr},
    {nullptr},
};

const MethodDef agMethods[] = {
    KILN_METH_NOARGS("__aiter__", agAiter),
    KILN_METH_NOARGS("__anext__", agAnext),
    KILN_METH_O("asend", agAsend),
    KILN_METH_FAST("athrow", agAthrow),
    KILN_METH_NOARGS("aclose", agAclose),
    {nullptr},
};

// --- async_generator_asend ------------------------------------------------------------

/// send(arg) of an asend awaitable (arg null: __next__).
Value asendSend(Value self, Value arg) {
  ASend *o = self.as<ASend>();
  if (o->state == AW_CLOSED)
    return raise(&RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()");
  Generator *g = gen(o->gen);
  if (o->state == AW_INIT) {
    if (g->agRunningAsync)
      return raise(&RuntimeErrorType, "anext(): asynchronous generator is already running");
    if (!arg || isNone(arg))
      arg = o->sendval;
    o->state = AW_ITER;
  }
  g->agRunningAsync = true;
  Value r = unwrapValue(g, generatorSend(o->gen, arg, false));
  if (!r)
    o->state = AW_CLOSED;
  return r;
}

Value asendNext(Value self) { return asIterNext(asendSend(self, Value())); }
Value asendSendMethod(Value self, Value v) { return asendSend(self, v); }

Value asendThrow(Value self, const Value *args, size_t nargs) {
  ASend *o = self.as<ASend>();
  if (o->state == AW_CLOSED)
    return raise(&RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()");
  if (!checkPositional("throw", nargs, 1, 3))
    return Value();
  Generator *g = gen(o->gen);
  Value exc = throwArgsException(args, nargs);
  Value r = unwrapValue(g, exc ? generatorThrow(o->gen, exc) : Value());
  if (!r)
    o->state = AW_CLOSED;
  return r;
}

Value asendClose(Value self) {
  self.as<ASend>()->state = AW_CLOSED;
  return None();
}

const MethodDef asendMethods[] = {
    KILN_METH_O("send", asendSendMethod),
    KILN_METH_FAST("throw", asendThrow),
    KILN_METH_NOARGS("close", asendClose),
    KILN_METH_NOARGS("__await__", selfFn),
    {nullptr},
};

// --- async_generator_athrow -----------------------------------------------------------

const char *const kIgnoredExit = "async generator ignored GeneratorExit";

/// The end of an athrow/aclose step that raised: aclose() treats the
/// generator's end (StopAsyncIteration, GeneratorExit) as its own success.
Value athrowFailed(AThrow *o, Generator *g) {
  g->agRunningAsync = false;
  o->state = AW_CLOSED;
  if (!o->args && (errMatches(&StopAsyncIterationType) || errMatches(&GeneratorExitType))) {
    clearError();
    raiseObject(Value::object(&StopIterationType));
  }
  return Value();
}

Value athrowIgnoredExit(AThrow *o, Generator *g) {
  g->agRunningAsync = false;
  o->state = AW_CLOSED;
  return raise(&RuntimeErrorType, "%s", kIgnoredExit);
}

Value athrowSend(Value self, Value arg) {
  AThrow *o = self.as<AThrow>();
  Generator *g = gen(o->gen);
  if (o->state == AW_CLOSED)
    return raise(&RuntimeErrorType, "cannot reuse already awaited aclose()/athrow()");
  if (finished(g)) {
    o->state = AW_CLOSED;
    return raiseObject(Value::object(&StopIterationType));
  }
  Value r;
  if (o->state == AW_INIT) {
    if (g->agRunningAsync) {
      o->state = AW_CLOSED;
      return raise(&RuntimeErrorType, "%s(): asynchronous generator is already running",
                   o->args ? "athrow" : "aclose");
    }
    if (g->agClosed) {
      o->state = AW_CLOSED;
      return raiseObject(Value::object(&StopAsyncIterationType));
    }
    if (!isNone(arg))
      return raise(&RuntimeErrorType, "can't send non-None value to a just-started coroutine");
    o->state = AW_ITER;
    g->agRunningAsync = true;
    if (!o->args) {
      // aclose(): GeneratorExit goes in; yielding a value ignores it.
      g->agClosed = true;
      Value exc = exceptionNew(&GeneratorExitType, emptyTuple());
      r = exc ? generatorThrowEx(o->gen, exc, false) : Value();
      if (r && typeOf(r) == &AsyncGenWrappedValueType)
        return athrowIgnoredExit(o, g);
    } else {
      if (!checkPositional("athrow", size_t(o->args->size), 1, 3))
        return Value();
      Value exc = throwArgsException(o->args->items, size_t(o->args->size));
      r = exc ? generatorThrowEx(o->gen, exc, false) : Value();
      r = unwrapValue(g, r);
    }
    if (!r)
      return athrowFailed(o, g);
    return r;
  }
  r = generatorSend(o->gen, arg, false);
  if (o->args)
    return unwrapValue(g, r);
  if (!r)
    return athrowFailed(o, g);
  if (typeOf(r) == &AsyncGenWrappedValueType)
    return athrowIgnoredExit(o, g);
  return r;
}

Value athrowNext(Value self) { return asIterNext(athrowSend(self, None())); }

Value athrowThrow(Value self, const Value *args, size_t nargs) {
  AThrow *o = self.as<AThrow>();
  if (o->state == AW_CLOSED)
    return raise(&RuntimeErrorType, "cannot reuse already awaited aclose()/athrow()");
  if (!checkPositional("throw", nargs, 1, 3))
    return Value();
  Generator *g = gen(o->gen);
  Value exc = throwArgsException(args, nargs);
  Value r = exc ? generatorThrow(o->gen, exc) : Value();
  if (o->args)
    return unwrapValue(g, r);
  if (r && typeOf(r) == &AsyncGenWrappedValueType)
    return athrowIgnoredExit(o, g);
  if (!r && (errMatches(&StopAsyncIterationType) || errMatches(&GeneratorExitType))) {
    clearError();
    raiseObject(Value::object(&StopIterationType));
  }
  return r;
}

Value athrowClose(Value self) {
  self.as<AThrow>()->state = AW_CLOSED;
  return None();
}

const MethodDef athrowMethods[] = {
    KILN_METH_O("send", athrowSend),
    KILN_METH_FAST("throw", athrowThrow),
    KILN_METH_NOARGS("close", athrowClose),
    KILN_METH_NOARGS("__await__", selfFn),
    {nullptr},
};

} // namespace

Value asyncGenWrap(Value v) {
  WrappedValue *w = newObject<WrappedValue>(&AsyncGenWrappedValueType);
  if (!w)
    return Value();
  w->value = v;
  return Value::object(w);
}

Value coroutineGetAwaitableIter(Value o) {
  if (typeOf(o) == &CoroutineType || isIterableCoroutine(o))
    return o;
  Value awaitFn = lookupSpecial(o, names.await_);
  if (!awaitFn) {
    if (errOccurred())
      return Value();
    return raise(&TypeErrorType, "object %.100s can't be used in 'await' expression",
                 typeName(o));
  }
  Value res = call(awaitFn, {});
  if (!res)
    return Value();
  if (typeOf(res) == &CoroutineType || isIterableCoroutine(res))
    return raise(&TypeErrorType, "__await__() returned a coroutine");
  if (!typeOf(res)->next)
    return raise(&TypeErrorType, "__await__() returned non-iterator of type '%.100s'",
                 typeName(res));
  return res;
}

// --- The async opcodes (declared in Ops.h) -------------------------------------------

namespace {

/// Replaces the pending exception by TypeError(msg) caused by it
/// (CPython's _PyErr_FormatFromCause).
void raiseTypeErrorFromCause(const std::string &msg) {
  Value cause = takeError();
  raise(&TypeErrorType, "%s", msg.c_str());
  Value err = ts.curExc;
  if (!err || !isException(err) || !cause || !isException(cause))
    return;
  err.as<BaseException>()->cause = cause;
  err.as<BaseException>()->context = cause;
  err.as<BaseException>()->suppressContext = true;
}

std::string truncatedTypeName(Value v, size_t n) {
  std::string s = typeName(v);
  if (s.size() > n)
    s.resize(n);
  return s;
}

} // namespace

Value opGetAwaitable(Value v, int where) {
  Value it = coroutineGetAwaitableIter(v);
  if (!it) {
    // `async with` names the method that returned the non-awaitable.
    if ((where == 1 || where == 2) && typeOf(v) != &CoroutineType &&
        !typeLookup(typeOf(v), names.await_)) {
      clearError();
      raise(&TypeErrorType,
            "'async with' received an object from %s that does not implement __await__: %.100s",
            where == 1 ? "__aenter__" : "__aexit__", typeName(v));
    }
    return Value();
  }
  if (typeOf(it) == &CoroutineType && generatorYieldFrom(gen(it)))
    return raise(&RuntimeErrorType, "coroutine is being awaited already");
  return it;
}

Value opGetAIter(Value v) {
  Value f = lookupSpecial(v, names.aiter);
  if (!f) {
    if (!errOccurred())
      raise(&TypeErrorType, "'async for' requires an object with __aiter__ method, got %.100s",
            typeName(v));
    return Value();
  }
  Value it = call(f, {});
  if (!it)
    return Value();
  if (!typeLookup(typeOf(it), names.anext))
    return raise(&TypeErrorType,
                 "'async for' received an object from __aiter__ that does not implement "
                 "__anext__: %.100s",
                 typeName(it));
  return it;
}

Value opGetANext(Value aiter) {
  if (typeOf(aiter) == &AsyncGeneratorType)
    return newASend(aiter, None());
  Value f = lookupSpecial(aiter, names.anext);
  if (!f) {
    if (!errOccurred())
      raise(&TypeErrorType, "'async for' requires an iterator with __anext__ method, got %.100s",
            typeName(aiter));
    return Value();
  }
  Value next = call(f, {});
  if (!next)
    return Value();
  Value awaitable = coroutineGetAwaitableIter(next);
  if (!awaitable)
    raiseTypeErrorFromCause("'async for' received an invalid object from __anext__: " +
                            truncatedTypeName(next, 100));
  return awaitable;
}

Value opBeforeAsyncWith(Value mgr, Value *exitOut) {
  Value enter = lookupSpecial(mgr, names.aenter);
  if (!enter) {
    if (!errOccurred())
      raise(&TypeErrorType,
            "'%.200s' object does not support the asynchronous context manager protocol",
            typeName(mgr));
    return Value();
  }
  Value exit = lookupSpecial(mgr, names.aexit);
  if (!exit) {
    if (!errOccurred())
      raise(&TypeErrorType,
            "'%.200s' object does not support the asynchronous context manager protocol "
            "(missed __aexit__ method)",
            typeName(mgr));
    return Value();
  }
  *exitOut = exit;
  return call(enter, {});
}

bool opEndAsyncFor(Value exc) { return isInstance(exc, &StopAsyncIterationType); }

Value opSend(Value receiver, Value v, bool *returned) {
  *returned = false;
  Value r;
  Type *t = typeOf(receiver);
  if (t == &GeneratorType || t == &CoroutineType) {
    r = generatorSend(receiver, v, false);
  } else if (t == &AsyncGenASendType) {
    r = asendSend(receiver, v);
  } else if (t == &AsyncGenAThrowType) {
    r = athrowSend(receiver, v);
  } else if (t == &CoroutineWrapperType) {
    r = generatorSend(wrapped(receiver), v, false);
  } else if (isNone(v) && t->next && !(t->flags & TF_HEAPTYPE)) {
    r = t->next(receiver);
    if (!r && !errOccurred()) {
      *returned = true;
      return None();
    }
  } else if (isNone(v) && t->next) {
    // A class's __next__ directly: its StopIteration carries the value.
    r = callMethod(receiver, names.next, {});
  } else {
    r = callMethod(receiver, names.send, {v});
  }
  if (!r && errMatches(&StopIterationType)) {
    *returned = true;
    return takeStopIterationValue();
  }
  return r;
}

void initCoroutineTypes() {
  typeInitBuiltin(&CoroutineType, "coroutine", &ObjectType, sizeof(Generator), 0);
  CoroutineType.repr = coroRepr;
  typeReady(&CoroutineType, coroMethods, coroGetSets);

  typeInitBuiltin(&CoroutineWrapperType, "coroutine_wrapper", &ObjectType, sizeof(CoroWrapper),
                  0);
  CoroutineWrapperType.iter = selfFn;
  CoroutineWrapperType.next = cwNext;
  typeReady(&CoroutineWrapperType, cwMethods);

  typeInitBuiltin(&AsyncGeneratorType, "async_generator", &ObjectType, sizeof(Generator), 0);
  AsyncGeneratorType.repr = coroRepr;
  typeReady(&AsyncGeneratorType, agMethods, agGetSets);

  typeInitBuiltin(&AsyncGenASendType, "async_generator_asend", &ObjectType, sizeof(ASend), 0);
  AsyncGenASendType.iter = selfFn;
  AsyncGenASendType.next = asendNext;
  typeReady(&AsyncGenASendType, asendMethods);

  typeInitBuiltin(&AsyncGenAThrowType, "async_generator_athrow", &ObjectType, sizeof(AThrow),
                  0);
  AsyncGenAThrowType.iter = selfFn;
  AsyncGenAThrowType.next = athrowNext;
  typeReady(&AsyncGenAThrowType, athrowMethods);

  typeInitBuiltin(&AsyncGenWrappedValueType, "async_generator_wrapped_value", &ObjectType,
                  sizeof(WrappedValue), 0);
  typeReady(&AsyncGenWrappedValueType);

  // Only the runtime makes these: calling the type is "cannot create".
  for (Type *t : {&CoroutineType, &CoroutineWrapperType, &AsyncGeneratorType, &AsyncGenASendType,
                  &AsyncGenAThrowType, &AsyncGenWrappedValueType})
    t->newFn = nullptr;
}

} // namespace kiln::rt
