//===- Ops.h - Opcode-level semantics shared by the vm and generated code -===//
///
/// Each function implements what one bytecode instruction means, beyond a
/// single protocol call: name lookup with its error messages, unpacking,
/// the pattern-matching opcodes, `with`, `raise`, calls with * and **. The
/// vm's dispatch loop is a thin layer over these and Abstract.h; the native
/// code generator calls the same functions (RuntimeABI.def).
///
//===----------------------------------------------------------------------===//
#pragma once

#include "runtime/Object.h"

namespace kiln::rt {

struct Frame;
struct Str;
struct Tuple;
struct Dict;

/// LOAD_NAME: frame locals, globals, builtins.
Value opLoadName(Frame *f, Str *name);
/// LOAD_GLOBAL: globals, builtins.
Value opLoadGlobal(Frame *f, Str *name);
/// The cache of one LOAD_GLOBAL site of generated code. It holds while the
/// frame's globals dict (and, for a name found in builtins, its builtins
/// dict) is the one recorded with the recorded key version: no key was
/// added or removed, so \p slot still addresses the name's value (value
/// changes are seen through it). The cache lives in static data, a root of
/// the collector, so the dicts it names cannot be freed and reused.
struct GlobalCache {
  Dict *globals;
  uint64_t globalsVersion;
  Dict *builtins; ///< null when the name was found in globals
  uint64_t builtinsVersion;
  Value *slot;
};
/// LOAD_GLOBAL through \p cache: looks the name up and refills the cache.
Value opLoadGlobalCached(Frame *f, Str *name, GlobalCache *cache);
int opStoreName(Frame *f, Str *name, Value v);
int opDeleteName(Frame *f, Str *name);
int opDeleteGlobal(Frame *f, Str *name);
/// LOAD_CLASSDEREF: the class namespace, then the cell.
Value opLoadClassDeref(Frame *f, int index);
/// The error for reading an empty local / cell / free variable slot.
Value opUnboundLocal(Frame *f, int index);
Value opUnboundDeref(Frame *f, int index);
/// container[start:stop] (BUILD_SLICE 2 + BINARY_SUBSCR): exact str, list
/// and tuple with None or small int bounds directly, everything else
/// through a slice object and getItem.
Value opGetSlice(Value container, Value start, Value stop);
/// UNPACK_SEQUENCE into out[0..n) (out[0] is the first item).
bool opUnpack(Value seq, int n, Value *out);
/// UNPACK_EX: \p before items, a list, \p after items into out.
bool opUnpackEx(Value seq, int before, int after, Value *out);
/// RAISE_VARARGS with 0, 1 or 2 operands: sets the exception; returns true
/// for a bare `raise` that re-raised (no new traceback entry).
bool opRaise(Value exc, Value cause, int argc);
/// CHECK_EXC_MATCH's validation + test: 1/0, -1 on error.
int opExceptionMatches(Value exc, Value type);
/// CHECK_EG_MATCH: splits \p eg by \p type into (rest, match).
bool opExceptionGroupMatch(Value eg, Value type, Value *rest, Value *match);
/// PREP_RERAISE_STAR.
Value opPrepReraiseStar(Value orig, Value list);
/// BEFORE_WITH: stores the bound __exit__ and returns __enter__().
Value opBeforeWith(Value mgr, Value *exitOut);
/// WITH_EXCEPT_START: exit(type, value, tb).
Value opWithExceptStart(Value exit, Value exc);
/// CALL_FUNCTION_EX.
Value opCallFunctionEx(Value func, Value args, Value kwargs);
/// DICT_MERGE / DICT_UPDATE / LIST_EXTEND / SET_UPDATE with their messages.
int opDictMerge(Value dict, Value other, Value func);
int opDictUpdate(Value dict, Value other);
int opListExtend(Value list, Value iterable);
/// FORMAT_VALUE.
Value opFormatValue(Value v, int conversion, Value spec);
/// BUILD_STRING.
Value opBuildString(const Value *items, int n);
/// MATCH_MAPPING / MATCH_SEQUENCE tests.
bool opMatchMapping(Value subject);
bool opMatchSequence(Value subject);
/// MATCH_KEYS: a tuple of values or None.
Value opMatchKeys(Value subject, Value keys);
/// MATCH_CLASS: a tuple of attributes or None.
Value opMatchClass(Value subject, Value cls, int nargs, Value kwnames);
/// SETUP_ANNOTATIONS.
bool opSetupAnnotations(Frame *f);
/// PRINT_EXPR.
bool opPrintExpr(Value v);
/// IMPORT_NAME through builtins.__import__.
Value opImportName(Frame *f, Str *name, Value fromlist, Value level);
/// The pending-signal check (Ctrl-C) of backward jumps and calls.
bool opHandleSignals();

// Coroutines and async iteration (implemented in objects/Coroutine.cpp).
/// GET_AWAITABLE: the iterator `await v` drives; \p where is the oparg
/// (1: the result of __aenter__, 2: of __aexit__, for the messages).
Value opGetAwaitable(Value v, int where);
/// GET_AITER: v.__aiter__(), checked to have __anext__.
Value opGetAIter(Value v);
/// GET_ANEXT: the awaitable of aiter.__anext__().
Value opGetANext(Value aiter);
/// BEFORE_ASYNC_WITH: stores the bound __aexit__ and returns __aenter__().
Value opBeforeAsyncWith(Value mgr, Value *exitOut);
/// END_ASYNC_FOR: true when \p exc ends the loop (StopAsyncIteration).
bool opEndAsyncFor(Value exc);
/// SEND: receiver.send(v) (next() for None); when the receiver finished,
/// *returned is set and the result is its return value.
Value opSend(Value receiver, Value v, bool *returned);

} // namespace kiln::rt
