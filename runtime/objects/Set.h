//===- Set.h - set and frozenset -----------------------------------------===//
///
/// The table follows CPython's setobject algorithm (open addressing with a
/// run of linear probes, then perturbed probing; resize to 4x the used
/// count at 60% fill) so that sets iterate in CPython's order — observable
/// for sets of ints, whose hashes are their values.
///
//===----------------------------------------------------------------------===//
#pragma once

#include "runtime/Object.h"

namespace kiln::rt {

struct SetEntry {
  int64_t hash;
  Value key; ///< null: empty; dummyKey(): deleted
};

struct SetObject : Object {
  int64_t fill;  ///< active + dummy entries
  int64_t used;  ///< active entries
  int64_t mask;  ///< table size - 1
  SetEntry *table;
  int64_t finger; ///< set.pop() search start
  uint64_t version;
  int64_t hash;  ///< frozenset hash cache, -1 unknown
};

SetObject *setNew(Type *type = nullptr);
/// 1 added, 0 present, -1 error.
int setAdd(SetObject *s, Value key);
int setContains(SetObject *s, Value key);
/// 1 removed, 0 missing, -1 error.
int setDiscard(SetObject *s, Value key);
int setUpdate(SetObject *s, Value iterable);
bool setNext(SetObject *s, int64_t *pos, Value *key);
inline bool isAnySet(Value v);
Value setFromIterable(Type *type, Value iterable);
/// A frozenset constant of a code object (`{1, 2, 3}` displays load one
/// and SET_UPDATE it): built with CPython's compiler's insertion orders so
/// that the set made from it iterates as in CPython.
SetObject *frozensetConstant(const Value *items, int64_t n);

void initSetTypes();

inline bool isAnySet(Value v) {
  if (v.isSmall())
    return false;
  Type *t = v.obj()->type;
  return t == &SetType || t == &FrozenSetType || isSubtype(t, &SetType) ||
         isSubtype(t, &FrozenSetType);
}

} // namespace kiln::rt
