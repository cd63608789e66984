//===- Tuple.cpp - tuple --------------------------------------------------===//
#include "runtime/objects/GenericAlias.h"
#include "runtime/objects/Tuple.h"
#include "runtime/Abstract.h"
#include "runtime/Args.h"
#include "runtime/Errors.h"
#include "runtime/Gc.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Sequence.h"
#include "runtime/objects/Slice.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Type.h"

#include <cstring>

namespace kiln::rt {

Type TupleType;
Type TupleIterType;

namespace {
Tuple *theEmptyTuple;
}

Tuple *tupleNew(int64_t n) {
  if (n == 0 && theEmptyTuple)
    return theEmptyTuple;
  if (!checkAllocSize(size_t(n), sizeof(Value)))
    return nullptr;
  Tuple *t = newObject<Tuple>(&TupleType, size_t(n) * sizeof(Value));
  if (!t)
    return nullptr;
  t->size = n;
  return t;
}

Tuple *emptyTuple() { return theEmptyTuple; }

Tuple *tupleOf(std::initializer_list<Value> items) {
  Tuple *t = tupleNew(int64_t(items.size()));
  if (!t)
    return nullptr;
  int64_t i = 0;
  for (Value v : items)
    t->items[i++] = v;
  return t;
}

Tuple *tupleFromArray(const Value *items, int64_t n) {
  Tuple *t = tupleNew(n);
  if (!t)
    return nullptr;
  if (n)
    memcpy(t->items, items, size_t(n) * sizeof(Value));
  return t;
}

Value tupleFromIterable(Value iterable) {
  if (isExactTuple(iterable))
    return iterable;
  if (isList(iterable)) {
    List *l = iterable.as<List>();
    return Value::object(tupleFromArray(l->items, l->size));
  }
  Value l = listFromIterable(iterable);
  if (!l)
    return Value();
  return Value::object(tupleFromArray(l.as<List>()->items, l.as<List>()->size));
}

/// repr of a tuple; recursion through containers is guarded by the caller's
/// repr machinery (Abstract.cpp).
Value tupleReprBody(Value v);
Value tupleRepr(Value v) { return reprGuarded(v, "(...)", tupleReprBody); }
Value tupleReprBody(Value v) {
  Tuple *t = v.as<Tuple>();
  if (t->size == 0)
    return strFromAscii("()");
  StrBuilder b;
  b.append('(');
  for (int64_t i = 0; i < t->size; i++) {
    if (i)
      b.appendAscii(", ");
    Value r = repr(t->items[i]);
    if (!r)
      return Value();
    b.append(r.as<Str>());
  }
  if (t->size == 1)
    b.append(',');
  b.append(')');
  return b.build();
}

bool tupleHash(Value v, int64_t *out) {
  // CPython's xxHash-based tuple hash.
  Tuple *t = v.as<Tuple>();
  const uint64_t P1 = 11400714785074694791ull, P2 = 14029467366897019727ull,
                 P5 = 2870177450012600261ull;
  uint64_t acc = P5;
  for (int64_t i = 0; i < t->size; i++) {
    int64_t h;
    if (!hash(t->items[i], &h))
      return false;
    acc += uint64_t(h) * P2;
    acc = (acc << 31) | (acc >> 33);
    acc *= P1;
  }
  acc += uint64_t(t->size) ^ (P5 ^ 3527539ull);
  if (acc == uint64_t(-1))
    acc = 1546275796;
  *out = int64_t(acc);
  return true;
}

namespace {

bool tupleHashSlot(Value v, int64_t *out) { return tupleHash(v, out); }

int64_t tupleLen(Value v) { return v.as<Tuple>()->size; }

Value tupleGetItem(Value v, Value key) {
  Tuple *t = v.as<Tuple>();
  if (key.isSmall() || isInt(key) || typeOf(key)->toIndex) {
    int64_t i;
    if (!indexToSsize(key, &i, &IndexErrorType))
      return Value();
    if (i < 0)
      i += t->size;
    if (i < 0 || i >= t->size)
      return raise(&IndexErrorType, "tuple index out of range");
    return t->items[i];
  }
  if (typeOf(key) == &SliceType) {
    int64_t start, stop, step;
    int64_t n = sliceIndices(key, t->size, &start, &stop, &step);
    if (n < 0)
      return Value();
    if (step == 1 && n == t->size && isExactTuple(v))
      return v;
    Tuple *r = tupleNew(n);
    if (!r)
      return Value();
    for (int64_t i = 0, j = start; i < n; i++, j += step)
      r->items[i] = t->items[j];
    return Value::object(r);
  }
  return raise(&TypeErrorType, "tuple indices must be integers or slices, not %s", typeName(key));
}

Value tupleRichCompare(Value a, Value b, int op) {
  if (!isTuple(a) || !isTuple(b))
    return NotImplemented();
  Tuple *x = a.as<Tuple>(), *y = b.as<Tuple>();
  return sequenceCompare(x->items, x->size, y->items, y->size, op, false);
}

Value tupleConcat(Value a, Value b) {
  if (!isTuple(a) || !isTuple(b)) {
    // NotImplemented lets the right operand's __radd__ run; binaryOp
    // reports CPython's "can only concatenate" message after that.
    return NotImplemented();
  }
  Tuple *x = a.as<Tuple>(), *y = b.as<Tuple>();
  Tuple *r = tupleNew(x->size + y->size);
  if (!r)
    return Value();
  for (int64_t i = 0; i < x->size; i++)
    r->items[i] = x->items[i];
  for (int64_t i = 0; i < y->size; i++)
    r->items[x->size + i] = y->items[i];
  return Value::object(r);
}

Value tupleRepeat(Value a, Value n) {
  if (!isTuple(a))
    std::swap(a, n);
  if (!isTuple(a))
    return NotImplemented();
  if (!isInt(n) && !typeOf(n)->toIndex)
    return NotImplemented(); // binaryOp reports it
  int64_t count;
  if (!indexToSsize(n, &count, &OverflowErrorType))
    return Value();
  Tuple *t = a.as<Tuple>();
  if (count <= 0 || t->size == 0)
    return Value::object(emptyTuple());
  if (count == 1 && isExactTuple(a))
    return a;
  if (count > (int64_t(1) << 60) / t->size)
    return raiseMemoryError();
  Tuple *r = tupleNew(t->size * count);
  if (!r)
    return Value();
  for (int64_t k = 0; k < count; k++)
    for (int64_t i = 0; i < t->size; i++)
      r->items[k * t->size + i] = t->items[i];
  return Value::object(r);
}

int tupleContains(Value v, Value item) {
  Tuple *t = v.as<Tuple>();
  for (int64_t i = 0; i < t->size; i++) {
    int eq = equal(t->items[i], item);
    if (eq != 0)
      return eq;
  }
  return 0;
}

struct TupleIter : Object {
  Value seq;
  int64_t index;
};

Value tupleIter(Value v) {
  TupleIter *it = newObject<TupleIter>(&TupleIterType);
  if (!it)
    return Value();
  it->seq = v;
  it->index = 0;
  return Value::object(it);
}

Value tupleIterNext(Value v) {
  TupleIter *it = v.as<TupleIter>();
  if (!it->seq)
    return Value();
  Tuple *t = it->seq.as<Tuple>();
  if (it->index < t->size)
    return t->items[it->index++];
  it->seq = Value();
  return Value();
}

Value tupleIterLengthHint(Value v) {
  TupleIter *it = v.as<TupleIter>();
  return Value::small(it->seq ? it->seq.as<Tuple>()->size - it->index : 0);
}

const MethodDef tupleIterMethods[] = {
    KILN_METH_NOARGS("__length_hint__", tupleIterLengthHint),
    {nullptr},
};

Value iterSelf(Value v) { return v; }

Value tupleNewSlot(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  if (type == &TupleType && !noKeywords("tuple", kwnames))
    return Value();
  if (!checkPositional("tuple", nargs, 0, 1))
    return Value();
  Value items = nargs ? tupleFromIterable(args[0]) : Value::object(emptyTuple());
  if (!items || type == &TupleType)
    return items;
  Tuple *src = items.as<Tuple>();
  // A subclass instance: items, then room for the instance dict.
  Tuple *t = newObject<Tuple>(type, size_t(src->size + 1) * sizeof(Value));
  if (!t)
    return Value();
  t->size = src->size;
  for (int64_t i = 0; i < src->size; i++)
    t->items[i] = src->items[i];
  return Value::object(t);
}

Value tupleIndex(Value self, const Value *args, size_t nargs) {
  Tuple *t = self.as<Tuple>();
  return sequenceIndex("index", t->items, t->size, args, nargs, "tuple.index(x): x not in tuple");
}

Value tupleCount(Value self, Value x) {
  int64_t n = sequenceCount(self.as<Tuple>()->items, self.as<Tuple>()->size, x);
  return n < 0 ? Value() : intFromI64(n);
}

Value tupleGetNewArgs(Value self) {
  Tuple *t = self.as<Tuple>();
  return Value::object(tupleOf({Value::object(tupleFromArray(t->items, t->size))}));
}

Value tupleClassGetItem(Value cls, Value item) { return genericAliasNew(cls, item); }

const MethodDef tupleMethods[] = {
    KILN_METH_FAST("index", tupleIndex),
    KILN_METH_O("count", tupleCount),
    KILN_METH_NOARGS("__getnewargs__", tupleGetNewArgs),
    {"__class_getitem__", reinterpret_cast<void *>(static_cast<OneArgFn>(tupleClassGetItem)),
     CallKind::OneArg, nullptr, MethodDef::Class},
    {nullptr},
};

} // namespace

void initTupleType() {
  typeInitBuiltin(&TupleType, "tuple", &ObjectType, sizeof(Tuple));
  TupleType.itemSize = sizeof(Value);
  TupleType.flags |= TF_TUPLE_SUBCLASS | TF_SEQUENCE | TF_CONCAT;
  TupleType.repr = tupleRepr;
  TupleType.hash = tupleHashSlot;
  TupleType.richcompare = tupleRichCompare;
  TupleType.len = tupleLen;
  TupleType.getitem = tupleGetItem;
  TupleType.contains = tupleContains;
  TupleType.iter = tupleIter;
  TupleType.binary[0] = tupleConcat;
  TupleType.binary[5] = tupleRepeat;
  TupleType.newFn = tupleNewSlot;
  theEmptyTuple = newObject<Tuple>(&TupleType);
  theEmptyTuple->size = 0;
  static Value root;
  root = Value::object(theEmptyTuple);
  // object was readied before any tuple existed: give it its empty __bases__.
  if (!ObjectType.bases)
    ObjectType.bases = theEmptyTuple;
  typeReady(&TupleType, tupleMethods);
  typeInitBuiltin(&TupleIterType, "tuple_iterator", &ObjectType, sizeof(TupleIter), 0);
  TupleIterType.iter = iterSelf;
  TupleIterType.next = tupleIterNext;
  typeReady(&TupleIterType, tupleIterMethods);
}

} // namespace kiln::rt
