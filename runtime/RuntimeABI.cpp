//===- RuntimeABI.cpp - The runtime's C entry points -----------------------===//
//
// Thin C faces of the runtime's C++ functions (RuntimeABI.def): values
// cross as their 64 bits, pointers as void*. No semantics live here; each
// entry forwards to the one implementation the vm also uses.
//
//===----------------------------------------------------------------------===//
#include "runtime/RuntimeABI.h"
#include "runtime/Abstract.h"
#include "runtime/Errors.h"
#include "runtime/Frame.h"
#include "runtime/Ops.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Set.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"

using namespace kiln::rt;

namespace {

inline Value V(KilnValue v) { return Value::fromBits(v); }
inline KilnValue K(Value v) { return v.bits(); }
inline KilnValue K(Object *o) { return o ? Value::object(o).bits() : 0; }
inline Frame *F(void *p) { return static_cast<Frame *>(p); }
inline Str *S(void *p) { return static_cast<Str *>(p); }
inline const Value *VS(void *p) { return static_cast<const Value *>(p); }

} // namespace

extern "C" {

// --- Operators and truth ---------------------------------------------------------

KilnValue kiln_number_binary_op(KilnValue a, KilnValue b, int32_t op) noexcept {
  return K(binaryOp(V(a), V(b), op));
}
KilnValue kiln_object_compare(KilnValue a, KilnValue b, int32_t op) noexcept {
  return K(richCompare(V(a), V(b), op));
}
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
  return K(getItem(V(c), V(k)));
}
int32_t kiln_object_setitem(KilnValue c, KilnValue k, KilnValue v) noexcept {
  return setItem(V(c), V(k), V(v));
}
int32_t kiln_object_delitem(KilnValue c, KilnValue k) noexcept { return delItem(V(c), V(k)); }
KilnValue kiln_object_call(KilnValue callable, void *args, size_t nargs, void *kwnames) noexcept {
  return K(call(V(callable), VS(args), nargs, static_cast<Tuple *>(kwnames)));
}
KilnValue kiln_object_call_ex(KilnValue func, KilnValue args, KilnValue kwargs) noexcept {
  return K(opCallFunctionEx(V(func), V(args), V(kwargs)));
}
KilnValue kiln_object_get_iter(KilnValue v) noexcept { return K(getIter(V(v))); }
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

// --- Unpacking and exceptions -----------------------------------------------------------

int32_t kiln_seq_unpack(KilnValue seq, int32_t n, void *out) noexcept {
  return opUnpack(V(seq), n, static_cast<Value *>(out)) ? 0 : -1;
}
int32_t kiln_exc_raise(KilnValue exc, KilnValue cause, int32_t argc) noexcept {
  opRaise(V(exc), V(cause), argc);
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
