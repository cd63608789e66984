//===- Tuple.h - tuple ---------------------------------------------------===//
#pragma once

#include "runtime/Object.h"

#include <initializer_list>

namespace kiln::rt {

/// Items are inline. Instances of tuple subclasses keep their instance dict
/// after the items (Type::dictOffset == kDictAfterItems).
struct Tuple : Object {
  int64_t size;
  Value items[];
};

/// A new exact tuple of \p n null items (fill them before use).
Tuple *tupleNew(int64_t n);
Tuple *tupleOf(std::initializer_list<Value> items);
Tuple *tupleFromArray(const Value *items, int64_t n);
/// The empty tuple (a singleton, as in CPython).
Tuple *emptyTuple();
/// tuple(iterable); returns \p iterable itself when it is an exact tuple.
Value tupleFromIterable(Value iterable);
Value tupleRepr(Value t);
bool tupleHash(Value t, int64_t *out);

void initTupleType();

} // namespace kiln::rt
