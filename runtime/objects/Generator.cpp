//===- Generator.cpp - generators: send, throw, close, yield from ---------===//
#include "runtime/objects/Generator.h"
#include "frontend/bytecode/Opcodes.h"
#include "runtime/Abstract.h"
#include "runtime/Args.h"
#include "runtime/Errors.h"
#include "runtime/Frame.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/objects/Code.h"
#include "runtime/objects/Exception.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <cstdio>

namespace kiln::rt {

using frontend::Opcode;

Type GeneratorType;

Value generatorNew(Frame *frame) {
  int32_t coFlags = frame->code->flags;
  Type *type = (coFlags & frontend::CO_COROUTINE)         ? &CoroutineType
               : (coFlags & frontend::CO_ASYNC_GENERATOR) ? &AsyncGeneratorType
                                                          : &GeneratorType;
  Generator *g = newObject<Generator>(type);
  if (!g)
    return Value();
  g->frame = frame;
  g->name = frame->code->name;
  g->qualname = frame->func ? frame->func->qualname : frame->code->qualname;
  frame->generator = Value::object(g);
  frame->flags |= FRAME_GENERATOR | FRAME_SUSPENDED | FRAME_ESCAPED;
  return Value::object(g);
}

namespace {

Generator *gen(Value v) { return v.as<Generator>(); }

bool finished(Generator *g) { return g->frame->flags & FRAME_FINISHED; }

bool isCoro(Generator *g) { return g->type == &CoroutineType; }
bool isAsyncGen(Generator *g) { return g->type == &AsyncGeneratorType; }

/// How messages name the kind: "generator", "coroutine", "async generator".
const char *kindName(Generator *g) {
  return isCoro(g) ? "coroutine" : isAsyncGen(g) ? "async generator" : "generator";
}

/// Replaces the pending exception by RuntimeError(msg) caused by it.
void raiseRuntimeFromCause(const char *msg) {
  Value cause = takeError();
  raise(&RuntimeErrorType, "%s", msg);
  Value err = ts.curExc;
  if (!err || !isException(err))
    return;
  err.as<BaseException>()->cause = cause;
  err.as<BaseException>()->context = cause;
  err.as<BaseException>()->suppressContext = true;
}

/// Resumes the frame with \p sent (null: an exception is being thrown in).
/// Returns the yielded or returned value; *returned tells which.
Value resume(Generator *g, Value sent, bool *returned) {
  Frame *f = g->frame;
  g->running = true;
  g->started = true;
  g->excState.previous = ts.excInfo;
  ts.excInfo = &g->excState;
  // An exception thrown into a generator suspended in an except block
  // gets the handled exception as its __context__.
  if (!sent && ts.curExc && g->excState.value && !isNone(g->excState.value))
    setCurrentException(ts.curExc);
  framePush(f);
  Value r;
  if (!enterCall()) {
    r = Value();
  } else {
    r = f->code->entry(f, sent);
    leaveCall();
  }
  framePop(f);
  f->back = nullptr;
  ts.excInfo = g->excState.previous;
  g->excState.previous = nullptr;
  g->running = false;
  *returned = r && !(f->flags & FRAME_SUSPENDED);
  if (!r) {
    f->flags |= FRAME_FINISHED;
    // A StopIteration escaping the body becomes RuntimeError (PEP 479),
    // and so does a StopAsyncIteration escaping an async generator.
    if (errMatches(&StopIterationType)) {
      raiseRuntimeFromCause(isCoro(g)       ? "coroutine raised StopIteration"
                            : isAsyncGen(g) ? "async generator raised StopIteration"
                                            : "generator raised StopIteration");
    } else if (isAsyncGen(g) && errMatches(&StopAsyncIterationType)) {
      raiseRuntimeFromCause("async generator raised StopAsyncIteration");
    }
  }
  return r;
}

/// StopIteration(value) the way a returning generator raises it.
void setStopIteration(Value value) {
  if (isNone(value)) {
    raiseObject(Value::object(&StopIterationType));
    return;
  }
  Value exc = exceptionNew(&StopIterationType, tupleOf({value}));
  if (exc)
    setCurrentException(exc);
}

/// The body returned \p r: the generator is finished, and send() reports
/// StopIteration(r) (StopAsyncIteration for an async generator; nothing
/// for a None result with \p forIteration).
Value signalReturn(Generator *g, Value r, bool forIteration) {
  g->frame->flags |= FRAME_FINISHED;
  if (isAsyncGen(g))
    return raiseObject(Value::object(&StopAsyncIterationType));
  if (forIteration && isNone(r))
    return Value();
  setStopIteration(r);
  return Value();
}

} // namespace

Value generatorSend(Value gv, Value value, bool forIteration) {
  Generator *g = gen(gv);
  if (g->running)
    return raise(&ValueErrorType, "%s already executing", kindName(g));
  if (finished(g)) {
    if (isCoro(g))
      return raise(&RuntimeErrorType, "cannot reuse already awaited coroutine");
    if (forIteration)
      return Value();
    return raiseObject(
        Value::object(isAsyncGen(g) ? &StopAsyncIterationType : &StopIterationType));
  }
  if (!g->started && value && !isNone(value))
    return raise(&TypeErrorType, "can't send non-None value to a just-started %s", kindName(g));
  bool returned;
  Value r = resume(g, value ? value : None(), &returned);
  if (r && returned)
    return signalReturn(g, r, forIteration);
  return r;
}

Value generatorYieldFrom(Generator *g) {
  Frame *f = g->frame;
  if (!(f->flags & FRAME_SUSPENDED) || f->lasti < 0)
    return Value();
  const auto &code = f->code->fc->code;
  size_t next = size_t(f->lasti) + 2;
  if (next + 1 >= code.size())
    return Value();
  if (code[size_t(f->lasti)] != uint8_t(Opcode::YIELD_VALUE) ||
      code[next] != uint8_t(Opcode::RESUME) || code[next + 1] < 2)
    return Value();
  if (f->stackDepth < 1)
    return Value();
  return f->stackBase()[f->stackDepth - 1];
}

namespace {

/// Ends a suspended `yield from` whose subiterator finished while being
/// thrown into: drops the subiterator and continues after the SEND loop
/// with \p value as the expression's result.
Value finishYieldFrom(Generator *g, Value value) {
  Frame *f = g->frame;
  const auto &code = f->code->fc->code;
  // YIELD_VALUE; RESUME; JUMP_BACKWARD_NO_INTERRUPT -> SEND
  size_t jumpAt = size_t(f->lasti) + 4;
  int jarg = code[jumpAt + 1];
  int sendAt = frontend::jumpTarget(Opcode::JUMP_BACKWARD_NO_INTERRUPT, int(jumpAt), jarg);
  // Fold EXTENDED_ARG prefixes of the SEND (rare; jumps are short here).
  int sendArg = code[size_t(sendAt) + 1];
  int target = frontend::jumpTarget(Opcode::SEND, sendAt, sendArg);
  f->stackDepth--;
  f->lasti = target - 2;
  bool returned;
  Value r = resume(g, value, &returned);
  if (r && returned)
    return signalReturn(g, r, false);
  return r;
}

Value throwInto(Generator *g, Value exc) {
  if (finished(g)) {
    if (isCoro(g))
      return raise(&RuntimeErrorType, "cannot reuse already awaited coroutine");
    ts.curExc = exc;
    return Value();
  }
  ts.curExc = exc; // thrown in as is (the generator's handlers chain it)
  if (!g->started) {
    // Nothing ran: the exception comes out with the generator's frame.
    g->started = true;
  }
  bool returned;
  Value r = resume(g, Value(), &returned);
  if (r && returned)
    return signalReturn(g, r, false);
  return r;
}

} // namespace

Value generatorThrow(Value gv, Value exc) { return generatorThrowEx(gv, exc, true); }

Value generatorThrowEx(Value gv, Value exc, bool closeOnGenExit) {
  Generator *g = gen(gv);
  if (g->running)
    return raise(&ValueErrorType, "%s already executing", kindName(g));
  Value yf = generatorYieldFrom(g);
  if (yf) {
    Value r;
    if (closeOnGenExit && isInstance(exc, &GeneratorExitType)) {
      g->running = true;
      Value closeR;
      if (isGeneratorOrCoroutine(yf)) {
        closeR = generatorClose(yf);
      } else {
        Value closeFn = getAttrOpt(yf, names.close);
        closeR = closeFn ? call(closeFn, {}) : (errOccurred() ? Value() : None());
      }
      g->running = false;
      if (!closeR)
        return throwInto(g, takeError());
      return throwInto(g, exc);
    }
    g->running = true;
    if (isGeneratorOrCoroutine(yf)) {
      r = generatorThrowEx(yf, exc, closeOnGenExit);
    } else {
      Value throwFn = getAttrOpt(yf, names.throw_);
      if (!throwFn) {
        g->running = false;
        if (errOccurred())
          return throwInto(g, takeError());
        return throwInto(g, exc);
      }
      r = call(throwFn, {exc});
    }
    g->running = false;
    if (r)
      return r;
    if (errMatches(&StopIterationType))
      return finishYieldFrom(g, takeStopIterationValue());
    return throwInto(g, takeError());
  }
  return throwInto(g, exc);
}

Value generatorClose(Value gv) {
  Generator *g = gen(gv);
  if (finished(g))
    return None();
  if (!g->started) {
    g->frame->flags |= FRAME_FINISHED;
    return None();
  }
  Value exc = exceptionNew(&GeneratorExitType, emptyTuple());
  if (!exc)
    return Value();
  Value r = generatorThrow(gv, exc);
  if (r)
    return raise(&RuntimeErrorType, "%s ignored GeneratorExit", kindName(g));
  if (errMatches(&GeneratorExitType) || errMatches(&StopIterationType)) {
    clearError();
    return None();
  }
  return Value();
}

namespace {

Value genIter(Value v) { return v; }
Value genNext(Value v) { return generatorSend(v, None(), true); }
Value genSendMethod(Value self, Value v) { return generatorSend(self, v, false); }

} // namespace

Value throwArgsException(const Value *args, size_t nargs) {
  Value typ = args[0];
  Value val = nargs > 1 ? args[1] : Value();
  Value tb = nargs > 2 ? args[2] : Value();
  if (tb && !isNone(tb) && typeOf(tb) != &TracebackType)
    return raise(&TypeErrorType, "throw() third argument must be a traceback object");
  Value exc;
  if (isExceptionClass(typ)) {
    if (val && isException(val) && isInstance(val, typ.as<Type>())) {
      exc = val;
    } else {
      Tuple *a = !val || isNone(val) ? emptyTuple()
                 : isTuple(val)      ? val.as<Tuple>()
                                     : tupleOf({val});
      exc = call(typ, a->items, size_t(a->size));
      if (!exc)
        return Value();
    }
  } else if (isException(typ)) {
    if (val && !isNone(val))
      return raise(&TypeErrorType, "instance exception may not have a separate value");
    exc = typ;
  } else {
    return raise(&TypeErrorType,
                 "exceptions must be classes or instances deriving from BaseException, not %s",
                 typeName(typ));
  }
  if (tb && !isNone(tb))
    exc.as<BaseException>()->traceback = tb;
  return exc;
}

Value generatorThrowMethod(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("throw", nargs, 1, 3))
    return Value();
  Value exc = throwArgsException(args, nargs);
  if (!exc)
    return Value();
  return generatorThrow(self, exc);
}

Value generatorCloseMethod(Value self) { return generatorClose(self); }

namespace {

Value genRepr(Value v) {
  char buf[48];
  snprintf(buf, sizeof buf, " at %p>", (void *)v.bits());
  return strFromUtf8("<generator object " + strToUtf8(gen(v)->qualname) + buf);
}

} // namespace

// Attributes common to generators, coroutines and async generators
// (gi_*, cr_*, ag_* are the same getters under three prefixes).
namespace genattr {

Value name(Value v) { return Value::object(gen(v)->name); }
int setName(Value v, Value x) {
  if (!x || !isStr(x)) {
    raise(&TypeErrorType, "__name__ must be set to a string object");
    return -1;
  }
  gen(v)->name = x.as<Str>();
  return 0;
}
Value qualname(Value v) { return Value::object(gen(v)->qualname); }
int setQualname(Value v, Value x) {
  if (!x || !isStr(x)) {
    raise(&TypeErrorType, "__qualname__ must be set to a string object");
    return -1;
  }
  gen(v)->qualname = x.as<Str>();
  return 0;
}
Value frame(Value v) {
  Generator *g = gen(v);
  return finished(g) ? None() : Value::object(g->frame);
}
Value running(Value v) { return boolValue(gen(v)->running); }
Value suspended(Value v) {
  Generator *g = gen(v);
  return boolValue(!g->running && !finished(g) && g->started);
}
Value code(Value v) { return Value::object(gen(v)->frame->code); }
Value yieldFrom(Value v) {
  Value yf = generatorYieldFrom(gen(v));
  return yf ? yf : None();
}

} // namespace genattr

namespace {

const GetSetDef genGetSets[] = {
    {"__name__", genattr::name, genattr::setName},
    {"__qualname__", genattr::qualname, genattr::setQualname},
    {"gi_frame", genattr::frame, nullptr},
    {"gi_running", genattr::running, nullptr},
    {"gi_suspended", genattr::suspended, nullptr},
    {"gi_code", genattr::code, nullptr},
    {"gi_yieldfrom", genattr::yieldFrom, nullptr},
    {nullptr},
};

const MethodDef genMethods[] = {
    KILN_METH_O("send", genSendMethod),
    KILN_METH_FAST("throw", generatorThrowMethod),
    KILN_METH_NOARGS("close", generatorCloseMethod),
    {nullptr},
};

} // namespace

void initGeneratorType() {
  typeInitBuiltin(&GeneratorType, "generator", &ObjectType, sizeof(Generator), 0);
  GeneratorType.iter = genIter;
  GeneratorType.next = genNext;
  GeneratorType.repr = genRepr;
  typeReady(&GeneratorType, genMethods, genGetSets);
  GeneratorType.newFn = nullptr; // "cannot create 'generator' instances"
  initCoroutineTypes();
}

} // namespace kiln::rt
