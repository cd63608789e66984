//===- List.cpp - list ----------------------------------------------------===//
///
/// A list is a GC array with spare room. `capacity` follows CPython's
/// over-allocation (about 1/8 extra) so __sizeof__ reports what CPython
/// does; the array itself grows by half again, because without realloc
/// every growth is a fresh allocation and a copy. sort() is a stable
/// merge sort that only uses `<`, as CPython's does, and survives
/// comparison functions that raise or lie.
///
//===----------------------------------------------------------------------===//
#include "runtime/objects/GenericAlias.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Float.h"
#include "runtime/Abstract.h"
#include "runtime/Args.h"
#include "runtime/Errors.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/Sequence.h"
#include "runtime/objects/Slice.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <cstring>

namespace kiln::rt {

Type ListType, ListIterType, ListRevIterType;

List *listNew(int64_t size) {
  List *l = newObject<List>(&ListType);
  if (!l)
    return nullptr;
  if (size) {
    l->items = allocValues(size_t(size));
    if (!l->items)
      return nullptr;
  }
  l->size = size;
  l->capacity = l->room = size;
  return l;
}

List *listFromArray(const Value *items, int64_t n) {
  List *l = listNew(n);
  if (l && n)
    memcpy(l->items, items, size_t(n) * sizeof(Value));
  return l;
}

bool listResize(List *l, int64_t newSize) {
  int64_t size = l->size;
  if (newSize <= l->capacity && newSize >= l->capacity / 2) {
    if (newSize < size)
      memset(l->items + newSize, 0, size_t(size - newSize) * sizeof(Value));
    l->size = newSize;
    return true;
  }
  // CPython 3.11's list_resize arithmetic.
  int64_t cap = (newSize + (newSize >> 3) + 6) & ~int64_t(3);
  if (newSize - size > cap - newSize)
    cap = (newSize + 3) & ~int64_t(3);
  if (newSize == 0)
    cap = 0;
  if (cap <= l->room && newSize >= l->room / 4) {
    if (newSize < size)
      memset(l->items + newSize, 0, size_t(size - newSize) * sizeof(Value));
    l->capacity = cap;
    l->size = newSize;
    return true;
  }
  int64_t room = cap;
  if (newSize > size && room < newSize + newSize / 2)
    room = newSize + newSize / 2;
  Value *items = room ? allocValues(size_t(room)) : nullptr;
  if (room && !items)
    return false;
  int64_t keep = newSize < size ? newSize : size;
  if (keep)
    memcpy(items, l->items, size_t(keep) * sizeof(Value));
  l->items = items;
  l->capacity = cap;
  l->room = room;
  l->size = newSize;
  return true;
}

bool listAppend(List *l, Value v) {
  if (l->size < l->capacity) {
    l->items[l->size++] = v;
    return true;
  }
  if (!listResize(l, l->size + 1))
    return false;
  l->items[l->size - 1] = v;
  return true;
}

int listExtend(List *l, Value iterable) {
  if (isExactList(iterable) || isExactTuple(iterable) || iterable == Value::object(l)) {
    const Value *src;
    int64_t n;
    if (isList(iterable)) {
      src = iterable.as<List>()->items;
      n = iterable.as<List>()->size;
    } else {
      src = iterable.as<Tuple>()->items;
      n = iterable.as<Tuple>()->size;
    }
    int64_t old = l->size;
    // l.extend(l) reads the items before the resize.
    Value *copy = src == l->items ? allocValues(size_t(n)) : nullptr;
    if (copy) {
      memcpy(copy, src, size_t(n) * sizeof(Value));
      src = copy;
    }
    if (!listResize(l, old + n))
      return -1;
    if (n)
      memcpy(l->items + old, src, size_t(n) * sizeof(Value));
    return 0;
  }
  // As CPython's list.extend: the iterator first, then room for the
  // iterable's length hint (exactly that much for an empty list), then
  // spare room given back if less came.
  Value it = getIter(iterable);
  if (!it)
    return -1;
  int64_t hint = lengthHint(iterable, 8);
  if (hint < 0)
    return -1;
  int64_t old = l->size;
  if (hint > 0 && !checkAllocSize(size_t(hint), sizeof(Value)))
    return -1;
  if (!l->items && hint > 0) {
    l->items = allocValues(size_t(hint));
    if (!l->items)
      return -1;
    l->capacity = l->room = hint;
  } else if (hint > 0) {
    if (!listResize(l, old + hint))
      return -1;
    memset(l->items + old, 0, size_t(hint) * sizeof(Value));
    l->size = old;
  }
  for (;;) {
    Value item = iterNext(it);
    if (!item) {
      if (errOccurred())
        return -1;
      break;
    }
    if (!listAppend(l, item))
      return -1;
  }
  if (l->size < l->capacity && !listResize(l, l->size))
    return -1;
  return 0;
}

Value listFromIterable(Value iterable) {
  List *l = listNew();
  if (!l || listExtend(l, iterable) < 0)
    return Value();
  return Value::object(l);
}

// --- Sorting -----------------------------------------------------------------

namespace {

/// The comparison a sort uses, chosen once from the keys (as CPython's
/// list.sort pre-scan): when every key is a small int, an exact float or
/// an exact str, or every key is an exact tuple whose first items are all
/// of one such kind, `<` is computed directly; tuples whose first items are
/// equal, and every other mix, compare through richCompare.
enum class KeyKind { Generic, SmallInt, Float, Str };

KeyKind kindOf(Value v) {
  if (v.isSmall())
    return KeyKind::SmallInt;
  if (isExactFloat(v))
    return KeyKind::Float;
  if (isExactStr(v))
    return KeyKind::Str;
  return KeyKind::Generic;
}

struct SortState {
  bool failed = false;
  KeyKind kind = KeyKind::Generic;
  bool tuples = false; ///< keys are tuples; kind describes their first items

  void scan(const Value *keys, int64_t n) {
    if (n == 0)
      return;
    tuples = isExactTuple(keys[0]) && keys[0].as<Tuple>()->size > 0;
    auto first = [&](Value k) { return tuples ? k.as<Tuple>()->items[0] : k; };
    kind = kindOf(first(keys[0]));
    for (int64_t i = 1; i < n && kind != KeyKind::Generic; i++) {
      if (tuples && !(isExactTuple(keys[i]) && keys[i].as<Tuple>()->size > 0)) {
        kind = KeyKind::Generic;
        break;
      }
      if (kindOf(first(keys[i])) != kind)
        kind = KeyKind::Generic;
    }
  }

  /// a < b for two values of the scanned kind; *equal tells ties apart.
  static bool lessOfKind(KeyKind kind, Value a, Value b, bool *equal) {
    switch (kind) {
    case KeyKind::SmallInt:
      *equal = a == b;
      return a.smallValue() < b.smallValue();
    case KeyKind::Float: {
      double x = a.as<FloatObject>()->value, y = b.as<FloatObject>()->value;
      *equal = a == b || x == y; // one NaN object is equal to itself, as in ==
      return x < y;
    }
    default: {
      int c = strCompare(a.as<Str>(), b.as<Str>());
      *equal = c == 0;
      return c < 0;
    }
    }
  }

  bool general(Value a, Value b) {
    int r = richCompareBool(a, b, 0);
    if (r < 0) {
      failed = true;
      return false;
    }
    return r;
  }

  /// a < b; after a failure everything compares false.
  bool less(Value a, Value b) {
    if (failed)
      return false;
    if (kind == KeyKind::Generic) {
      if (a.isSmall() && b.isSmall())
        return a.smallValue() < b.smallValue();
      return general(a, b);
    }
    bool equal;
    if (!tuples)
      return lessOfKind(kind, a, b, &equal);
    bool lt = lessOfKind(kind, a.as<Tuple>()->items[0], b.as<Tuple>()->items[0], &equal);
    // Equal first items: the tuples' own comparison decides.
    return equal ? general(a, b) : lt;
  }
};

/// Stable merge sort of keys[lo, hi) carrying vals along.
void mergeSort(SortState &st, Value *keys, Value *vals, Value *tk, Value *tv, int64_t lo,
               int64_t hi) {
  if (hi - lo < 2 || st.failed)
    return;
  if (hi - lo <= 16) {
    for (int64_t i = lo + 1; i < hi; i++) {
      Value k = keys[i], v = vals ? vals[i] : Value();
      int64_t j = i;
      while (j > lo && st.less(k, keys[j - 1])) {
        keys[j] = keys[j - 1];
        if (vals)
          vals[j] = vals[j - 1];
        j--;
      }
      keys[j] = k;
      if (vals)
        vals[j] = v;
    }
    return;
  }
  int64_t mid = lo + (hi - lo) / 2;
  mergeSort(st, keys, vals, tk, tv, lo, mid);
  mergeSort(st, keys, vals, tk, tv, mid, hi);
  if (st.failed || !st.less(keys[mid], keys[mid - 1]))
    return;
  int64_t i = lo, j = mid, k = lo;
  while (i < mid && j < hi) {
    if (st.less(keys[j], keys[i])) {
      tk[k] = keys[j];
      if (vals)
        tv[k] = vals[j];
      k++, j++;
    } else {
      tk[k] = keys[i];
      if (vals)
        tv[k] = vals[i];
      k++, i++;
    }
  }
  while (i < mid) {
    tk[k] = keys[i];
    if (vals)
      tv[k] = vals[i];
    k++, i++;
  }
  while (j < hi) {
    tk[k] = keys[j];
    if (vals)
      tv[k] = vals[j];
    k++, j++;
  }
  memcpy(keys + lo, tk + lo, size_t(hi - lo) * sizeof(Value));
  if (vals)
    memcpy(vals + lo, tv + lo, size_t(hi - lo) * sizeof(Value));
}

} // namespace

int listSort(List *l, Value key, bool reverse) {
  int64_t n = l->size;
  // Sort a private copy; the list reads as empty meanwhile (as in CPython).
  Value *items = l->items;
  int64_t cap = l->capacity, room = l->room;
  l->items = nullptr;
  l->size = 0;
  l->capacity = l->room = 0;
  Value *keys = items, *vals = nullptr;
  bool ok = true;
  if (key && !isNone(key)) {
    keys = allocValues(size_t(n ? n : 1));
    vals = items;
    for (int64_t i = 0; i < n && ok; i++) {
      keys[i] = call(key, {items[i]});
      ok = !keys[i].isNull();
    }
  }
  if (ok && reverse) {
    // Reverse, sort stably, reverse: keeps equal items in original order.
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
      std::swap(keys[i], keys[j]);
      if (vals)
        std::swap(vals[i], vals[j]);
    }
  }
  SortState st;
  if (ok)
    st.scan(keys, n);
  if (ok) {
    Value *tk = allocValues(size_t(n ? n : 1));
    Value *tv = vals ? allocValues(size_t(n ? n : 1)) : nullptr;
    mergeSort(st, keys, vals, tk, tv, 0, n);
    ok = !st.failed;
  }
  if (ok && reverse) {
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
      std::swap(keys[i], keys[j]);
      if (vals)
        std::swap(vals[i], vals[j]);
    }
  }
  bool modified = l->items != nullptr || l->size != 0;
  l->items = items;
  l->size = n;
  l->capacity = cap;
  l->room = room;
  if (!ok)
    return -1;
  if (modified) {
    raise(&ValueErrorType, "list modified during sort");
    return -1;
  }
  return 0;
}

// --- Slots ---------------------------------------------------------------------

namespace {

List *asList(Value v) { return v.as<List>(); }

Value listReprBody(Value v);
Value listRepr(Value v) { return reprGuarded(v, "[...]", listReprBody); }
Value listReprBody(Value v) {
  List *l = asList(v);
  if (l->size == 0)
    return strFromAscii("[]");
  StrBuilder b;
  b.append('[');
  for (int64_t i = 0; i < l->size; i++) {
    if (i)
      b.appendAscii(", ");
    Value r = repr(l->items[i]);
    if (!r)
      return Value();
    b.append(r.as<Str>());
  }
  b.append(']');
  return b.build();
}

int64_t listLen(Value v) { return asList(v)->size; }

bool isIndex(Value key) { return key.isSmall() || isInt(key) || typeOf(key)->toIndex; }

Value listGetItem(Value v, Value key) {
  List *l = asList(v);
  if (isIndex(key)) {
    int64_t i;
    if (!indexToSsize(key, &i, &IndexErrorType))
      return Value();
    if (i < 0)
      i += l->size;
    if (i < 0 || i >= l->size)
      return raise(&IndexErrorType, "list index out of range");
    return l->items[i];
  }
  if (typeOf(key) == &SliceType) {
    int64_t start, stop, step;
    int64_t n = sliceIndices(key, l->size, &start, &stop, &step);
    if (n < 0)
      return Value();
    List *r = listNew(n);
    if (!r)
      return Value();
    for (int64_t i = 0, j = start; i < n; i++, j += step)
      r->items[i] = l->items[j];
    return Value::object(r);
  }
  return raise(&TypeErrorType, "list indices must be integers or slices, not %s", typeName(key));
}

int listAssignSlice(List *l, Value key, Value value) {
  int64_t start, stop, step;
  int64_t n = sliceIndices(key, l->size, &start, &stop, &step);
  if (n < 0)
    return -1;
  if (!value) {
    // Deletion.
    if (step == 1) {
      int64_t end = start + n;
      memmove(l->items + start, l->items + end, size_t(l->size - end) * sizeof(Value));
      return listResize(l, l->size - n) ? 0 : -1;
    }
    if (step < 0) {
      start = start + step * (n - 1);
      step = -step;
    }
    int64_t w = start;
    for (int64_t r = start, k = 0; r < l->size; r++) {
      if (k < n && r == start + k * step) {
        k++;
        continue;
      }
      l->items[w++] = l->items[r];
    }
    return listResize(l, w) ? 0 : -1;
  }
  Value seqV = (value.bits() == Value::object(l).bits()) ? listFromIterable(value)
               : isList(value) || isTuple(value) ? value
                                                 : listFromIterable(value);
  if (!seqV) {
    if (errMatches(&TypeErrorType)) {
      clearError();
      raise(&TypeErrorType, step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
    }
    return -1;
  }
  const Value *src = isList(seqV) ? seqV.as<List>()->items : seqV.as<Tuple>()->items;
  int64_t m = isList(seqV) ? seqV.as<List>()->size : seqV.as<Tuple>()->size;
  if (step == 1) {
    int64_t old = l->size;
    int64_t newSize = old - n + m;
    Value *copy = allocValues(size_t(m ? m : 1));
    if (m)
      memcpy(copy, src, size_t(m) * sizeof(Value));
    int64_t tail = old - (start + n);
    if (m > n) {
      if (!listResize(l, newSize))
        return -1;
      memmove(l->items + start + m, l->items + start + n, size_t(tail) * sizeof(Value));
    } else {
      memmove(l->items + start + m, l->items + start + n, size_t(tail) * sizeof(Value));
      if (!listResize(l, newSize))
        return -1;
    }
    if (m)
      memcpy(l->items + start, copy, size_t(m) * sizeof(Value));
    return 0;
  }
  if (m != n) {
    raise(&ValueErrorType, "attempt to assign sequence of size %lld to extended slice of size %lld",
          (long long)m, (long long)n);
    return -1;
  }
  for (int64_t i = 0, j = start; i < n; i++, j += step)
    l->items[j] = src[i];
  return 0;
}

int listSetItem(Value v, Value key, Value value) {
  List *l = asList(v);
  if (isIndex(key)) {
    int64_t i;
    if (!indexToSsize(key, &i, &IndexErrorType))
      return -1;
    if (i < 0)
      i += l->size;
    if (i < 0 || i >= l->size) {
      raise(&IndexErrorType, value ? "list assignment index out of range"
                                   : "list assignment index out of range");
      return -1;
    }
    if (value) {
      l->items[i] = value;
      return 0;
    }
    memmove(l->items + i, l->items + i + 1, size_t(l->size - i - 1) * sizeof(Value));
    return listResize(l, l->size - 1) ? 0 : -1;
  }
  if (typeOf(key) == &SliceType)
    return listAssignSlice(l, key, value);
  raise(&TypeErrorType, "list indices must be integers or slices, not %s", typeName(key));
  return -1;
}

Value listRichCompare(Value a, Value b, int op) {
  if (!isList(a) || !isList(b))
    return NotImplemented();
  return sequenceCompare(asList(a)->items, asList(a)->size, asList(b)->items, asList(b)->size, op,
                         true);
}

Value listConcat(Value a, Value b) {
  if (!isList(a) || !isList(b)) {
    // NotImplemented lets the right operand's __radd__ run; binaryOp
    // reports CPython's "can only concatenate" message after that.
    return NotImplemented();
  }
  List *x = asList(a), *y = asList(b);
  List *r = listNew(x->size + y->size);
  if (!r)
    return Value();
  if (x->size)
    memcpy(r->items, x->items, size_t(x->size) * sizeof(Value));
  if (y->size)
    memcpy(r->items + x->size, y->items, size_t(y->size) * sizeof(Value));
  return Value::object(r);
}

/// A repetition count: false with an error, or false with none when \p n
/// is no integer (the caller answers NotImplemented; binaryOp then reports
/// "can't multiply sequence by non-int").
bool repeatCount(Value n, int64_t *count) {
  if (!isInt(n) && !typeOf(n)->toIndex)
    return false;
  return indexToSsize(n, count, &OverflowErrorType);
}

Value listRepeat(Value a, Value n) {
  if (!isList(a))
    std::swap(a, n);
  if (!isList(a))
    return NotImplemented();
  int64_t count;
  if (!repeatCount(n, &count))
    return errOccurred() ? Value() : NotImplemented();
  List *l = asList(a);
  if (count <= 0 || l->size == 0)
    return Value::object(listNew());
  if (count > (int64_t(1) << 60) / l->size)
    return raiseMemoryError();
  List *r = listNew(l->size * count);
  if (!r)
    return Value();
  for (int64_t k = 0; k < count; k++)
    memcpy(r->items + k * l->size, l->items, size_t(l->size) * sizeof(Value));
  return Value::object(r);
}

Value listInplaceConcat(Value a, Value b) {
  if (listExtend(asList(a), b) < 0)
    return Value();
  return a;
}

Value listInplaceRepeat(Value a, Value n) {
  int64_t count;
  if (!repeatCount(n, &count))
    return errOccurred() ? Value() : NotImplemented();
  List *l = asList(a);
  int64_t old = l->size;
  if (count <= 0 || old == 0) {
    listResize(l, 0);
    return a;
  }
  if (count > (int64_t(1) << 60) / old)
    return raiseMemoryError();
  if (!listResize(l, old * count))
    return Value();
  for (int64_t k = 1; k < count; k++)
    memcpy(l->items + k * old, l->items, size_t(old) * sizeof(Value));
  return a;
}

int listContains(Value v, Value item) {
  List *l = asList(v);
  for (int64_t i = 0; i < l->size; i++) {
    int eq = equal(l->items[i], item);
    if (eq != 0)
      return eq;
  }
  return 0;
}

Value listIter(Value v) {
  ListIter *it = newObject<ListIter>(&ListIterType);
  if (!it)
    return Value();
  it->list = v;
  it->index = 0;
  return Value::object(it);
}

Value listIterNext(Value v) {
  ListIter *it = v.as<ListIter>();
  if (!it->list)
    return Value();
  List *l = it->list.as<List>();
  if (it->index < l->size)
    return l->items[it->index++];
  it->list = Value();
  return Value();
}

Value listRevIterNext(Value v) {
  ListIter *it = v.as<ListIter>();
  if (!it->list)
    return Value();
  List *l = it->list.as<List>();
  if (it->index >= 0 && it->index < l->size)
    return l->items[it->index--];
  it->list = Value();
  return Value();
}

Value iterLengthHint(Value v) {
  ListIter *it = v.as<ListIter>();
  if (!it->list)
    return Value::small(0);
  int64_t n = it->list.as<List>()->size - it->index;
  return Value::small(n > 0 ? n : 0);
}

/// The items a reversed list iterator has left: none once the list has
/// shrunk below its position.
Value revIterLengthHint(Value v) {
  ListIter *it = v.as<ListIter>();
  int64_t n = it->index + 1;
  if (!it->list || it->list.as<List>()->size < n)
    n = 0;
  return Value::small(n);
}

Value iterSelf(Value v) { return v; }

Value listNewSlot(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  List *l = newObject<List>(type);
  return l ? Value::object(l) : Value();
}

int listInit(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  if (!noKeywords("list", kwnames) || !checkPositional("list", nargs, 0, 1))
    return -1;
  List *l = asList(self);
  listResize(l, 0);
  if (nargs)
    return listExtend(l, args[0]);
  return 0;
}

// --- Methods -----------------------------------------------------------------

Value mAppend(Value self, Value x) { return listAppend(asList(self), x) ? None() : Value(); }
Value mExtend(Value self, Value x) { return listExtend(asList(self), x) < 0 ? Value() : None(); }

Value mInsert(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("insert", nargs, 2, 2))
    return Value();
  int64_t i;
  if (!indexToSsize(args[0], &i, nullptr))
    return Value();
  List *l = asList(self);
  if (i < 0)
    i = i + l->size < 0 ? 0 : i + l->size;
  if (i > l->size)
    i = l->size;
  if (!listResize(l, l->size + 1))
    return Value();
  memmove(l->items + i + 1, l->items + i, size_t(l->size - 1 - i) * sizeof(Value));
  l->items[i] = args[1];
  return None();
}

Value mPop(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("pop", nargs, 0, 1))
    return Value();
  List *l = asList(self);
  int64_t i = -1;
  if (nargs && !indexToSsize(args[0], &i, &IndexErrorType))
    return Value();
  if (l->size == 0)
    return raise(&IndexErrorType, "pop from empty list");
  if (i < 0)
    i += l->size;
  if (i < 0 || i >= l->size)
    return raise(&IndexErrorType, "pop index out of range");
  Value v = l->items[i];
  memmove(l->items + i, l->items + i + 1, size_t(l->size - i - 1) * sizeof(Value));
  listResize(l, l->size - 1);
  return v;
}

Value mRemove(Value self, Value x) {
  List *l = asList(self);
  for (int64_t i = 0; i < l->size; i++) {
    int eq = equal(l->items[i], x);
    if (eq < 0)
      return Value();
    if (eq) {
      memmove(l->items + i, l->items + i + 1, size_t(l->size - i - 1) * sizeof(Value));
      listResize(l, l->size - 1);
      return None();
    }
  }
  return raise(&ValueErrorType, "list.remove(x): x not in list");
}

Value mIndex(Value self, const Value *args, size_t nargs) {
  List *l = asList(self);
  Value r = sequenceIndex("index", l->items, l->size, args, nargs, nullptr);
  if (r || errOccurred())
    return r;
  Value rep = repr(args[0]);
  if (!rep)
    return Value();
  return raise(&ValueErrorType, "%s is not in list", strToUtf8(rep).c_str());
}

Value mCount(Value self, Value x) {
  int64_t n = sequenceCount(asList(self)->items, asList(self)->size, x);
  return n < 0 ? Value() : intFromI64(n);
}

Value mReverse(Value self) {
  List *l = asList(self);
  for (int64_t i = 0, j = l->size - 1; i < j; i++, j--)
    std::swap(l->items[i], l->items[j]);
  return None();
}

Value mClear(Value self) {
  List *l = asList(self);
  l->items = nullptr;
  l->size = l->capacity = l->room = 0;
  return None();
}

Value mCopy(Value self) {
  List *l = asList(self);
  return Value::object(listFromArray(l->items, l->size));
}

Value mSort(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[2];
  if (!parseArgs({"sort", {"key", "reverse"}, 0, 0}, args, nargs, kwnames, a))
    return Value();
  int rev = a[1] ? isTrue(a[1]) : 0;
  if (rev < 0)
    return Value();
  if (listSort(asList(self), a[0], rev) < 0)
    return Value();
  return None();
}

Value mReversed(Value self) {
  ListIter *it = newObject<ListIter>(&ListRevIterType);
  if (!it)
    return Value();
  it->list = self;
  it->index = asList(self)->size - 1;
  return Value::object(it);
}

Value mSizeof(Value self) { return intFromI64(56 + 8 * asList(self)->capacity); }

Value listClassGetItem(Value cls, Value item) { return genericAliasNew(cls, item); }

const MethodDef listMethods[] = {
    KILN_METH_O("append", mAppend),
    KILN_METH_O("extend", mExtend),
    KILN_METH_FAST("insert", mInsert),
    KILN_METH_FAST("pop", mPop),
    KILN_METH_O("remove", mRemove),
    KILN_METH_FAST("index", mIndex),
    KILN_METH_O("count", mCount),
    KILN_METH_NOARGS("reverse", mReverse),
    KILN_METH_NOARGS("clear", mClear),
    KILN_METH_NOARGS("copy", mCopy),
    KILN_METH_KW("sort", mSort),
    KILN_METH_NOARGS("__reversed__", mReversed),
    KILN_METH_NOARGS("__sizeof__", mSizeof),
    {"__class_getitem__", reinterpret_cast<void *>(static_cast<OneArgFn>(listClassGetItem)),
     CallKind::OneArg, nullptr, MethodDef::Class},
    {nullptr},
};

const MethodDef iterMethods[] = {
    KILN_METH_NOARGS("__length_hint__", iterLengthHint),
    {nullptr},
};

const MethodDef revIterMethods[] = {
    KILN_METH_NOARGS("__length_hint__", revIterLengthHint),
    {nullptr},
};

} // namespace

void initListType() {
  typeInitBuiltin(&ListType, "list", &ObjectType, sizeof(List));
  ListType.flags |= TF_LIST_SUBCLASS | TF_SEQUENCE | TF_CONCAT;
  ListType.repr = listRepr;
  ListType.hash = hashNotImplemented;
  ListType.richcompare = listRichCompare;
  ListType.len = listLen;
  ListType.getitem = listGetItem;
  ListType.setitem = listSetItem;
  ListType.contains = listContains;
  ListType.iter = listIter;
  ListType.binary[0] = listConcat;
  ListType.binary[5] = listRepeat;
  ListType.inplace[0] = listInplaceConcat;
  ListType.inplace[5] = listInplaceRepeat;
  ListType.newFn = listNewSlot;
  ListType.init = listInit;
  typeReady(&ListType, listMethods);
  typeInitBuiltin(&ListIterType, "list_iterator", &ObjectType, sizeof(ListIter), 0);
  ListIterType.iter = iterSelf;
  ListIterType.next = listIterNext;
  typeReady(&ListIterType, iterMethods);
  typeInitBuiltin(&ListRevIterType, "list_reverseiterator", &ObjectType, sizeof(ListIter), 0);
  ListRevIterType.iter = iterSelf;
  ListRevIterType.next = listRevIterNext;
  typeReady(&ListRevIterType, revIterMethods);
}

} // namespace kiln::rt
