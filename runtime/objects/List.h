//===- List.h - list -----------------------------------------------------===//
#pragma once

#include "runtime/Object.h"

namespace kiln::rt {

struct List : Object {
  int64_t size;
  int64_t capacity; ///< CPython's allocation for this history (__sizeof__)
  Value *items;     ///< GC array of `room` Values
  int64_t room;     ///< Values the items array holds (>= capacity)
};

/// iter(list): the list, and the next index (the list is null once the
/// iterator is exhausted).
struct ListIter : Object {
  Value list;
  int64_t index;
};

List *listNew(int64_t size = 0);
List *listFromArray(const Value *items, int64_t n);
bool listAppend(List *l, Value v);
/// list.extend(iterable); -1 on error.
int listExtend(List *l, Value iterable);
/// list(iterable).
Value listFromIterable(Value iterable);
/// Sorts in place like list.sort(key=..., reverse=...); -1 on error.
int listSort(List *l, Value key, bool reverse);
bool listResize(List *l, int64_t newSize);

void initListType();

} // namespace kiln::rt
