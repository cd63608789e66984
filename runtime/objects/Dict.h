//===- Dict.h - dict: the insertion-ordered hash table --------------------===//
///
/// A compact dict: entries (hash, key, value) are appended in insertion
/// order to a GC array; a separate open-addressing index table (atomic
/// memory, no pointers) maps hash slots to entry numbers. Deleting leaves a
/// null key in the entry and a dummy in the index; both are compacted on
/// resize. Iteration walks the entries, which gives Python's insertion
/// order. Namespaces (module globals, class dicts, instance dicts) are
/// dicts keyed by interned strs, found by pointer compare first.
///
//===----------------------------------------------------------------------===//
#pragma once

#include "runtime/Object.h"
#include "runtime/objects/Str.h"

namespace kiln::rt {

struct Str;

struct DictEntry {
  int64_t hash;
  Value key; ///< null for a deleted entry
  Value value;
};

struct Dict : Object {
  int64_t used;      ///< live entries
  int64_t nentries;  ///< entries slots consumed (live + deleted)
  int64_t capacity;  ///< entries array size
  int64_t mask;      ///< index table size - 1
  void *indices;     ///< -1 empty, -2 dummy, else entry number; see dictIndexAt
  DictEntry *entries;
  uint64_t version;  ///< bumped by every change of keys (iteration checks)
  /// Bit (hash & 63) of every key inserted since the last clear: a clear
  /// bit proves a key absent without a probe (see dictMayHaveKey).
  uint64_t keyBits;
  /// Bytes per index-table slot: 1 for tables up to 128 slots, 4 up to
  /// 2**31, else 8 (small dicts, like instance dicts, stay small).
  uint8_t indexWidth;
};

inline int64_t dictIndexAt(const Dict *d, uint64_t slot) {
  switch (d->indexWidth) {
  case 1: return static_cast<const int8_t *>(d->indices)[slot];
  case 4: return static_cast<const int32_t *>(d->indices)[slot];
  default: return static_cast<const int64_t *>(d->indices)[slot];
  }
}

inline void dictSetIndexAt(Dict *d, uint64_t slot, int64_t ix) {
  switch (d->indexWidth) {
  case 1: static_cast<int8_t *>(d->indices)[slot] = int8_t(ix); break;
  case 4: static_cast<int32_t *>(d->indices)[slot] = int32_t(ix); break;
  default: static_cast<int64_t *>(d->indices)[slot] = ix; break;
  }
}

/// False when no key of hash \p keyHash is in \p d (its bit was never set).
inline bool dictMayHaveKey(const Dict *d, int64_t keyHash) {
  return keyHash == -1 || (d->keyBits >> (uint64_t(keyHash) & 63)) & 1;
}

/// Adds str \p key, known absent because its hash bit is clear, when the
/// dict has room and the key's first probe slot is free; false (nothing
/// done) otherwise. The common case of an attribute set in __init__.
/// Generated code makes the same append inline for a new attribute
/// (appendInstanceAttr, codegen/LowerAttributes.cpp): change both.
inline bool dictTryAppendStr(Dict *d, Str *key, int64_t hash, Value value) {
  if (hash == -1 || d->nentries >= d->capacity || ((d->keyBits >> (uint64_t(hash) & 63)) & 1))
    return false;
  uint64_t slot = uint64_t(hash) & uint64_t(d->mask);
  if (dictIndexAt(d, slot) != -1)
    return false;
  DictEntry &e = d->entries[d->nentries];
  e.hash = hash;
  e.key = Value::object(key);
  e.value = value;
  dictSetIndexAt(d, slot, d->nentries++);
  d->keyBits |= uint64_t(1) << (uint64_t(hash) & 63);
  d->used++;
  d->version++;
  return true;
}

Dict *dictNew(int64_t sizeHint = 0);
/// Bytes of an empty dict whose first (small) table follows its header in
/// the same block; dictInitWithTable makes one in zeroed memory of that
/// size (an instance and its dict allocated together, objectNew).
extern const size_t kDictWithTableBytes;
void dictInitWithTable(Dict *d);
/// The value for \p key; null when missing (no exception) or on error
/// (exception set: check errOccurred()).
Value dictGet(Dict *d, Value key);
/// The value for a str key (no error possible for str keys).
Value dictGetStr(Dict *d, Str *key);
/// The index of \p key's entry in \p d->entries, or -1 when absent.
int64_t dictLookupIndexStr(Dict *d, Str *key);
/// The address of \p key's value in \p d's entries, or null when absent.
/// It stays the value's address until the dict's version changes.
Value *dictLookupSlotStr(Dict *d, Str *key);
Value dictGetCStr(Dict *d, const char *key);
int dictSet(Dict *d, Value key, Value value);
int dictSetStr(Dict *d, Str *key, Value value);
int dictSetCStr(Dict *d, const char *key, Value value);
/// Removes \p key: 1 removed, 0 missing (no exception), -1 error.
int dictDel(Dict *d, Value key);
/// Contains: 1/0, -1 on error.
int dictContains(Dict *d, Value key);
/// Iterates live entries: start with *pos = 0.
bool dictNext(Dict *d, int64_t *pos, Value *key, Value *value);
void dictClear(Dict *d);
Dict *dictCopy(Dict *d);
/// d.update(other) for a dict or mapping or iterable of pairs; -1 on error.
int dictUpdate(Dict *d, Value other);
/// d |= other for another mapping: keys() and [] (DICT_MERGE when
/// \p rejectDuplicates, which raises on a repeated key).
int dictMerge(Dict *d, Value other, bool rejectDuplicates, Value funcForMessage);
Value dictRepr(Value d);
/// A list of the keys.
Value dictKeysList(Dict *d);

/// A read-only view of a mapping (type.__dict__).
Value mappingProxyNew(Value mapping);

void initDictType();

} // namespace kiln::rt
