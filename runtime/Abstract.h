//===- Abstract.h - The object protocol: one implementation of each semantic
///
/// Attribute access, calls, operators, comparisons, truth, iteration,
/// subscripts, repr/str/hash — each implemented once here on top of the
/// type slots, and used by built-in types, the vm and (through
/// RuntimeABI.def) generated code. Error convention: see Object.h.
///
//===----------------------------------------------------------------------===//
#pragma once

#include "runtime/Object.h"
#include "runtime/ThreadState.h"

#include <initializer_list>
#include <string>

namespace kiln::rt {

struct Str;
struct Tuple;
struct Dict;

// --- Attributes ------------------------------------------------------------
Value getAttr(Value obj, Str *name);
Value getAttr(Value obj, const char *name);
/// Like getAttr but a missing attribute (AttributeError) gives null with no
/// exception set.
Value getAttrOpt(Value obj, Str *name);
int setAttr(Value obj, Str *name, Value value);
int delAttr(Value obj, Str *name);
/// The attribute \p name found on the type's MRO (no binding), or null.
Value typeLookup(Type *type, Str *name);
/// Must follow any change to \p type's dict or MRO: drops the cached
/// lookups of the type and its subclasses.
void typeModified(Type *type);
/// A special method looked up on the type and bound to \p obj; null
/// without exception when absent.
Value lookupSpecial(Value obj, Str *name);
/// object.__getattribute__ / __setattr__ (instance dict + descriptors).
Value genericGetAttr(Value obj, Str *name);
int genericSetAttr(Value obj, Str *name, Value value);
/// The instance dict slot of \p obj, or null when its type has none.
Dict **instanceDictPtr(Value obj);
/// For LOAD_METHOD: stores the unbound function and returns true when
/// `obj.name` is a plain method (so the call can pass obj as self), else
/// stores the bound attribute and returns false. *out null on error.
bool getMethod(Value obj, Str *name, Value *out);

// --- Calls -----------------------------------------------------------------
Value call(Value callable, const Value *args, size_t nargs, Tuple *kwnames = nullptr);
Value call(Value callable, std::initializer_list<Value> args);
/// callable(*args_tuple, **kwargs_dict) (either may be null).
Value callWithTupleDict(Value callable, Value args, Value kwargs);
/// obj.name(*args).
Value callMethod(Value obj, Str *name, std::initializer_list<Value> args);
bool isCallable(Value v);

// --- Operators -------------------------------------------------------------
/// BINARY_OP: \p op is an NB_* index (in-place ops included).
Value binaryOp(Value a, Value b, int op);
/// The TypeError of `a + b` for a built-in sequence \p a (str, list,
/// tuple, bytes, bytearray) that cannot concatenate \p b.
Value concatTypeError(Value a, Value b);
Value unaryNegative(Value v);
Value unaryPositive(Value v);
Value unaryInvert(Value v);
Value absolute(Value v);
Value power3(Value a, Value b, Value m);
Value divmod(Value a, Value b);
/// Truth value: 1, 0, or -1 on error.
int isTrue(Value v);
Value unaryNot(Value v);

// --- Comparisons -----------------------------------------------------------
Value richCompare(Value a, Value b, int op);
/// richCompare as a truth value; identity implies equality for EQ/NE
/// (as containers compare items). 1/0, -1 on error.
int richCompareBool(Value a, Value b, int op);
inline int equal(Value a, Value b) {
  if (a == b)
    return 1;
  return richCompareBool(a, b, 2 /* CMP_EQ */);
}

// --- Text ------------------------------------------------------------------
Value repr(Value v);
/// For built-in container reprs: \p body(v), or \p recursive (null: "Type(...)")
/// when v's repr is already running further up (CPython's Py_ReprEnter).
Value reprGuarded(Value v, const char *recursive, UnaryFn body);
Value str(Value v);
Value ascii(Value v);
/// format(value, spec).
Value format(Value v, Value spec);
/// repr() as UTF-8 for C++ callers; on error returns false.
bool reprUtf8(Value v, std::string &out);

// --- Hashing ---------------------------------------------------------------
bool hash(Value v, int64_t *out);
Value raiseUnhashable(Value v);

// --- Iteration -------------------------------------------------------------
Value getIter(Value v);
/// The next item; null without exception at the end, null with exception
/// on error.
Value iterNext(Value it);
/// Calls \p fn on each item of \p iterable; stops early when fn returns
/// false (the error, if any, is already set). Returns false on error.
template <class Fn> bool forEach(Value iterable, Fn fn);

// --- Containers ------------------------------------------------------------
Value getItem(Value container, Value key);
int setItem(Value container, Value key, Value value);
int delItem(Value container, Value key);
int64_t length(Value v);
/// `item in container`: 1/0, -1 on error.
int contains(Value container, Value item);
/// CPython's PyObject_LengthHint: len(v) if it has one, else
/// v.__length_hint__(), else \p dflt; -1 with the exception set on error.
int64_t lengthHint(Value v, int64_t dflt);

// --- Numbers ---------------------------------------------------------------
Value numberInt(Value v);
Value numberFloat(Value v);

// --- Types -----------------------------------------------------------------
/// isinstance(obj, cls) with __instancecheck__ and tuples of classes.
int isInstanceOf(Value obj, Value cls);
int isSubclassOf(Value derived, Value cls);

template <class Fn> bool forEach(Value iterable, Fn fn) {
  Value it = getIter(iterable);
  if (!it)
    return false;
  for (;;) {
    Value item = iterNext(it);
    if (!item)
      return ts.curExc.isNull();
    if (!fn(item))
      return ts.curExc.isNull();
  }
}

} // namespace kiln::rt
