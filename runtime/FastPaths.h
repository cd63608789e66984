//===- FastPaths.h - Inline shortcuts for common operand types -------------===//
///
/// Exact results of frequent operations on the commonest operands, for the
/// interpreter loop and for generated code alike: each answers, or returns
/// null / false *without raising* when it does not apply (other types, an
/// index out of range, division by zero...), and the caller then takes the
/// general path (binaryOp, richCompare, getItem, opUnpack), which owns every
/// error and every other case. They compute exactly what those paths do.
///
//===----------------------------------------------------------------------===//
#pragma once

#include "runtime/Object.h"
#include "runtime/objects/Float.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Tuple.h"

namespace kiln::rt {

/// The fast path of `a op b` for exact floats (with a float or small int
/// on the other side) and op + - * / (binary op numbers 0, 5, 10, 11, or
/// their in-place forms 13 higher): the result, or null (nothing raised)
/// when it does not apply — the caller then takes binaryOp's general path.
/// Same results as float's slots: both sides become doubles first.
inline Value floatBinaryFast(Value a, Value b, int op) {
  double x, y;
  if (!a.isSmall() && a.obj()->type == &FloatType)
    x = floatValue(a);
  else if (a.isSmall() && !b.isSmall() && b.obj()->type == &FloatType)
    x = double(a.smallValue());
  else
    return Value();
  if (!b.isSmall() && b.obj()->type == &FloatType)
    y = floatValue(b);
  else if (b.isSmall())
    y = double(b.smallValue());
  else
    return Value();
  switch (op >= 13 ? op - 13 : op) {
  case 0: return floatFrom(x + y);
  case 5: return floatFrom(x * y);
  case 10: return floatFrom(x - y);
  case 11: return y != 0.0 ? floatFrom(x / y) : Value(); // ZeroDivisionError: slow path
  default: return Value();
  }
}

/// a op b for two small ints or two exact floats, op 0..5 (< <= == != > >=;
/// IEEE comparisons are Python's for floats, NaN included).
inline Value compareFast(Value a, Value b, int op) {
  auto cmp = [op](auto x, auto y) { return boolValue(compareNumbers(op, x, y)); };
  if (a.isSmall() && b.isSmall())
    return cmp(a.smallValue(), b.smallValue());
  if (!a.isSmall() && !b.isSmall() && a.obj()->type == &FloatType && b.obj()->type == &FloatType)
    return cmp(floatValue(a), floatValue(b));
  return Value();
}

/// container[key] for an exact list or tuple and an in-range small int.
inline Value subscriptFast(Value container, Value key) {
  if (!key.isSmall() || container.isSmall())
    return Value();
  const Value *items;
  int64_t n;
  if (container.obj()->type == &ListType) {
    items = container.as<List>()->items;
    n = container.as<List>()->size;
  } else if (container.obj()->type == &TupleType) {
    items = container.as<Tuple>()->items;
    n = container.as<Tuple>()->size;
  } else {
    return Value();
  }
  int64_t i = key.smallValue();
  if (i < 0)
    i += n;
  return i >= 0 && i < n ? items[i] : Value();
}

/// container[key] = value for an exact list and an in-range small int.
inline bool storeSubscriptFast(Value container, Value key, Value value) {
  if (!key.isSmall() || container.isSmall() || container.obj()->type != &ListType)
    return false;
  List *l = container.as<List>();
  int64_t i = key.smallValue();
  if (i < 0)
    i += l->size;
  if (i < 0 || i >= l->size)
    return false;
  l->items[i] = value;
  return true;
}

/// Unpacks an exact tuple or list of exactly \p n items into out[0..n),
/// first item first (as opUnpack).
inline bool unpackFast(Value seq, int n, Value *out) {
  if (seq.isSmall())
    return false;
  const Value *items;
  int64_t size;
  if (seq.obj()->type == &TupleType) {
    items = seq.as<Tuple>()->items;
    size = seq.as<Tuple>()->size;
  } else if (seq.obj()->type == &ListType) {
    items = seq.as<List>()->items;
    size = seq.as<List>()->size;
  } else {
    return false;
  }
  if (size != n)
    return false;
  for (int i = 0; i < n; i++)
    out[i] = items[i];
  return true;
}

} // namespace kiln::rt
