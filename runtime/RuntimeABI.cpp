//===- RuntimeABI.cpp - The runtime's C entry points -----------------------===//
//
// Thin C faces of the runtime's C++ functions (RuntimeABI.def): values
// cross as their 64 bits, pointers as void*. No semantics live here; each
// entry forwards to the one implementation the vm also uses.
//
//===----------------------------------------------------------------------===//
#include "runtime/RuntimeABI.h"
#include "runtime/Abstract.h"
#include "runtime/AttrCache.h"
#include "runtime/Errors.h"
#include "runtime/FastPaths.h"
#include "runtime/Frame.h"
#include "runtime/FrameAlloc.h"
#include "runtime/Names.h"
#include "runtime/Ops.h"
#include "runtime/Runtime.h"
#include "frontend/CodeObject.h"
#include "runtime/objects/Code.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Exception.h"
#include "runtime/objects/Float.h"
#include "runtime/objects/Function.h"
#include "runtime/objects/Generator.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Set.h"
#include "runtime/objects/Slice.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <utility>

using namespace kiln::rt;

namespace {

inline Value V(KilnValue v) { return Value::fromBits(v); }
inline KilnValue K(Value v) { return v.bits(); }
inline KilnValue K(Object *o) { return o ? Value::object(o).bits() : 0; }
inline Frame *F(void *p) { return static_cast<Frame *>(p); }
inline Str *S(void *p) { return static_cast<Str *>(p); }
inline const Value *VS(void *p) { return static_cast<const Value *>(p); }
inline Value *OUT(void *p) { return static_cast<Value *>(p); }
/// Reverses out[0..n): the runtime's helpers fill sequences first-first,
/// the value stack wants the first item on top.
inline void toStackOrder(Value *out, int n) {
  for (int i = 0, j = n - 1; i < j; i++, j--)
    std::swap(out[i], out[j]);
}

} // namespace

extern "C" {

// --- Operators and truth ---------------------------------------------------------

KilnValue kiln_number_binary_op(KilnValue a, KilnValue b, int32_t op) noexcept {
  if (Value r = floatBinaryFast(V(a), V(b), op))
    return K(r);
  return K(binaryOp(V(a), V(b), op));
}
KilnValue kiln_object_compare(KilnValue a, KilnValue b, int32_t op) noexcept {
  if (Value r = compareFast(V(a), V(b), op))
    return K(r);
  return K(richCompare(V(a), V(b), op));
}
KilnValue kiln_float_new(double v) noexcept { return K(floatFrom(v)); }
KilnValue kiln_number_negative(KilnValue v) noexcept { return K(unaryNegative(V(v))); }
KilnValue kiln_number_positive(KilnValue v) noexcept { return K(unaryPositive(V(v))); }
KilnValue kiln_number_invert(KilnValue v) noexcept { return K(unaryInvert(V(v))); }
KilnValue kiln_object_not(KilnValue v) noexcept { return K(unaryNot(V(v))); }
int32_t kiln_object_is_true(KilnValue v) noexcept { return isTrue(V(v)); }
int32_t kiln_object_contains(KilnValue container, KilnValue item) noexcept {
  return contains(V(container), V(item));
}

// --- Attributes, items, calls, iteration -------------------------------------------

KilnValue kiln_object_getattr(KilnValue obj, void *name) noexcept {
  return K(getAttr(V(obj), S(name)));
}
int32_t kiln_object_setattr(KilnValue obj, void *name, KilnValue v) noexcept {
  return setAttr(V(obj), S(name), V(v));
}
int32_t kiln_object_delattr(KilnValue obj, void *name) noexcept {
  return delAttr(V(obj), S(name));
}
KilnValue kiln_object_getitem(KilnValue c, KilnValue k) noexcept {
  if (Value item = subscriptFast(V(c), V(k)))
    return K(item);
  return K(getItem(V(c), V(k)));
}
KilnValue kiln_object_getslice(KilnValue c, KilnValue start, KilnValue stop) noexcept {
  return K(opGetSlice(V(c), V(start), V(stop)));
}
int32_t kiln_object_setitem(KilnValue c, KilnValue k, KilnValue v) noexcept {
  if (storeSubscriptFast(V(c), V(k), V(v)))
    return 0;
  return setItem(V(c), V(k), V(v));
}
int32_t kiln_object_delitem(KilnValue c, KilnValue k) noexcept { return delItem(V(c), V(k)); }
KilnValue kiln_object_call(KilnValue callable, void *args, size_t nargs, void *kwnames) noexcept {
  return K(call(V(callable), VS(args), nargs, static_cast<Tuple *>(kwnames)));
}
KilnValue kiln_object_call_ex(KilnValue func, KilnValue args, KilnValue kwargs) noexcept {
  return K(opCallFunctionEx(V(func), V(args), V(kwargs)));
}
KilnValue kiln_call(void *base, size_t n, void *kwnamesP) noexcept {
  Value *args = static_cast<Value *>(base) + 2;
  Value callable = args[-1];
  Value self = args[-2];
  size_t total = n;
  if (self) {
    // LOAD_METHOD left [function, self]: self becomes the first argument.
    callable = self;
    args--;
    total++;
  } else if (typeOf(callable) == &MethodType) {
    Method *m = callable.as<Method>();
    args[-1] = m->self;
    callable = m->func;
    args--;
    total++;
  }
  Tuple *kwnames = static_cast<Tuple *>(kwnamesP);
  size_t nkw = kwnames ? size_t(kwnames->size) : 0;
  Type *ct = typeOf(callable);
  if (ct == &FunctionType) // Python functions, native or not
    return K(functionCall(callable, args, total - nkw, nkw ? kwnames : nullptr));
  // A class: args[-1] (the callable's or self's slot) is free for self.
  if (ct == &TypeType && !nkw)
    return K(typeCallWithRoom(callable.as<Type>(), args, total));
  // Built-in methods and functions (list.append, len): straight to the
  // C++ function, skipping the type's call slot and the descriptor check
  // when self's type is the method's own.
  const MethodDef *def = nullptr;
  Value boundSelf;
  if (ct == &MethodDescrType && total > nkw && typeOf(args[0]) == callable.as<MethodDescr>()->owner) {
    def = callable.as<MethodDescr>()->def;
    boundSelf = args[0];
    args++;
    total--;
  } else if (ct == &BuiltinFunctionType) {
    def = callable.as<BuiltinFunction>()->def;
    boundSelf = callable.as<BuiltinFunction>()->self;
  }
  if (def) {
    if (!enterCall(" while calling a Python object"))
      return 0;
    Value r = callMethodDef(def, boundSelf, args, total - nkw, nkw ? kwnames : nullptr);
    leaveCall();
    return K(r);
  }
  return K(call(callable, args, total - nkw, nkw ? kwnames : nullptr));
}
int32_t kiln_frame_release(void *frame) noexcept {
  frameRelease(static_cast<Frame *>(frame));
  return 0;
}
int32_t kiln_object_load_method(KilnValue obj, void *name, void *out) noexcept {
  Value m;
  bool unbound = getMethod(V(obj), S(name), &m);
  if (!m)
    return -1;
  Value *o = OUT(out);
  if (unbound) {
    o[0] = m;
    o[1] = V(obj);
  } else {
    o[0] = Value();
    o[1] = m;
  }
  return 0;
}
KilnValue kiln_object_getattr_cached(KilnValue obj, void *name, void *cache) noexcept {
  AttrCache *c = static_cast<AttrCache *>(cache);
  if (DictEntry *e = cachedInstanceEntry(V(obj), S(name), c))
    return K(e->value);
  return K(attrGetCached(V(obj), S(name), c));
}
int32_t kiln_object_setattr_cached(KilnValue obj, void *name, KilnValue v, void *cache) noexcept {
  AttrCache *c = static_cast<AttrCache *>(cache);
  if (DictEntry *e = cachedInstanceEntry(V(obj), S(name), c)) {
    e->value = V(v); // the key stays: no dict version change
    return 0;
  }
  if (cachedInstanceAppend(V(obj), S(name), V(v), c))
    return 0;
  return attrSetCached(V(obj), S(name), V(v), c);
}
int32_t kiln_object_load_method_cached(KilnValue obj, void *name, void *out, void *cache) noexcept {
  Value m;
  bool unbound = methodGetCached(V(obj), S(name), static_cast<AttrCache *>(cache), &m);
  if (!m)
    return -1;
  Value *o = OUT(out);
  o[0] = unbound ? m : Value();
  o[1] = unbound ? V(obj) : m;
  return 0;
}
KilnValue kiln_object_len(KilnValue v) noexcept {
  int64_t n = length(V(v));
  return n < 0 ? 0 : K(intFromI64(n));
}
KilnValue kiln_object_get_iter(KilnValue v) noexcept { return K(getIter(V(v))); }
KilnValue kiln_iter_for_next(KilnValue it) noexcept {
  Value next = typeOf(V(it))->next(V(it));
  if (!next && errOccurred() && errMatches(&StopIterationType))
    clearError(); // a generator's return value ends the loop quietly
  return K(next);
}
KilnValue kiln_get_yield_from_iter(KilnValue v, void *f) noexcept {
  // The flags of the running code, not the compiled ones: types.coroutine
  // marks a generator's code CO_ITERABLE_COROUTINE at run time.
  int32_t codeFlags = F(f)->code->flags;
  Value x = V(v);
  if (typeOf(x) == &CoroutineType) {
    if (!(codeFlags & (kiln::frontend::CO_COROUTINE | kiln::frontend::CO_ITERABLE_COROUTINE)))
      return K(raise(&TypeErrorType,
                     "cannot 'yield from' a coroutine object in a non-coroutine generator"));
    return v;
  }
  if (typeOf(x) == &GeneratorType)
    return v;
  return K(getIter(x));
}
KilnValue kiln_object_iter_next(KilnValue it) noexcept { return K(iterNext(V(it))); }
KilnValue kiln_object_format(KilnValue v, int32_t conversion, KilnValue spec) noexcept {
  return K(opFormatValue(V(v), conversion, V(spec)));
}

// --- Namespaces ------------------------------------------------------------------------

KilnValue kiln_frame_load_name(void *f, void *name) noexcept {
  return K(opLoadName(F(f), S(name)));
}
KilnValue kiln_frame_load_global(void *f, void *name) noexcept {
  return K(opLoadGlobal(F(f), S(name)));
}
KilnValue kiln_frame_load_global_cached(void *f, void *name, void *cache) noexcept {
  return K(opLoadGlobalCached(F(f), S(name), static_cast<GlobalCache *>(cache)));
}
int32_t kiln_frame_store_name(void *f, void *name, KilnValue v) noexcept {
  return opStoreName(F(f), S(name), V(v));
}
int32_t kiln_frame_delete_name(void *f, void *name) noexcept {
  return opDeleteName(F(f), S(name));
}
int32_t kiln_frame_delete_global(void *f, void *name) noexcept {
  return opDeleteGlobal(F(f), S(name));
}
KilnValue kiln_frame_unbound_local(void *f, int32_t index) noexcept {
  return K(opUnboundLocal(F(f), index));
}
KilnValue kiln_frame_import_name(void *f, void *name, KilnValue fromlist,
                                 KilnValue level) noexcept {
  return K(opImportName(F(f), S(name), V(fromlist), V(level)));
}
int32_t kiln_frame_store_global(void *f, void *name, KilnValue v) noexcept {
  return dictSetStr(F(f)->globals, S(name), V(v)) == 0 ? 0 : -1;
}
KilnValue kiln_frame_unbound_deref(void *f, int32_t index) noexcept {
  return K(opUnboundDeref(F(f), index));
}
KilnValue kiln_frame_load_classderef(void *f, int32_t index) noexcept {
  return K(opLoadClassDeref(F(f), index));
}
int32_t kiln_frame_copy_free_vars(void *fp, int32_t n) noexcept {
  Frame *f = F(fp);
  if (f->func && f->func->closure) {
    Tuple *closure = f->func->closure.as<Tuple>();
    int offset = f->code->nlocalsplus - n;
    for (int i = 0; i < n; i++)
      f->localsplus()[offset + i] = closure->items[i];
  }
  return 0;
}
KilnValue kiln_frame_load_build_class(void *f) noexcept {
  Value bc = dictGetStr(F(f)->builtins, names.build_class);
  if (!bc)
    return K(raise(&NameErrorType, "__build_class__ not found"));
  return K(bc);
}
KilnValue kiln_load_assertion_error() noexcept { return K(&AssertionErrorType); }
int32_t kiln_frame_setup_annotations(void *f) noexcept {
  return opSetupAnnotations(F(f)) ? 0 : -1;
}
int32_t kiln_frame_import_star(void *fp, KilnValue module) noexcept {
  Frame *f = F(fp);
  if (!f->locals) {
    raise(&SystemErrorType, "no locals found during 'import *'");
    return -1;
  }
  return importStar(V(module), f->locals) ? 0 : -1;
}
int32_t kiln_frame_traceback_add(void *f) noexcept {
  tracebackAdd(F(f));
  return 0;
}
KilnValue kiln_import_from(KilnValue module, void *name) noexcept {
  return K(importFrom(V(module), S(name)));
}
KilnValue kiln_function_make(void *fp, KilnValue code, KilnValue defaults, KilnValue kwdefaults,
                             KilnValue annotations, KilnValue closure) noexcept {
  Frame *f = F(fp);
  Value fn = functionNew(V(code).as<Code>(), f->globals, Value());
  if (!fn)
    return 0;
  Function *func = fn.as<Function>();
  func->builtins = f->builtins;
  func->closure = V(closure);
  func->annotations = V(annotations);
  func->kwdefaults = V(kwdefaults);
  func->defaults = V(defaults);
  return K(fn);
}
KilnValue kiln_cell_new(KilnValue contents) noexcept { return K(cellNew(V(contents))); }
int32_t kiln_print_expr(KilnValue v) noexcept { return opPrintExpr(V(v)) ? 0 : -1; }

// --- Building containers --------------------------------------------------------------

KilnValue kiln_tuple_build(void *items, size_t n) noexcept {
  return K(tupleFromArray(VS(items), int64_t(n)));
}
KilnValue kiln_list_build(void *items, size_t n) noexcept {
  return K(listFromArray(VS(items), int64_t(n)));
}
int32_t kiln_list_append(KilnValue list, KilnValue v) noexcept {
  return listAppend(V(list).as<List>(), V(v)) ? 0 : -1;
}
int32_t kiln_list_extend(KilnValue list, KilnValue iterable) noexcept {
  return opListExtend(V(list), V(iterable));
}
KilnValue kiln_dict_build(void *items, size_t npairs) noexcept {
  Dict *d = dictNew(int64_t(npairs));
  if (!d)
    return 0;
  const Value *kv = VS(items);
  for (size_t i = 0; i < npairs; i++)
    if (dictSet(d, kv[2 * i], kv[2 * i + 1]) < 0)
      return 0;
  return K(d);
}
int32_t kiln_dict_setitem(KilnValue dict, KilnValue k, KilnValue v) noexcept {
  return dictSet(V(dict).as<Dict>(), V(k), V(v));
}
KilnValue kiln_set_build(void *items, size_t n) noexcept {
  SetObject *s = setNew();
  if (!s)
    return 0;
  const Value *xs = VS(items);
  for (size_t i = 0; i < n; i++)
    if (setAdd(s, xs[i]) < 0)
      return 0;
  return K(s);
}
KilnValue kiln_str_build(void *items, size_t n) noexcept {
  return K(opBuildString(VS(items), int(n)));
}
KilnValue kiln_dict_build_const_keys(KilnValue keysV, void *values, size_t n) noexcept {
  Tuple *keys = V(keysV).as<Tuple>();
  Dict *d = dictNew(int64_t(n));
  if (!d)
    return 0;
  for (size_t i = 0; i < n; i++)
    if (dictSet(d, keys->items[i], VS(values)[i]) < 0)
      return 0;
  return K(d);
}
KilnValue kiln_slice_build(KilnValue start, KilnValue stop, KilnValue step) noexcept {
  return K(sliceNew(V(start), V(stop), V(step)));
}
KilnValue kiln_list_to_tuple(KilnValue list) noexcept {
  List *l = V(list).as<List>();
  return K(tupleFromArray(l->items, l->size));
}
int32_t kiln_set_add(KilnValue set, KilnValue v) noexcept {
  return setAdd(V(set).as<SetObject>(), V(v)) >= 0 ? 0 : -1;
}
int32_t kiln_set_update(KilnValue set, KilnValue iterable) noexcept {
  return setUpdate(V(set).as<SetObject>(), V(iterable)) >= 0 ? 0 : -1;
}
int32_t kiln_dict_update(KilnValue dict, KilnValue other) noexcept {
  return opDictUpdate(V(dict), V(other));
}
int32_t kiln_dict_merge(KilnValue dict, KilnValue other, KilnValue func) noexcept {
  return opDictMerge(V(dict), V(other), V(func));
}

// --- Unpacking and exceptions -----------------------------------------------------------

int32_t kiln_seq_unpack(KilnValue seq, int32_t n, void *out) noexcept {
  if (!unpackFast(V(seq), n, OUT(out)) && !opUnpack(V(seq), n, OUT(out)))
    return -1;
  toStackOrder(OUT(out), n);
  return 0;
}
int32_t kiln_seq_unpack_ex(KilnValue seq, int32_t before, int32_t after, void *out) noexcept {
  if (!opUnpackEx(V(seq), before, after, OUT(out)))
    return -1;
  toStackOrder(OUT(out), before + 1 + after);
  return 0;
}
int32_t kiln_exc_raise(KilnValue exc, KilnValue cause, int32_t argc) noexcept {
  return opRaise(V(exc), V(cause), argc) ? 1 : 0;
}
KilnValue kiln_exc_push_info(KilnValue exc) noexcept {
  Value prev = ts.excInfo->value;
  ts.excInfo->value = V(exc);
  return K(prev ? prev : None());
}
int32_t kiln_exc_pop_info(KilnValue prev) noexcept {
  ts.excInfo->value = isNone(V(prev)) ? Value() : V(prev);
  return 0;
}
int32_t kiln_exc_group_match(KilnValue eg, KilnValue type, void *out) noexcept {
  return opExceptionGroupMatch(V(eg), V(type), &OUT(out)[0], &OUT(out)[1]) ? 0 : -1;
}
KilnValue kiln_exc_prep_reraise_star(KilnValue orig, KilnValue list) noexcept {
  return K(opPrepReraiseStar(V(orig), V(list)));
}
int32_t kiln_with_enter(KilnValue mgr, void *out) noexcept {
  Value exit;
  Value r = opBeforeWith(V(mgr), &exit);
  if (!r)
    return -1;
  OUT(out)[0] = exit;
  OUT(out)[1] = r;
  return 0;
}
KilnValue kiln_with_except_start(KilnValue exit, KilnValue exc) noexcept {
  return K(opWithExceptStart(V(exit), V(exc)));
}
int32_t kiln_invalid_opcode(int32_t opcode) noexcept {
  raise(&SystemErrorType, "unknown opcode %d", opcode);
  return -1;
}

// --- Pattern matching ---------------------------------------------------------------------

int32_t kiln_match_mapping(KilnValue subject) noexcept { return opMatchMapping(V(subject)); }
int32_t kiln_match_sequence(KilnValue subject) noexcept { return opMatchSequence(V(subject)); }
KilnValue kiln_match_keys(KilnValue subject, KilnValue keys) noexcept {
  return K(opMatchKeys(V(subject), V(keys)));
}
KilnValue kiln_match_class(KilnValue subject, KilnValue cls, int32_t nargs,
                           KilnValue kwnames) noexcept {
  return K(opMatchClass(V(subject), V(cls), nargs, V(kwnames)));
}

// --- Generators and coroutines ---------------------------------------------------------------

KilnValue kiln_generator_new(void *f) noexcept {
  F(f)->flags &= ~FRAME_EXECUTING;
  return K(generatorNew(F(f)));
}
KilnValue kiln_async_gen_wrap(KilnValue v) noexcept { return K(asyncGenWrap(V(v))); }
KilnValue kiln_coro_send(KilnValue receiver, KilnValue v, void *returned) noexcept {
  bool ret = false;
  Value r = opSend(V(receiver), V(v), &ret);
  *static_cast<int32_t *>(returned) = ret;
  return K(r);
}
KilnValue kiln_coro_get_awaitable(KilnValue v, int32_t where) noexcept {
  return K(opGetAwaitable(V(v), where));
}
KilnValue kiln_coro_get_aiter(KilnValue v) noexcept { return K(opGetAIter(V(v))); }
KilnValue kiln_coro_get_anext(KilnValue aiter) noexcept { return K(opGetANext(V(aiter))); }
int32_t kiln_coro_async_with_enter(KilnValue mgr, void *out) noexcept {
  Value exit;
  Value r = opBeforeAsyncWith(V(mgr), &exit);
  if (!r)
    return -1;
  OUT(out)[0] = exit;
  OUT(out)[1] = r;
  return 0;
}
int32_t kiln_coro_end_async_for(KilnValue exc) noexcept {
  if (opEndAsyncFor(V(exc)))
    return 0;
  ts.curExc = V(exc); // re-raised as is, like RERAISE
  return -1;
}
int32_t kiln_exc_matches(KilnValue exc, KilnValue type) noexcept {
  return opExceptionMatches(V(exc), V(type));
}
int32_t kiln_exc_occurred() noexcept { return errOccurred() ? 1 : 0; }
KilnValue kiln_exc_fetch() noexcept { return K(takeError()); }
int32_t kiln_exc_restore(KilnValue exc) noexcept {
  ts.curExc = V(exc); // a re-raise: no new __context__ (as RERAISE)
  return -1;
}
int32_t kiln_signals_check() noexcept { return opHandleSignals() ? 0 : -1; }

} // extern "C"
