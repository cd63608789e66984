//===- Dict.cpp - dict: storage, lookup, methods, views -------------------===//
#include "runtime/objects/GenericAlias.h"
#include "runtime/objects/Dict.h"
#include "runtime/Abstract.h"
#include "runtime/Args.h"
#include "runtime/Errors.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Set.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <cstring>

namespace kiln::rt {

Type DictType, DictKeysType, DictValuesType, DictItemsType, DictIterType, MappingProxyType;
// One iterator type per kind and direction, as CPython names them; all share
// DictIter and dictIterNext.
Type dictIterTypes[2][3]; // [0][0] unused: DictIterType

namespace {

constexpr int64_t kEmpty = -1, kDummy = -2;

bool allocTable(Dict *d, int64_t indexSize) {
  int64_t cap = (indexSize * 2) / 3;
  if (cap < 1)
    cap = 1;
  int width = indexSize <= 128 ? 1 : indexSize <= (int64_t(1) << 31) ? 4 : 8;
  // One block: the entries, then the index table (scanned with them; its
  // small numbers never look like heap addresses).
  size_t entryBytes = size_t(cap) * sizeof(DictEntry);
  char *block = static_cast<char *>(gcAlloc(entryBytes + size_t(indexSize) * size_t(width)));
  if (!block)
    return false;
  memset(block + entryBytes, 0xff, size_t(indexSize) * size_t(width)); // all -1: empty
  d->entries = reinterpret_cast<DictEntry *>(block);
  d->indices = block + entryBytes;
  d->indexWidth = uint8_t(width);
  d->mask = indexSize - 1;
  d->capacity = cap;
  d->nentries = 0;
  return true;
}

/// Rebuilds the tables for at least \p minUsed live entries, dropping
/// deleted ones.
bool resize(Dict *d, int64_t minUsed) {
  int64_t size = 8;
  while (size * 2 / 3 < minUsed + 1)
    size <<= 1;
  DictEntry *old = d->entries;
  int64_t oldN = d->nentries;
  if (!allocTable(d, size))
    return false;
  for (int64_t i = 0; i < oldN; i++) {
    if (!old[i].key)
      continue;
    DictEntry &e = d->entries[d->nentries];
    e = old[i];
    uint64_t perturb = uint64_t(e.hash);
    uint64_t j = uint64_t(e.hash) & uint64_t(d->mask);
    while (dictIndexAt(d, j) != kEmpty) {
      perturb >>= 5;
      j = (j * 5 + perturb + 1) & uint64_t(d->mask);
    }
    dictSetIndexAt(d, j, d->nentries++);
  }
  return true;
}

inline bool keyHash(Value key, int64_t *h) {
  if (key.isSmall()) {
    *h = intHash(key);
    return true;
  }
  if (key.obj()->type == &StrType) {
    *h = strHash(key.as<Str>());
    return true;
  }
  return hash(key, h);
}

/// Finds \p key: returns the index-table slot holding it, or -1 when absent
/// (with *freeSlot the slot to insert at). -2 on error.
int64_t lookup(Dict *d, Value key, int64_t h, int64_t *freeSlot) {
  uint64_t perturb = uint64_t(h);
  uint64_t j = uint64_t(h) & uint64_t(d->mask);
  int64_t firstDummy = -1;
  for (;;) {
    int64_t ix = dictIndexAt(d, j);
    if (ix == kEmpty) {
      if (freeSlot)
        *freeSlot = firstDummy >= 0 ? firstDummy : int64_t(j);
      return -1;
    }
    if (ix == kDummy) {
      if (firstDummy < 0)
        firstDummy = int64_t(j);
    } else {
      DictEntry &e = d->entries[ix];
      if (e.key == key)
        return int64_t(j);
      if (e.hash == h) {
        Value k = e.key;
        if (isExactStr(k) && isExactStr(key)) {
          if (strEqual(k.as<Str>(), key.as<Str>()))
            return int64_t(j);
        } else {
          uint64_t version = d->version;
          DictEntry *ents = d->entries;
          int eq = richCompareBool(k, key, 2);
          if (eq < 0)
            return -2;
          if (ents != d->entries || version != d->version) {
            // The comparison mutated the dict: start over.
            return lookup(d, key, h, freeSlot);
          }
          if (eq)
            return int64_t(j);
        }
      }
    }
    perturb >>= 5;
    j = (j * 5 + perturb + 1) & uint64_t(d->mask);
  }
}

/// The slot a key of hash \p h known to be absent goes to: the first
/// dummy or empty slot of its probe sequence (what lookup reports).
int64_t slotForNewKey(Dict *d, int64_t h) {
  uint64_t perturb = uint64_t(h);
  uint64_t j = uint64_t(h) & uint64_t(d->mask);
  while (dictIndexAt(d, j) >= 0) {
    perturb >>= 5;
    j = (j * 5 + perturb + 1) & uint64_t(d->mask);
  }
  return int64_t(j);
}

int insert(Dict *d, Value key, int64_t h, Value value) {
  if (!d->indices && !allocTable(d, 8))
    return -1;
  int64_t freeSlot;
  // No key shares the hash's bit: the key is new, and no comparison
  // (which CPython makes only for equal hashes) is needed.
  bool known = dictMayHaveKey(d, h);
  if (known) {
    int64_t slot = lookup(d, key, h, &freeSlot);
    if (slot == -2)
      return -1;
    if (slot >= 0) {
      d->entries[dictIndexAt(d, uint64_t(slot))].value = value;
      return 0;
    }
  }
  if (d->nentries >= d->capacity) {
    if (!resize(d, d->used + 1))
      return -1;
    freeSlot = slotForNewKey(d, h);
  } else if (!known) {
    freeSlot = slotForNewKey(d, h);
  }
  DictEntry &e = d->entries[d->nentries];
  e.hash = h;
  e.key = key;
  e.value = value;
  dictSetIndexAt(d, uint64_t(freeSlot), d->nentries++);
  d->keyBits |= uint64_t(1) << (uint64_t(h) & 63);
  d->used++;
  d->version++;
  return 0;
}

} // namespace

namespace {
// A small dict's first table: 5 entries and 8 one-byte index slots.
constexpr int64_t kInlineSlots = 8, kInlineEntries = kInlineSlots * 2 / 3;
constexpr size_t kInlineEntryBytes = size_t(kInlineEntries) * sizeof(DictEntry);
} // namespace

const size_t kDictWithTableBytes = sizeof(Dict) + kInlineEntryBytes + size_t(kInlineSlots);

void dictInitWithTable(Dict *d) {
  d->type = &DictType;
  char *block = reinterpret_cast<char *>(d) + sizeof(Dict);
  memset(block + kInlineEntryBytes, 0xff, size_t(kInlineSlots)); // all -1: empty
  d->entries = reinterpret_cast<DictEntry *>(block);
  d->indices = block + kInlineEntryBytes;
  d->indexWidth = 1;
  d->mask = kInlineSlots - 1;
  d->capacity = kInlineEntries;
}

Dict *dictNew(int64_t sizeHint) {
  if (sizeHint > kInlineEntries) {
    Dict *d = newObject<Dict>(&DictType);
    if (!d || !resize(d, sizeHint))
      return nullptr;
    return d;
  }
  // A small dict (instance dicts, keyword arguments, small literals) gets
  // its first table in the same allocation: one trip to the collector
  // instead of two. A grown table is a block of its own, as any other.
  Dict *d = newObject<Dict>(&DictType, kDictWithTableBytes - sizeof(Dict));
  if (!d)
    return nullptr;
  dictInitWithTable(d);
  return d;
}

Value dictGet(Dict *d, Value key) {
  int64_t h;
  if (!keyHash(key, &h)) // even when empty: d[[1]] is a TypeError
    return Value();
  if (!d->used)
    return Value();
  int64_t slot = lookup(d, key, h, nullptr);
  if (slot < 0)
    return Value();
  return d->entries[dictIndexAt(d, uint64_t(slot))].value;
}

int64_t dictLookupIndexStr(Dict *d, Str *key) {
  if (!d->used)
    return -1;
  int64_t h = strHash(key);
  uint64_t perturb = uint64_t(h);
  uint64_t j = uint64_t(h) & uint64_t(d->mask);
  for (;;) {
    int64_t ix = dictIndexAt(d, j);
    if (ix == kEmpty)
      return -1;
    if (ix >= 0) {
      DictEntry &e = d->entries[ix];
      if (e.key == Value::object(key) ||
          (e.hash == h && isStr(e.key) && strEqual(e.key.as<Str>(), key)))
        return ix;
    }
    perturb >>= 5;
    j = (j * 5 + perturb + 1) & uint64_t(d->mask);
  }
}

Value *dictLookupSlotStr(Dict *d, Str *key) {
  int64_t ix = dictLookupIndexStr(d, key);
  return ix < 0 ? nullptr : &d->entries[ix].value;
}

Value dictGetStr(Dict *d, Str *key) {
  int64_t ix = dictLookupIndexStr(d, key);
  return ix < 0 ? Value() : d->entries[ix].value;
}

Value dictGetCStr(Dict *d, const char *key) { return dictGetStr(d, intern(key)); }

int dictSet(Dict *d, Value key, Value value) {
  int64_t h;
  if (!keyHash(key, &h))
    return -1;
  return insert(d, key, h, value);
}

int dictSetStr(Dict *d, Str *key, Value value) {
  return insert(d, Value::object(key), strHash(key), value);
}

int dictSetCStr(Dict *d, const char *key, Value value) {
  return dictSetStr(d, intern(key), value);
}

int dictDel(Dict *d, Value key) {
  int64_t h;
  if (!keyHash(key, &h))
    return -1;
  if (!d->used)
    return 0;
  int64_t slot = lookup(d, key, h, nullptr);
  if (slot == -2)
    return -1;
  if (slot < 0)
    return 0;
  DictEntry &e = d->entries[dictIndexAt(d, uint64_t(slot))];
  e.key = Value();
  e.value = Value();
  dictSetIndexAt(d, uint64_t(slot), kDummy);
  d->used--;
  d->version++;
  return 1;
}

int dictContains(Dict *d, Value key) {
  if (!d->used) {
    int64_t h;
    return keyHash(key, &h) ? 0 : -1;
  }
  Value v = dictGet(d, key);
  if (v)
    return 1;
  return errOccurred() ? -1 : 0;
}

bool dictNext(Dict *d, int64_t *pos, Value *key, Value *value) {
  while (*pos < d->nentries) {
    DictEntry &e = d->entries[(*pos)++];
    if (e.key) {
      if (key)
        *key = e.key;
      if (value)
        *value = e.value;
      return true;
    }
  }
  return false;
}

void dictClear(Dict *d) {
  d->indices = nullptr;
  d->entries = nullptr;
  d->used = d->nentries = d->capacity = d->mask = 0;
  d->keyBits = 0;
  d->version++;
}

Dict *dictCopy(Dict *src) {
  Dict *d = dictNew(src->used);
  if (!d)
    return nullptr;
  int64_t pos = 0;
  Value k, v;
  while (dictNext(src, &pos, &k, &v)) {
    int64_t h = src->entries[pos - 1].hash;
    if (insert(d, k, h, v) < 0)
      return nullptr;
  }
  return d;
}

Value dictKeysList(Dict *d) {
  List *l = listNew();
  int64_t pos = 0;
  Value k;
  while (dictNext(d, &pos, &k, nullptr))
    listAppend(l, k);
  return Value::object(l);
}

int dictMerge(Dict *d, Value other, bool rejectDuplicates, Value funcForMessage) {
  if (isDict(other) && typeOf(other)->iter == DictType.iter) {
    Dict *o = other.as<Dict>();
    int64_t pos = 0;
    Value k, v;
    while (dictNext(o, &pos, &k, &v)) {
      if (rejectDuplicates) {
        int c = dictContains(d, k);
        if (c < 0)
          return -1;
        if (c) {
          if (isStr(k)) {
            Value fr = funcForMessage;
            raise(&TypeErrorType, "%s got multiple values for keyword argument '%s'",
                  fr ? strToUtf8(fr).c_str() : "function", strToUtf8(k).c_str());
          } else {
            raiseWithArg(&KeyErrorType, k);
          }
          return -1;
        }
      }
      if (dictSet(d, k, v) < 0)
        return -1;
    }
    return 0;
  }
  Value keysFn = getAttrOpt(other, names.keys);
  if (!keysFn) {
    if (!errOccurred()) {
      if (rejectDuplicates) {
        Value fr = funcForMessage;
        raise(&TypeErrorType, "%s argument after ** must be a mapping, not %s",
              fr ? strToUtf8(fr).c_str() : "function", typeName(other));
      } else {
        raise(&TypeErrorType, "'%s' object is not a mapping", typeName(other));
      }
    }
    return -1;
  }
  Value keys = call(keysFn, {});
  if (!keys)
    return -1;
  bool ok = forEach(keys, [&](Value k) {
    if (rejectDuplicates) {
      int c = dictContains(d, k);
      if (c < 0)
        return false;
      if (c) {
        Value fr = funcForMessage;
        if (isStr(k))
          raise(&TypeErrorType, "%s got multiple values for keyword argument '%s'",
                fr ? strToUtf8(fr).c_str() : "function", strToUtf8(k).c_str());
        else
          raiseWithArg(&KeyErrorType, k);
        return false;
      }
    }
    Value v = getItem(other, k);
    return v && dictSet(d, k, v) >= 0;
  });
  return ok ? 0 : -1;
}

int dictUpdate(Dict *d, Value other) {
  if (isDict(other))
    return dictMerge(d, other, false, Value());
  Value keysFn = getAttrOpt(other, names.keys);
  if (keysFn)
    return dictMerge(d, other, false, Value());
  if (errOccurred())
    return -1;
  // An iterable of pairs.
  int64_t index = 0;
  bool ok = forEach(other, [&](Value item) {
    Value pair = tupleFromIterable(item);
    if (!pair) {
      if (errMatches(&TypeErrorType)) {
        clearError();
        raise(&TypeErrorType, "cannot convert dictionary update sequence element #%lld to a sequence",
              (long long)index);
      }
      return false;
    }
    Tuple *t = pair.as<Tuple>();
    if (t->size != 2) {
      raise(&ValueErrorType, "dictionary update sequence element #%lld has length %lld; 2 is required",
            (long long)index, (long long)t->size);
      return false;
    }
    index++;
    return dictSet(d, t->items[0], t->items[1]) >= 0;
  });
  return ok ? 0 : -1;
}

Value dictReprBody(Value v);
Value dictRepr(Value v) { return reprGuarded(v, "{...}", dictReprBody); }
Value dictReprBody(Value v) {
  Dict *d = v.as<Dict>();
  if (d->used == 0)
    return strFromAscii("{}");
  StrBuilder b;
  b.append('{');
  int64_t pos = 0;
  Value k, val;
  bool first = true;
  while (dictNext(d, &pos, &k, &val)) {
    if (!first)
      b.appendAscii(", ");
    first = false;
    Value kr = repr(k);
    if (!kr)
      return Value();
    b.append(kr.as<Str>());
    b.appendAscii(": ");
    Value vr = repr(val);
    if (!vr)
      return Value();
    b.append(vr.as<Str>());
  }
  b.append('}');
  return b.build();
}

// --- Slots and methods -------------------------------------------------------

namespace {

Dict *asDict(Value v) { return v.as<Dict>(); }

int64_t dictLen(Value v) { return asDict(v)->used; }

Value dictSubscript(Value self, Value key) {
  Value v = dictGet(asDict(self), key);
  if (v)
    return v;
  if (errOccurred())
    return Value();
  if (!isExactDict(self)) {
    Value missing = lookupSpecial(self, names.missing);
    if (missing)
      return call(missing, {key});
    if (errOccurred())
      return Value();
  }
  return raiseWithArg(&KeyErrorType, key);
}

int dictAssSubscript(Value self, Value key, Value value) {
  if (value)
    return dictSet(asDict(self), key, value);
  int r = dictDel(asDict(self), key);
  if (r == 0) {
    raiseWithArg(&KeyErrorType, key);
    return -1;
  }
  return r < 0 ? -1 : 0;
}

int dictContainsSlot(Value self, Value key) { return dictContains(asDict(self), key); }

Value dictRichCompare(Value a, Value b, int op) {
  if (!isDict(a) || !isDict(b) || (op != 2 && op != 3))
    return NotImplemented();
  Dict *x = asDict(a), *y = asDict(b);
  bool eq = x->used == y->used;
  if (eq) {
    int64_t pos = 0;
    Value k, v;
    while (dictNext(x, &pos, &k, &v)) {
      Value w = dictGet(y, k);
      if (!w) {
        if (errOccurred())
          return Value();
        eq = false;
        break;
      }
      int e = equal(v, w);
      if (e < 0)
        return Value();
      if (!e) {
        eq = false;
        break;
      }
    }
  }
  return boolValue(op == 2 ? eq : !eq);
}

/// Iterators over keys, values or items, checking for size changes.
struct DictIter : Object {
  Dict *dict;
  int64_t pos;
  int64_t used;
  int64_t remaining; ///< items not yet produced (__length_hint__)
  int kind; ///< 0 keys, 1 values, 2 items
  bool reversed;
};

Value dictIterNew(Dict *d, int kind, bool reversed = false) {
  DictIter *it = newObject<DictIter>(
      !reversed && kind == 0 ? &DictIterType : &dictIterTypes[reversed][kind]);
  if (!it)
    return Value();
  it->dict = d;
  it->pos = reversed ? d->nentries - 1 : 0;
  it->used = d->used;
  it->remaining = d->used;
  it->kind = kind;
  it->reversed = reversed;
  return Value::object(it);
}

Value dictIterNext(Value v) {
  DictIter *it = v.as<DictIter>();
  Dict *d = it->dict;
  if (!d)
    return Value();
  if (d->used != it->used) {
    it->used = -1;
    return raise(&RuntimeErrorType, "dictionary changed size during iteration");
  }
  while (it->reversed ? it->pos >= 0 : it->pos < d->nentries) {
    DictEntry &e = d->entries[it->reversed ? it->pos-- : it->pos++];
    if (!e.key)
      continue;
    it->remaining--;
    if (it->kind == 0)
      return e.key;
    if (it->kind == 1)
      return e.value;
    return Value::object(tupleOf({e.key, e.value}));
  }
  it->dict = nullptr;
  return Value();
}

Value dictIterLengthHint(Value v) {
  DictIter *it = v.as<DictIter>();
  return Value::small(it->dict && it->used == it->dict->used ? it->remaining : 0);
}

Value iterSelf(Value v) { return v; }

Value dictIterSlot(Value self) { return dictIterNew(asDict(self), 0); }

Value dictNewSlot(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  Dict *d = newObject<Dict>(type);
  return d ? Value::object(d) : Value();
}

int dictInit(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  if (!checkPositional("dict", nargs, 0, 1))
    return -1;
  Dict *d = asDict(self);
  if (nargs && dictUpdate(d, args[0]) < 0)
    return -1;
  size_t nkw = kwnames ? size_t(kwnames->size) : 0;
  for (size_t i = 0; i < nkw; i++)
    if (dictSet(d, kwnames->items[i], args[nargs + i]) < 0)
      return -1;
  return 0;
}

Value mGet(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("get", nargs, 1, 2))
    return Value();
  Value v = dictGet(asDict(self), args[0]);
  if (v)
    return v;
  if (errOccurred())
    return Value();
  return nargs > 1 ? args[1] : None();
}

Value mSetDefault(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("setdefault", nargs, 1, 2))
    return Value();
  Value v = dictGet(asDict(self), args[0]);
  if (v)
    return v;
  if (errOccurred())
    return Value();
  Value dflt = nargs > 1 ? args[1] : None();
  if (dictSet(asDict(self), args[0], dflt) < 0)
    return Value();
  return dflt;
}

Value mPop(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("pop", nargs, 1, 2))
    return Value();
  Dict *d = asDict(self);
  Value v = dictGet(d, args[0]);
  if (!v) {
    if (errOccurred())
      return Value();
    if (nargs > 1)
      return args[1];
    return raiseWithArg(&KeyErrorType, args[0]);
  }
  if (dictDel(d, args[0]) < 0)
    return Value();
  return v;
}

Value mPopItem(Value self) {
  Dict *d = asDict(self);
  if (d->used == 0)
    return raise(&KeyErrorType, "popitem(): dictionary is empty");
  for (int64_t i = d->nentries - 1; i >= 0; i--) {
    DictEntry &e = d->entries[i];
    if (!e.key)
      continue;
    Value r = Value::object(tupleOf({e.key, e.value}));
    dictDel(d, e.key);
    // Trailing deleted entries can be reused.
    while (d->nentries > 0 && !d->entries[d->nentries - 1].key && d->used < d->nentries) {
      break;
    }
    return r;
  }
  return raise(&KeyErrorType, "popitem(): dictionary is empty");
}

Value mKeys(Value self);
Value mValues(Value self);
Value mItems(Value self);

Value mUpdate(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  if (!checkPositional("update", nargs, 0, 1))
    return Value();
  Dict *d = asDict(self);
  if (nargs && dictUpdate(d, args[0]) < 0)
    return Value();
  size_t nkw = kwnames ? size_t(kwnames->size) : 0;
  for (size_t i = 0; i < nkw; i++)
    if (dictSet(d, kwnames->items[i], args[nargs + i]) < 0)
      return Value();
  return None();
}

Value mClear(Value self) {
  dictClear(asDict(self));
  return None();
}

Value mCopy(Value self) {
  Dict *c = dictCopy(asDict(self));
  return c ? Value::object(c) : Value();
}

Value mFromKeys(Value cls, const Value *args, size_t nargs) {
  if (!checkPositional("fromkeys", nargs, 1, 2))
    return Value();
  Value value = nargs > 1 ? args[1] : None();
  Value d = call(cls, {});
  if (!d)
    return Value();
  bool ok = forEach(args[0], [&](Value k) {
    if (isExactDict(d))
      return dictSet(d.as<Dict>(), k, value) >= 0;
    return setItem(d, k, value) >= 0;
  });
  return ok ? d : Value();
}

Value mReversed(Value self) { return dictIterNew(asDict(self), 0, true); }

Value mContains(Value self, Value key) {
  int r = dictContains(asDict(self), key);
  return r < 0 ? Value() : boolValue(r);
}

Value mGetItem(Value self, Value key) { return dictSubscript(self, key); }

Value dictOr(Value a, Value b) {
  if (!isDict(a) || !isDict(b))
    return NotImplemented();
  Dict *r = dictCopy(asDict(a));
  if (!r || dictUpdate(r, b) < 0)
    return Value();
  if (!isExactDict(a)) {
    // dict subclasses: the result is a plain dict (as CPython).
  }
  return Value::object(r);
}

Value dictIor(Value a, Value b) {
  if (dictUpdate(asDict(a), b) < 0)
    return Value();
  return a;
}

Value dictClassGetItem(Value cls, Value item) { return genericAliasNew(cls, item); }

// --- Views -------------------------------------------------------------------

struct DictView : Object {
  Dict *dict;
};

Value viewNew(Type *t, Value d) {
  DictView *v = newObject<DictView>(t);
  if (!v)
    return Value();
  v->dict = d.as<Dict>();
  return Value::object(v);
}

int64_t viewLen(Value v) { return v.as<DictView>()->dict->used; }

Value viewIter(Value v) {
  int kind = typeOf(v) == &DictKeysType ? 0 : typeOf(v) == &DictValuesType ? 1 : 2;
  return dictIterNew(v.as<DictView>()->dict, kind);
}

Value viewRepr(Value v) {
  const char *name = typeOf(v) == &DictKeysType     ? "dict_keys"
                     : typeOf(v) == &DictValuesType ? "dict_values"
                                                    : "dict_items";
  Value l = listFromIterable(v);
  if (!l)
    return Value();
  Value r = repr(l);
  if (!r)
    return Value();
  return strFromUtf8(std::string(name) + "(" + strToUtf8(r) + ")");
}

int keysContains(Value v, Value key) { return dictContains(v.as<DictView>()->dict, key); }

int itemsContains(Value v, Value item) {
  if (!isTuple(item) || item.as<Tuple>()->size != 2)
    return 0;
  Tuple *t = item.as<Tuple>();
  Value found = dictGet(v.as<DictView>()->dict, t->items[0]);
  if (!found)
    return errOccurred() ? -1 : 0;
  return equal(found, t->items[1]);
}

/// Set operations on keys/items views produce sets.
Value viewSetOp(Value a, Value b, int op) {
  auto isView = [](Value v) { return typeOf(v) == &DictKeysType || typeOf(v) == &DictItemsType; };
  if (!isView(a) && !isView(b))
    return NotImplemented();
  Value sa = setFromIterable(&SetType, a);
  if (!sa)
    return Value();
  Value sb = setFromIterable(&SetType, b);
  if (!sb) {
    if (errMatches(&TypeErrorType))
      clearError(), (void)0;
    else
      return Value();
    return NotImplemented();
  }
  return binaryOp(sa, sb, op);
}

Value viewAnd(Value a, Value b) { return viewSetOp(a, b, 1); }
Value viewOr(Value a, Value b) { return viewSetOp(a, b, 7); }
Value viewSub(Value a, Value b) { return viewSetOp(a, b, 10); }
Value viewXor(Value a, Value b) { return viewSetOp(a, b, 12); }

Value viewRichCompare(Value a, Value b, int op) {
  if (typeOf(a) == &DictValuesType)
    return NotImplemented();
  if (!isAnySet(b) && typeOf(b) != &DictKeysType && typeOf(b) != &DictItemsType)
    return NotImplemented();
  Value sa = setFromIterable(&SetType, a);
  Value sb = sa ? setFromIterable(&SetType, b) : Value();
  if (!sb)
    return Value();
  return richCompare(sa, sb, op);
}

Value viewIsDisjoint(Value self, Value other) {
  int64_t found = 0;
  bool ok = forEach(other, [&](Value x) {
    int c = contains(self, x);
    if (c < 0)
      return false;
    if (c) {
      found = 1;
      return false;
    }
    return true;
  });
  if (!ok)
    return Value();
  return boolValue(!found);
}

Value viewMapping(Value self) {
  return mappingProxyNew(Value::object(self.as<DictView>()->dict));
}

Value viewReversed(Value self) {
  int kind = typeOf(self) == &DictKeysType ? 0 : typeOf(self) == &DictValuesType ? 1 : 2;
  return dictIterNew(self.as<DictView>()->dict, kind, true);
}

const MethodDef viewMethods[] = {
    KILN_METH_O("isdisjoint", viewIsDisjoint),
    KILN_METH_NOARGS("__reversed__", viewReversed),
    {nullptr},
};
const GetSetDef viewGetSets[] = {{"mapping", viewMapping, nullptr}, {nullptr}};

} // namespace

namespace {
Value mKeys(Value self) { return viewNew(&DictKeysType, self); }
Value mValues(Value self) { return viewNew(&DictValuesType, self); }
Value mItems(Value self) { return viewNew(&DictItemsType, self); }

const MethodDef dictMethods[] = {
    KILN_METH_FAST("get", mGet),
    KILN_METH_FAST("setdefault", mSetDefault),
    KILN_METH_FAST("pop", mPop),
    KILN_METH_NOARGS("popitem", mPopItem),
    KILN_METH_NOARGS("keys", mKeys),
    KILN_METH_NOARGS("values", mValues),
    KILN_METH_NOARGS("items", mItems),
    KILN_METH_KW("update", mUpdate),
    KILN_METH_NOARGS("clear", mClear),
    KILN_METH_NOARGS("copy", mCopy),
    {"fromkeys", reinterpret_cast<void *>(static_cast<FastFn>(mFromKeys)), CallKind::Fast, nullptr,
     MethodDef::Class},
    KILN_METH_NOARGS("__reversed__", mReversed),
    KILN_METH_O("__contains__", mContains),
    KILN_METH_O("__getitem__", mGetItem),
    {"__class_getitem__", reinterpret_cast<void *>(static_cast<OneArgFn>(dictClassGetItem)),
     CallKind::OneArg, nullptr, MethodDef::Class},
    {nullptr},
};

const MethodDef dictIterMethods[] = {
    KILN_METH_NOARGS("__length_hint__", dictIterLengthHint),
    {nullptr},
};

// --- mappingproxy (type.__dict__) -------------------------------------------------

struct MappingProxy : Object {
  Value mapping;
};

Value mpGetItem(Value self, Value key) { return getItem(self.as<MappingProxy>()->mapping, key); }
int64_t mpLen(Value self) { return length(self.as<MappingProxy>()->mapping); }
int mpContains(Value self, Value key) { return contains(self.as<MappingProxy>()->mapping, key); }
Value mpIter(Value self) { return getIter(self.as<MappingProxy>()->mapping); }
Value mpRepr(Value self) {
  Value r = repr(self.as<MappingProxy>()->mapping);
  if (!r)
    return Value();
  return strFromUtf8("mappingproxy(" + strToUtf8(r) + ")");
}
Value mpKeys(Value self) { return callMethod(self.as<MappingProxy>()->mapping, names.keys, {}); }
Value mpValues(Value self) {
  return callMethod(self.as<MappingProxy>()->mapping, names.values, {});
}
Value mpItems(Value self) { return callMethod(self.as<MappingProxy>()->mapping, names.items, {}); }
Value mpCopy(Value self) { return callMethod(self.as<MappingProxy>()->mapping, intern("copy"), {}); }
Value mpGet(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("get", nargs, 1, 2))
    return Value();
  Value m = self.as<MappingProxy>()->mapping;
  Value getf = getAttr(m, "get");
  if (!getf)
    return Value();
  return call(getf, args, nargs);
}
Value mpRichCompare(Value a, Value b, int op) {
  return richCompare(a.as<MappingProxy>()->mapping, b, op);
}

Value mpStr(Value self) { return str(self.as<MappingProxy>()->mapping); }

const MethodDef mpMethods[] = {
    KILN_METH_NOARGS("keys", mpKeys),   KILN_METH_NOARGS("values", mpValues),
    KILN_METH_NOARGS("items", mpItems), KILN_METH_NOARGS("copy", mpCopy),
    KILN_METH_FAST("get", mpGet),       {nullptr},
};

} // namespace

/// mappingproxy(mapping): a read-only view of any mapping (not of
/// sequences, which also have __getitem__).
Value mpNewSlot(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[1];
  if (!parseArgs({"mappingproxy", {"mapping"}, 1}, args, nargs, kwnames, a))
    return Value();
  Type *t = typeOf(a[0]);
  if (!t->getitem || isList(a[0]) || isTuple(a[0]))
    return raise(&TypeErrorType, "mappingproxy() argument must be a mapping, not %s",
                 typeName(a[0]));
  return mappingProxyNew(a[0]);
}

Value mappingProxyNew(Value mapping) {
  MappingProxy *p = newObject<MappingProxy>(&MappingProxyType);
  if (!p)
    return Value();
  p->mapping = mapping;
  return Value::object(p);
}

void initDictType() {
  typeInitBuiltin(&DictType, "dict", &ObjectType, sizeof(Dict));
  DictType.flags |= TF_DICT_SUBCLASS | TF_MAPPING;
  DictType.repr = dictRepr;
  DictType.hash = hashNotImplemented;
  DictType.richcompare = dictRichCompare;
  DictType.len = dictLen;
  DictType.getitem = dictSubscript;
  DictType.setitem = dictAssSubscript;
  DictType.contains = dictContainsSlot;
  DictType.iter = dictIterSlot;
  DictType.newFn = dictNewSlot;
  DictType.init = dictInit;
  DictType.binary[7] = dictOr;
  DictType.inplace[7] = dictIor;
  typeReady(&DictType, dictMethods);

  const char *iterNames[2][3] = {
      {"dict_keyiterator", "dict_valueiterator", "dict_itemiterator"},
      {"dict_reversekeyiterator", "dict_reversevalueiterator", "dict_reverseitemiterator"}};
  for (int r = 0; r < 2; r++)
    for (int k = 0; k < 3; k++) {
      Type *t = r == 0 && k == 0 ? &DictIterType : &dictIterTypes[r][k];
      typeInitBuiltin(t, iterNames[r][k], &ObjectType, sizeof(DictIter), 0);
      t->iter = iterSelf;
      t->next = dictIterNext;
      typeReady(t, dictIterMethods);
    }

  Type *views[] = {&DictKeysType, &DictValuesType, &DictItemsType};
  const char *viewNames[] = {"dict_keys", "dict_values", "dict_items"};
  for (int i = 0; i < 3; i++) {
    Type *t = views[i];
    typeInitBuiltin(t, viewNames[i], &ObjectType, sizeof(DictView), 0);
    t->len = viewLen;
    t->iter = viewIter;
    t->repr = viewRepr;
    if (i != 1) {
      t->contains = i == 0 ? keysContains : itemsContains;
      t->binary[1] = viewAnd;
      t->binary[7] = viewOr;
      t->binary[10] = viewSub;
      t->binary[12] = viewXor;
      t->richcompare = viewRichCompare;
      t->hash = hashNotImplemented;
    }
    typeReady(t, viewMethods, viewGetSets);
  }

  typeInitBuiltin(&MappingProxyType, "mappingproxy", &ObjectType, sizeof(MappingProxy), 0);
  MappingProxyType.newFn = mpNewSlot;
  MappingProxyType.getitem = mpGetItem;
  MappingProxyType.len = mpLen;
  MappingProxyType.contains = mpContains;
  MappingProxyType.iter = mpIter;
  MappingProxyType.repr = mpRepr;
  MappingProxyType.str = mpStr;
  MappingProxyType.richcompare = mpRichCompare;
  MappingProxyType.flags |= TF_MAPPING;
  typeReady(&MappingProxyType, mpMethods);
}

} // namespace kiln::rt
