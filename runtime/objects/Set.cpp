//===- Set.cpp - set and frozenset ----------------------------------------===//
///
/// Open addressing as in CPython's setobject: a table of a power-of-two
/// size (8 at first); a key's search starts at hash & mask, looks at the
/// slot and, while the run stays inside the table, the next LINEAR_PROBES
/// slots, then jumps with the perturbed recurrence i = i*5 + 1 + perturb
/// (perturb shifted right by 5 at each jump). Deleted slots hold a dummy
/// key (hash -1). The table grows when fill reaches 60% of it, to the
/// smallest power of two above 4x the used count (2x above 50000),
/// reinserting entries in old table order. The set operations follow the
/// same orders of insertion as CPython so results iterate identically.
///
//===----------------------------------------------------------------------===//
#include "runtime/objects/GenericAlias.h"
#include "runtime/objects/Set.h"
#include "runtime/Abstract.h"
#include "runtime/Args.h"
#include "runtime/Errors.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <cctype>
#include <cstring>
#include <string>

namespace kiln::rt {

Type SetType, FrozenSetType, SetIterType;

namespace {

constexpr int64_t kMinSize = 8;
constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

/// The key of deleted slots.
Object dummyObject{&ObjectType};
inline Value dummyKey() { return Value::object(&dummyObject); }
inline bool isLive(Value k) { return !k.isNull() && k != dummyKey(); }

SetEntry *allocTable(int64_t n) {
  if (!checkAllocSize(size_t(n), sizeof(SetEntry)))
    return nullptr;
  return static_cast<SetEntry *>(gcAlloc(size_t(n) * sizeof(SetEntry)));
}

inline SetObject *asSet(Value v) { return v.as<SetObject>(); }

/// Key equality as the table compares: identity, then ==. 1/0/-1.
inline int keysEqual(Value a, Value b) {
  if (a == b)
    return 1;
  if (a.isSmall() && b.isSmall())
    return 0;
  if (isExactStr(a) && isExactStr(b))
    return strEqual(a.as<Str>(), b.as<Str>()) ? 1 : 0;
  return richCompareBool(a, b, 2);
}

/// The entry holding \p key, or the empty slot where the search ended;
/// null on error.
SetEntry *lookKey(SetObject *so, Value key, int64_t hash) {
restart:
  SetEntry *table = so->table;
  size_t mask = size_t(so->mask);
  size_t perturb = size_t(hash);
  size_t i = size_t(hash) & mask;
  for (;;) {
    SetEntry *entry = &table[i];
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (;;) {
      if (entry->key.isNull())
        return entry;
      if (entry->hash == hash) {
        Value start = entry->key;
        if (start == key)
          return entry;
        int cmp = keysEqual(start, key);
        if (cmp < 0)
          return nullptr;
        if (so->table != table || entry->key != start)
          goto restart;
        if (cmp > 0)
          return entry;
      }
      entry++;
      if (probes-- == 0)
        break;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

/// Inserts into a table known to hold no dummies and not \p key.
void insertClean(SetEntry *table, size_t mask, Value key, int64_t hash) {
  size_t perturb = size_t(hash);
  size_t i = size_t(hash) & mask;
  for (;;) {
    SetEntry *entry = &table[i];
    if (entry->key.isNull())
      goto found;
    if (i + kLinearProbes <= mask) {
      for (size_t j = 0; j < kLinearProbes; j++) {
        entry++;
        if (entry->key.isNull())
          goto found;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
    continue;
  found:
    entry->key = key;
    entry->hash = hash;
    return;
  }
}

bool tableResize(SetObject *so, int64_t minused) {
  int64_t newsize = kMinSize;
  while (newsize <= minused)
    newsize <<= 1;
  SetEntry *newtable = allocTable(newsize);
  if (!newtable)
    return false;
  SetEntry *old = so->table;
  int64_t oldmask = so->mask;
  so->table = newtable;
  so->mask = newsize - 1;
  so->fill = so->used;
  for (int64_t i = 0; i <= oldmask; i++)
    if (isLive(old[i].key))
      insertClean(newtable, size_t(newsize - 1), old[i].key, old[i].hash);
  so->version++;
  return true;
}

/// 1 added, 0 present, -1 error.
int addEntry(SetObject *so, Value key, int64_t hash) {
restart:
  SetEntry *table = so->table;
  size_t mask = size_t(so->mask);
  size_t perturb = size_t(hash);
  size_t i = size_t(hash) & mask;
  SetEntry *freeslot = nullptr;
  SetEntry *entry;
  for (;;) {
    entry = &table[i];
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (;;) {
      if (entry->key.isNull())
        goto foundUnused;
      if (entry->hash == hash && entry->key != dummyKey()) {
        Value start = entry->key;
        if (start == key)
          return 0;
        int cmp = keysEqual(start, key);
        if (cmp < 0)
          return -1;
        if (cmp > 0)
          return 0;
        if (so->table != table || entry->key != start)
          goto restart;
        mask = size_t(so->mask);
      } else if (entry->key == dummyKey()) {
        // CPython 3.11 reuses the last dummy seen before the free slot.
        freeslot = entry;
      }
      entry++;
      if (probes-- == 0)
        break;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
foundUnused:
  so->version++;
  if (freeslot) {
    so->used++;
    freeslot->key = key;
    freeslot->hash = hash;
    return 1;
  }
  so->fill++;
  so->used++;
  entry->key = key;
  entry->hash = hash;
  if (size_t(so->fill) * 5 < mask * 3)
    return 1;
  if (!tableResize(so, so->used > 50000 ? so->used * 2 : so->used * 4))
    return -1;
  return 1;
}

int containsEntry(SetObject *so, Value key, int64_t hash) {
  SetEntry *e = lookKey(so, key, hash);
  if (!e)
    return -1;
  return e->key.isNull() ? 0 : 1;
}

/// 1 removed, 0 missing, -1 error.
int discardEntry(SetObject *so, Value key, int64_t hash) {
  SetEntry *e = lookKey(so, key, hash);
  if (!e)
    return -1;
  if (e->key.isNull())
    return 0;
  e->key = dummyKey();
  e->hash = -1;
  so->used--;
  so->version++;
  return 1;
}

void clearInternal(SetObject *so) {
  SetEntry *t = allocTable(kMinSize);
  if (!t) {
    clearError();
    memset(static_cast<void *>(so->table), 0, size_t(so->mask + 1) * sizeof(SetEntry));
  } else {
    so->table = t;
    so->mask = kMinSize - 1;
  }
  so->fill = 0;
  so->used = 0;
  so->hash = -1;
  so->version++;
}

bool isSetType(Type *t) { return t == &SetType || isSubtype(t, &SetType); }

/// The base type results of operations on \p t have: set or frozenset.
Type *baseType(Type *t) { return isSetType(t) ? &SetType : &FrozenSetType; }

bool setMerge(SetObject *so, SetObject *other) {
  if (so == other || other->used == 0)
    return true;
  if ((so->fill + other->used) * 5 >= so->mask * 3) {
    if (!tableResize(so, (so->used + other->used) * 2))
      return false;
  }
  SetEntry *ot = other->table;
  if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
    for (int64_t i = 0; i <= other->mask; i++) {
      if (!ot[i].key.isNull()) {
        so->table[i].key = ot[i].key;
        so->table[i].hash = ot[i].hash;
      }
    }
    so->fill = other->fill;
    so->used = other->used;
    so->version++;
    return true;
  }
  if (so->fill == 0) {
    so->fill = other->used;
    so->used = other->used;
    for (int64_t i = 0; i <= other->mask; i++)
      if (isLive(ot[i].key))
        insertClean(so->table, size_t(so->mask), ot[i].key, ot[i].hash);
    so->version++;
    return true;
  }
  for (int64_t i = 0; i <= other->mask; i++) {
    // Re-read each time: comparisons may run arbitrary code.
    SetEntry e = other->table[i];
    if (isLive(e.key) && addEntry(so, e.key, e.hash) < 0)
      return false;
    if (i > other->mask)
      break;
  }
  return true;
}

int addKey(SetObject *so, Value key) {
  int64_t h;
  if (!hash(key, &h))
    return -1;
  return addEntry(so, key, h);
}

int containsKey(SetObject *so, Value key) {
  int64_t h;
  if (!hash(key, &h))
    return -1;
  return containsEntry(so, key, h);
}

int discardKey(SetObject *so, Value key) {
  int64_t h;
  if (!hash(key, &h))
    return -1;
  return discardEntry(so, key, h);
}

bool updateInternal(SetObject *so, Value other) {
  if (isAnySet(other))
    return setMerge(so, asSet(other));
  if (isExactDict(other)) {
    Dict *d = other.as<Dict>();
    int64_t dictsize = d->used;
    if ((so->fill + dictsize) * 5 >= so->mask * 3) {
      if (!tableResize(so, (so->used + dictsize) * 2))
        return false;
    }
    for (int64_t i = 0; i < d->nentries; i++) {
      DictEntry *e = &d->entries[i];
      if (e->key.isNull())
        continue;
      if (addEntry(so, e->key, e->hash) < 0)
        return false;
      if (i >= d->nentries)
        break;
    }
    return true;
  }
  return forEach(other, [&](Value k) { return addKey(so, k) >= 0; });
}

SetObject *makeNewSet(Type *type, Value iterable) {
  SetObject *so = setNew(type);
  if (!so)
    return nullptr;
  if (iterable && !updateInternal(so, iterable))
    return nullptr;
  return so;
}

SetObject *makeNewSetBase(Type *type, Value iterable) { return makeNewSet(baseType(type), iterable); }

SetObject *setCopy(SetObject *so) { return makeNewSetBase(so->type, Value::object(so)); }

inline Value ret(SetObject *s) { return s ? Value::object(s) : Value(); }

/// True when \p key is a set: lookups retry with a frozenset copy.
bool retryAsFrozen(Value key) {
  if (!isAnySet(key) || !errMatches(&TypeErrorType))
    return false;
  clearError();
  return true;
}

// --- Iteration -----------------------------------------------------------------

struct SetIter : Object {
  SetObject *set;
  int64_t used;
  int64_t pos;
  int64_t len;
};

Value setIter(Value v) {
  SetIter *it = newObject<SetIter>(&SetIterType);
  if (!it)
    return Value();
  it->set = asSet(v);
  it->used = asSet(v)->used;
  it->pos = 0;
  it->len = asSet(v)->used;
  return Value::object(it);
}

Value setIterNext(Value v) {
  SetIter *it = v.as<SetIter>();
  SetObject *so = it->set;
  if (!so)
    return Value();
  if (it->used != so->used) {
    it->used = -1;
    return raise(&RuntimeErrorType, "Set changed size during iteration");
  }
  int64_t i = it->pos;
  while (i <= so->mask && !isLive(so->table[i].key))
    i++;
  it->pos = i + 1;
  if (i > so->mask) {
    it->set = nullptr;
    return Value();
  }
  it->len--;
  return so->table[i].key;
}

Value setIterLengthHint(Value v) {
  SetIter *it = v.as<SetIter>();
  if (it->set && it->used == it->set->used)
    return intFromI64(it->len);
  return Value::small(0);
}

Value iterSelf(Value v) { return v; }

// --- Operations ------------------------------------------------------------------

SetObject *setIntersection(SetObject *so, Value other) {
  if (Value::object(so) == other)
    return setCopy(so);
  SetObject *result = makeNewSetBase(so->type, Value());
  if (!result)
    return nullptr;
  if (isAnySet(other)) {
    SetObject *a = so, *b = asSet(other);
    if (b->used > a->used)
      std::swap(a, b);
    // Iterate b (the smaller), looking in a.
    for (int64_t i = 0; i <= b->mask; i++) {
      SetEntry e = b->table[i];
      if (!isLive(e.key))
        continue;
      int rv = containsEntry(a, e.key, e.hash);
      if (rv < 0)
        return nullptr;
      if (rv && addEntry(result, e.key, e.hash) < 0)
        return nullptr;
    }
    return result;
  }
  bool ok = forEach(other, [&](Value key) {
    int64_t h;
    if (!hash(key, &h))
      return false;
    int rv = containsEntry(so, key, h);
    if (rv < 0)
      return false;
    if (rv && addEntry(result, key, h) < 0)
      return false;
    return true;
  });
  return ok ? result : nullptr;
}

bool differenceUpdateInternal(SetObject *so, Value other) {
  if (Value::object(so) == other) {
    clearInternal(so);
    return true;
  }
  if (isAnySet(other)) {
    SetObject *o = asSet(other);
    if ((o->used >> 3) > so->used) {
      o = setIntersection(so, other);
      if (!o)
        return false;
    }
    for (int64_t i = 0; i <= o->mask; i++) {
      SetEntry e = o->table[i];
      if (isLive(e.key) && discardEntry(so, e.key, e.hash) < 0)
        return false;
    }
  } else {
    if (!forEach(other, [&](Value key) { return discardKey(so, key) >= 0; }))
      return false;
  }
  if (so->fill - so->used <= so->mask / 4)
    return true;
  return tableResize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

SetObject *setCopyAndDifference(SetObject *so, Value other) {
  SetObject *r = setCopy(so);
  if (!r || !differenceUpdateInternal(r, other))
    return nullptr;
  return r;
}

SetObject *setDifference(SetObject *so, Value other) {
  int64_t otherSize;
  if (isAnySet(other))
    otherSize = asSet(other)->used;
  else if (isExactDict(other))
    otherSize = other.as<Dict>()->used;
  else
    return setCopyAndDifference(so, other);
  if ((so->used >> 2) > otherSize)
    return setCopyAndDifference(so, other);
  SetObject *result = makeNewSetBase(so->type, Value());
  if (!result)
    return nullptr;
  for (int64_t i = 0; i <= so->mask; i++) {
    SetEntry e = so->table[i];
    if (!isLive(e.key))
      continue;
    int rv;
    if (isExactDict(other)) {
      Value found = dictGet(other.as<Dict>(), e.key);
      if (!found && errOccurred())
        return nullptr;
      rv = found ? 1 : 0;
    } else {
      rv = containsEntry(asSet(other), e.key, e.hash);
    }
    if (rv < 0)
      return nullptr;
    if (!rv && addEntry(result, e.key, e.hash) < 0)
      return nullptr;
  }
  return result;
}

bool symmetricDifferenceUpdate(SetObject *so, Value other) {
  if (Value::object(so) == other) {
    clearInternal(so);
    return true;
  }
  if (isExactDict(other)) {
    Dict *d = other.as<Dict>();
    for (int64_t i = 0; i < d->nentries; i++) {
      DictEntry e = d->entries[i];
      if (e.key.isNull())
        continue;
      int rv = discardEntry(so, e.key, e.hash);
      if (rv < 0)
        return false;
      if (rv == 0 && addEntry(so, e.key, e.hash) < 0)
        return false;
    }
    return true;
  }
  SetObject *o = isAnySet(other) ? asSet(other) : makeNewSetBase(so->type, other);
  if (!o)
    return false;
  for (int64_t i = 0; i <= o->mask; i++) {
    SetEntry e = o->table[i];
    if (!isLive(e.key))
      continue;
    int rv = discardEntry(so, e.key, e.hash);
    if (rv < 0)
      return false;
    if (rv == 0 && addEntry(so, e.key, e.hash) < 0)
      return false;
  }
  return true;
}

SetObject *setSymmetricDifference(SetObject *so, Value other) {
  SetObject *r = makeNewSetBase(so->type, other);
  if (!r || !symmetricDifferenceUpdate(r, Value::object(so)))
    return nullptr;
  return r;
}

/// -1 error, else 0/1.
int isSubset(SetObject *so, Value other) {
  if (!isAnySet(other)) {
    SetObject *tmp = makeNewSet(&SetType, other);
    if (!tmp)
      return -1;
    other = Value::object(tmp);
  }
  SetObject *o = asSet(other);
  if (so->used > o->used)
    return 0;
  for (int64_t i = 0; i <= so->mask; i++) {
    SetEntry e = so->table[i];
    if (!isLive(e.key))
      continue;
    int rv = containsEntry(o, e.key, e.hash);
    if (rv <= 0)
      return rv;
  }
  return 1;
}

int isSuperset(SetObject *so, Value other) {
  if (!isAnySet(other)) {
    SetObject *tmp = makeNewSet(&SetType, other);
    if (!tmp)
      return -1;
    other = Value::object(tmp);
  }
  return isSubset(asSet(other), Value::object(so));
}

void swapBodies(SetObject *a, SetObject *b) {
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
  std::swap(a->mask, b->mask);
  std::swap(a->table, b->table);
  std::swap(a->hash, b->hash);
  a->version++;
  b->version++;
}

// --- Slots ---------------------------------------------------------------------------

int64_t setLen(Value v) { return asSet(v)->used; }

Value setReprBody(Value v);
Value setRepr(Value v) { return reprGuarded(v, nullptr, setReprBody); }
Value setReprBody(Value v) {
  SetObject *so = asSet(v);
  Type *t = so->type;
  bool exactSet = t == &SetType;
  std::string name = typeName(t);
  if (so->used == 0)
    return strFromUtf8(name + "()");
  StrBuilder b;
  if (!exactSet) {
    b.appendUtf8(name);
    b.append('(');
  }
  b.append('{');
  bool first = true;
  // Iterate a snapshot of the keys: reprs may mutate the set.
  int64_t n = so->mask + 1;
  SetEntry *table = so->table;
  for (int64_t i = 0; i < n; i++) {
    Value k = table[i].key;
    if (!isLive(k))
      continue;
    if (!first)
      b.appendAscii(", ");
    first = false;
    Value r = repr(k);
    if (!r)
      return Value();
    b.append(r.as<Str>());
  }
  b.append('}');
  if (!exactSet)
    b.append(')');
  return b.build();
}

int setContainsSlot(Value v, Value key) {
  SetObject *so = asSet(v);
  int rv = containsKey(so, key);
  if (rv < 0 && retryAsFrozen(key)) {
    SetObject *tmp = makeNewSet(&FrozenSetType, key);
    if (!tmp)
      return -1;
    rv = containsKey(so, Value::object(tmp));
  }
  return rv;
}

bool frozensetHash(Value v, int64_t *out) {
  SetObject *so = asSet(v);
  if (so->hash != -1) {
    *out = so->hash;
    return true;
  }
  auto shuffle = [](uint64_t h) -> uint64_t {
    return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
  };
  uint64_t h = 0;
  for (int64_t i = 0; i <= so->mask; i++)
    if (isLive(so->table[i].key))
      h ^= shuffle(uint64_t(so->table[i].hash));
  h ^= (uint64_t(so->used) + 1) * 1927868237ULL;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069U + 907133923ULL;
  if (h == uint64_t(-1))
    h = 590923713ULL;
  so->hash = int64_t(h);
  *out = so->hash;
  return true;
}

Value setRichCompare(Value v, Value w, int op) {
  if (!isAnySet(w) || !isAnySet(v))
    return NotImplemented();
  SetObject *a = asSet(v), *b = asSet(w);
  int r;
  switch (op) {
  case 2:
  case 3:
    if (a->used != b->used)
      return boolValue(op == 3);
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
      return boolValue(op == 3);
    r = isSubset(a, w);
    if (r < 0)
      return Value();
    return boolValue(op == 2 ? r : !r);
  case 1:
    r = isSubset(a, w);
    break;
  case 5:
    r = isSuperset(a, w);
    break;
  case 0:
    if (a->used >= b->used)
      return FalseValue;
    r = isSubset(a, w);
    break;
  default:
    if (a->used <= b->used)
      return FalseValue;
    r = isSuperset(a, w);
    break;
  }
  if (r < 0)
    return Value();
  return boolValue(r);
}

Value setOr(Value a, Value b) {
  if (!isAnySet(a) || !isAnySet(b))
    return NotImplemented();
  SetObject *r = setCopy(asSet(a));
  if (!r)
    return Value();
  if (a == b)
    return Value::object(r);
  if (!updateInternal(r, b))
    return Value();
  return Value::object(r);
}

Value setAnd(Value a, Value b) {
  if (!isAnySet(a) || !isAnySet(b))
    return NotImplemented();
  return ret(setIntersection(asSet(a), b));
}

Value setSub(Value a, Value b) {
  if (!isAnySet(a) || !isAnySet(b))
    return NotImplemented();
  return ret(setDifference(asSet(a), b));
}

Value setXor(Value a, Value b) {
  if (!isAnySet(a) || !isAnySet(b))
    return NotImplemented();
  return ret(setSymmetricDifference(asSet(a), b));
}

Value setIor(Value a, Value b) {
  if (!isAnySet(b))
    return NotImplemented();
  if (!updateInternal(asSet(a), b))
    return Value();
  return a;
}

Value setIand(Value a, Value b) {
  if (!isAnySet(b))
    return NotImplemented();
  SetObject *tmp = setIntersection(asSet(a), b);
  if (!tmp)
    return Value();
  swapBodies(asSet(a), tmp);
  return a;
}

Value setIsub(Value a, Value b) {
  if (!isAnySet(b))
    return NotImplemented();
  if (!differenceUpdateInternal(asSet(a), b))
    return Value();
  return a;
}

Value setIxor(Value a, Value b) {
  if (!isAnySet(b))
    return NotImplemented();
  if (!symmetricDifferenceUpdate(asSet(a), b))
    return Value();
  return a;
}

Value setNewSlot(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  if (type == &SetType && !noKeywords("set", kwnames))
    return Value();
  return ret(setNew(type));
}

int setInit(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  if (!noKeywords("set", kwnames))
    return -1;
  if (!checkPositional(typeName(self), nargs, 0, 1))
    return -1;
  SetObject *so = asSet(self);
  if (so->fill)
    clearInternal(so);
  if (nargs && !updateInternal(so, args[0]))
    return -1;
  return 0;
}

Value frozensetNewSlot(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  if (type == &FrozenSetType && !noKeywords("frozenset", kwnames))
    return Value();
  if (!checkPositional(type->cname ? type->cname : typeName(type), nargs, 0, 1))
    return Value();
  Value iterable = nargs ? args[0] : Value();
  if (type == &FrozenSetType && iterable && typeOf(iterable) == &FrozenSetType)
    return iterable;
  return ret(makeNewSet(type, iterable));
}

int frozensetInit(Value self, const Value *args, size_t nargs, Tuple *kwnames) { return 0; }

// --- Methods -------------------------------------------------------------------------

Value mAdd(Value self, Value key) {
  return addKey(asSet(self), key) < 0 ? Value() : None();
}

Value mClear(Value self) {
  clearInternal(asSet(self));
  return None();
}

Value mCopy(Value self) { return ret(setCopy(asSet(self))); }

Value mFrozenCopy(Value self) {
  if (typeOf(self) == &FrozenSetType)
    return self;
  return ret(setCopy(asSet(self)));
}

Value mDiscard(Value self, Value key) {
  SetObject *so = asSet(self);
  int rv = discardKey(so, key);
  if (rv < 0 && retryAsFrozen(key)) {
    SetObject *tmp = makeNewSet(&FrozenSetType, key);
    if (!tmp)
      return Value();
    rv = discardKey(so, Value::object(tmp));
  }
  return rv < 0 ? Value() : None();
}

Value mRemove(Value self, Value key) {
  SetObject *so = asSet(self);
  int rv = discardKey(so, key);
  if (rv < 0 && retryAsFrozen(key)) {
    SetObject *tmp = makeNewSet(&FrozenSetType, key);
    if (!tmp)
      return Value();
    rv = discardKey(so, Value::object(tmp));
  }
  if (rv < 0)
    return Value();
  if (rv == 0)
    return raiseWithArg(&KeyErrorType, key);
  return None();
}

Value mPop(Value self) {
  SetObject *so = asSet(self);
  if (so->used == 0)
    return raise(&KeyErrorType, "pop from an empty set");
  int64_t i = so->finger & so->mask;
  while (!isLive(so->table[i].key)) {
    i++;
    if (i > so->mask)
      i = 0;
  }
  Value key = so->table[i].key;
  so->table[i].key = dummyKey();
  so->table[i].hash = -1;
  so->used--;
  so->finger = i + 1;
  so->version++;
  return key;
}

Value mUnion(Value self, const Value *args, size_t nargs) {
  SetObject *r = setCopy(asSet(self));
  if (!r)
    return Value();
  for (size_t i = 0; i < nargs; i++) {
    if (args[i] == self)
      continue;
    if (!updateInternal(r, args[i]))
      return Value();
  }
  return Value::object(r);
}

Value mUpdate(Value self, const Value *args, size_t nargs) {
  for (size_t i = 0; i < nargs; i++)
    if (!updateInternal(asSet(self), args[i]))
      return Value();
  return None();
}

SetObject *intersectionMulti(SetObject *so, const Value *args, size_t nargs) {
  if (nargs == 0)
    return setCopy(so);
  SetObject *result = so;
  for (size_t i = 0; i < nargs; i++) {
    result = setIntersection(result, args[i]);
    if (!result)
      return nullptr;
  }
  return result;
}

Value mIntersection(Value self, const Value *args, size_t nargs) {
  return ret(intersectionMulti(asSet(self), args, nargs));
}

Value mIntersectionUpdate(Value self, const Value *args, size_t nargs) {
  SetObject *tmp = intersectionMulti(asSet(self), args, nargs);
  if (!tmp)
    return Value();
  swapBodies(asSet(self), tmp);
  return None();
}

Value mDifference(Value self, const Value *args, size_t nargs) {
  SetObject *so = asSet(self);
  if (nargs == 0)
    return ret(setCopy(so));
  SetObject *r = setDifference(so, args[0]);
  if (!r)
    return Value();
  for (size_t i = 1; i < nargs; i++)
    if (!differenceUpdateInternal(r, args[i]))
      return Value();
  return Value::object(r);
}

Value mDifferenceUpdate(Value self, const Value *args, size_t nargs) {
  for (size_t i = 0; i < nargs; i++)
    if (!differenceUpdateInternal(asSet(self), args[i]))
      return Value();
  return None();
}

Value mSymmetricDifference(Value self, Value other) {
  return ret(setSymmetricDifference(asSet(self), other));
}

Value mSymmetricDifferenceUpdate(Value self, Value other) {
  return symmetricDifferenceUpdate(asSet(self), other) ? None() : Value();
}

Value mIsSubset(Value self, Value other) {
  int r = isSubset(asSet(self), other);
  return r < 0 ? Value() : boolValue(r);
}

Value mIsSuperset(Value self, Value other) {
  int r = isSuperset(asSet(self), other);
  return r < 0 ? Value() : boolValue(r);
}

Value mIsDisjoint(Value self, Value other) {
  SetObject *so = asSet(self);
  if (self == other)
    return boolValue(so->used == 0);
  if (isAnySet(other)) {
    SetObject *a = so, *b = asSet(other);
    if (b->used > a->used)
      std::swap(a, b);
    for (int64_t i = 0; i <= b->mask; i++) {
      SetEntry e = b->table[i];
      if (!isLive(e.key))
        continue;
      int rv = containsEntry(a, e.key, e.hash);
      if (rv < 0)
        return Value();
      if (rv)
        return FalseValue;
    }
    return TrueValue;
  }
  bool disjoint = true;
  bool ok = forEach(other, [&](Value key) {
    int rv = containsKey(so, key);
    if (rv < 0)
      return false;
    if (rv) {
      disjoint = false;
      return false;
    }
    return true;
  });
  if (!ok)
    return Value();
  return boolValue(disjoint);
}

Value mContains(Value self, Value key) {
  int r = setContainsSlot(self, key);
  return r < 0 ? Value() : boolValue(r);
}

Value mSizeof(Value self) {
  SetObject *so = asSet(self);
  int64_t n = 200;
  if (so->mask + 1 > kMinSize)
    n += 16 * (so->mask + 1);
  return intFromI64(n);
}

Value classGetItem(Value cls, Value item) { return genericAliasNew(cls, item); }

#define CLASS_GETITEM                                                                       \
  {"__class_getitem__", reinterpret_cast<void *>(static_cast<OneArgFn>(classGetItem)),        \
   CallKind::OneArg, nullptr, MethodDef::Class}

const MethodDef setMethods[] = {
    KILN_METH_O("add", mAdd),
    KILN_METH_NOARGS("clear", mClear),
    KILN_METH_O("__contains__", mContains),
    KILN_METH_NOARGS("copy", mCopy),
    KILN_METH_O("discard", mDiscard),
    KILN_METH_FAST("difference", mDifference),
    KILN_METH_FAST("difference_update", mDifferenceUpdate),
    KILN_METH_FAST("intersection", mIntersection),
    KILN_METH_FAST("intersection_update", mIntersectionUpdate),
    KILN_METH_O("isdisjoint", mIsDisjoint),
    KILN_METH_O("issubset", mIsSubset),
    KILN_METH_O("issuperset", mIsSuperset),
    KILN_METH_NOARGS("pop", mPop),
    KILN_METH_O("remove", mRemove),
    KILN_METH_NOARGS("__sizeof__", mSizeof),
    KILN_METH_O("symmetric_difference", mSymmetricDifference),
    KILN_METH_O("symmetric_difference_update", mSymmetricDifferenceUpdate),
    KILN_METH_FAST("union", mUnion),
    KILN_METH_FAST("update", mUpdate),
    CLASS_GETITEM,
    {nullptr},
};

const MethodDef frozensetMethods[] = {
    KILN_METH_O("__contains__", mContains),
    KILN_METH_NOARGS("copy", mFrozenCopy),
    KILN_METH_FAST("difference", mDifference),
    KILN_METH_FAST("intersection", mIntersection),
    KILN_METH_O("isdisjoint", mIsDisjoint),
    KILN_METH_O("issubset", mIsSubset),
    KILN_METH_O("issuperset", mIsSuperset),
    KILN_METH_NOARGS("__sizeof__", mSizeof),
    KILN_METH_O("symmetric_difference", mSymmetricDifference),
    KILN_METH_FAST("union", mUnion),
    CLASS_GETITEM,
    {nullptr},
};

const MethodDef setIterMethods[] = {
    KILN_METH_NOARGS("__length_hint__", setIterLengthHint),
    {nullptr},
};

void fillCommonSlots(Type *t) {
  t->repr = setRepr;
  t->richcompare = setRichCompare;
  t->len = setLen;
  t->contains = setContainsSlot;
  t->iter = setIter;
  t->binary[7] = setOr;
  t->binary[1] = setAnd;
  t->binary[10] = setSub;
  t->binary[12] = setXor;
}

} // namespace

// --- Public API ----------------------------------------------------------------------

SetObject *setNew(Type *type) {
  if (!type)
    type = &SetType;
  SetObject *so = newObject<SetObject>(type);
  if (!so)
    return nullptr;
  so->table = allocTable(kMinSize);
  if (!so->table)
    return nullptr;
  so->mask = kMinSize - 1;
  so->fill = so->used = 0;
  so->finger = 0;
  so->version = 0;
  so->hash = -1;
  return so;
}

int setAdd(SetObject *s, Value key) { return addKey(s, key); }

int setContains(SetObject *s, Value key) { return setContainsSlot(Value::object(s), key); }

int setDiscard(SetObject *s, Value key) { return discardKey(s, key); }

int setUpdate(SetObject *s, Value iterable) { return updateInternal(s, iterable) ? 0 : -1; }

bool setNext(SetObject *s, int64_t *pos, Value *key) {
  int64_t i = *pos;
  while (i <= s->mask && !isLive(s->table[i].key))
    i++;
  if (i > s->mask) {
    *pos = i;
    return false;
  }
  *key = s->table[i].key;
  *pos = i + 1;
  return true;
}

namespace {

/// A copy of \p from built by adding its items in its table order.
SetObject *rebuildFrozenset(SetObject *from) {
  SetObject *to = setNew(&FrozenSetType);
  if (!to)
    return nullptr;
  for (int64_t i = 0; i <= from->mask; i++) {
    SetEntry e = from->table[i];
    if (isLive(e.key) && addEntry(to, e.key, e.hash) < 0)
      return nullptr;
  }
  return to;
}

/// CPython interns constant strs made of ASCII letters, digits and '_'.
bool internableConstant(Value v) {
  if (!isExactStr(v) || v.as<Str>()->length == 0 || !v.as<Str>()->ascii)
    return false;
  Str *s = v.as<Str>();
  for (int64_t i = 0; i < s->length; i++) {
    uint32_t c = s->at(i);
    if (!(isalnum(int(c)) || c == '_'))
      return false;
  }
  return true;
}

} // namespace

SetObject *frozensetConstant(const Value *items, int64_t n) {
  SetObject *first = setNew(&FrozenSetType);
  if (!first)
    return nullptr;
  for (int64_t i = 0; i < n; i++)
    if (addKey(first, items[i]) < 0)
      return nullptr;
  // CPython's compiler builds the constant again from the first one's
  // iteration order (merging constants), and once more when the code
  // object interns identifier-like strs among the items; each rebuild can
  // change the table layout, hence the iteration order.
  SetObject *r = rebuildFrozenset(first);
  bool interned = false;
  for (int64_t i = 0; i < n; i++)
    interned |= internableConstant(items[i]);
  if (r && interned)
    r = rebuildFrozenset(r);
  return r;
}

Value setFromIterable(Type *type, Value iterable) {
  return ret(makeNewSet(type ? type : &SetType, iterable));
}

void initSetTypes() {
  typeInitBuiltin(&SetType, "set", &ObjectType, sizeof(SetObject));
  fillCommonSlots(&SetType);
  SetType.hash = hashNotImplemented;
  SetType.inplace[7] = setIor;
  SetType.inplace[1] = setIand;
  SetType.inplace[10] = setIsub;
  SetType.inplace[12] = setIxor;
  SetType.newFn = setNewSlot;
  SetType.init = setInit;
  typeReady(&SetType, setMethods);

  typeInitBuiltin(&FrozenSetType, "frozenset", &ObjectType, sizeof(SetObject));
  fillCommonSlots(&FrozenSetType);
  FrozenSetType.hash = frozensetHash;
  FrozenSetType.newFn = frozensetNewSlot;
  typeReady(&FrozenSetType, frozensetMethods);

  typeInitBuiltin(&SetIterType, "set_iterator", &ObjectType, sizeof(SetIter), 0);
  SetIterType.iter = iterSelf;
  SetIterType.next = setIterNext;
  typeReady(&SetIterType, setIterMethods);
}

} // namespace kiln::rt
