//===- Iterators.cpp - range, slice and the built-in iterator types ------===//
///
/// range holds arbitrary ints (start, stop, step, length as int Values);
/// iteration, indexing and membership take an int64 fast path whenever the
/// bounds fit. slice objects and sliceIndices (the clamping resolution
/// list/str/tuple slicing uses) live here too, with enumerate, zip, map,
/// filter, reversed and iter(callable, sentinel).
///
//===----------------------------------------------------------------------===//
#include "runtime/Abstract.h"
#include "runtime/Args.h"
#include "runtime/Errors.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/objects/GenericAlias.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/Slice.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <cstddef>
#include <string>

// Member offsets of the object layouts (Object header + fields).
#pragma GCC diagnostic ignored "-Winvalid-offsetof"

namespace kiln::rt {

Type RangeType, SliceType, EnumerateType, ZipType, MapType, FilterType, ReversedType,
    CallIterType;
Type RangeIterType, LongRangeIterType;

Value callIterNew(Value callable, Value sentinel);
void initIteratorTypes();

namespace {

Value iterSelf(Value v) { return v; }

// --- Int helpers on Values -----------------------------------------------------

inline int isign(Value v) { return intSign(v); }
inline int icmp(Value a, Value b) { return intCompare(a, b); }

/// Converts an index-like value to an exact int (operator.index).
Value toIndex(Value v) {
  if (v.isSmall())
    return v;
  return numberIndex(v);
}

bool fitsI64(Value v, int64_t *out) { return intAsI64(v, out); }

/// The number of items in range(start, stop, step) as an int Value.
Value computeRangeLength(Value start, Value stop, Value step) {
  int64_t a, b, s;
  if (fitsI64(start, &a) && fitsI64(stop, &b) && fitsI64(step, &s)) {
    __int128 lo, hi, st;
    if (s > 0) {
      lo = a, hi = b, st = s;
    } else {
      lo = b, hi = a, st = -(__int128)s;
    }
    if (lo >= hi)
      return Value::small(0);
    __int128 n = (hi - lo - 1) / st + 1;
    if (n <= INT64_MAX)
      return intFromI64(int64_t(n));
    mpz_t z;
    mpz_init(z);
    mpz_set_si(z, int64_t(n >> 32));
    mpz_mul_2exp(z, z, 32);
    mpz_add_ui(z, z, uint64_t(n & 0xffffffffu));
    Value r = intFromMpz(z);
    mpz_clear(z);
    return r;
  }
  Value lo, hi, st;
  if (isign(step) > 0) {
    lo = start, hi = stop, st = step;
  } else {
    lo = stop, hi = start;
    st = intNeg(step);
    if (!st)
      return Value();
  }
  if (icmp(lo, hi) >= 0)
    return Value::small(0);
  Value d = intSub(hi, lo);
  if (!d)
    return Value();
  d = intSub(d, Value::small(1));
  if (!d)
    return Value();
  d = intFloorDiv(d, st);
  if (!d)
    return Value();
  return intAdd(d, Value::small(1));
}

/// slice.indices-style resolution with arbitrary ints (CPython's
/// "long indices"). False on error.
bool sliceLongIndices(SliceObject *s, Value length, Value *pstart, Value *pstop, Value *pstep) {
  auto evalIndex = [](Value v) -> Value {
    if (isInt(v) || typeOf(v)->toIndex)
      return toIndex(v);
    return raise(&TypeErrorType,
                 "slice indices must be integers or None or have an __index__ method");
  };
  Value step;
  bool neg = false;
  if (isNone(s->step)) {
    step = Value::small(1);
  } else {
    step = evalIndex(s->step);
    if (!step)
      return false;
    if (isign(step) == 0) {
      raise(&ValueErrorType, "slice step cannot be zero");
      return false;
    }
    neg = isign(step) < 0;
  }
  Value lower, upper;
  if (neg) {
    lower = Value::small(-1);
    upper = intAdd(length, lower);
    if (!upper)
      return false;
  } else {
    lower = Value::small(0);
    upper = length;
  }
  auto resolve = [&](Value v, Value dflt, Value *out) -> bool {
    if (isNone(v)) {
      *out = dflt;
      return true;
    }
    Value x = evalIndex(v);
    if (!x)
      return false;
    if (isign(x) < 0) {
      x = intAdd(x, length);
      if (!x)
        return false;
      if (icmp(x, lower) < 0)
        x = lower;
    } else if (icmp(x, upper) > 0) {
      x = upper;
    }
    *out = x;
    return true;
  };
  if (!resolve(s->start, neg ? upper : lower, pstart))
    return false;
  if (!resolve(s->stop, neg ? lower : upper, pstop))
    return false;
  *pstep = step;
  return true;
}

// --- slice ---------------------------------------------------------------------

SliceObject *asSlice(Value v) { return v.as<SliceObject>(); }

Value sliceRepr(Value v) {
  SliceObject *s = asSlice(v);
  StrBuilder b;
  b.appendAscii("slice(");
  Value parts[3] = {s->start, s->stop, s->step};
  for (int i = 0; i < 3; i++) {
    if (i)
      b.appendAscii(", ");
    Value r = repr(parts[i]);
    if (!r)
      return Value();
    b.append(r.as<Str>());
  }
  b.append(')');
  return b.build();
}

Value sliceRichCompare(Value a, Value b, int op) {
  if (typeOf(a) != &SliceType || typeOf(b) != &SliceType)
    return NotImplemented();
  if (a == b && (op == 2 || op == 3))
    return boolValue(op == 2);
  SliceObject *x = asSlice(a), *y = asSlice(b);
  Tuple *t1 = tupleOf({x->start, x->stop, x->step});
  Tuple *t2 = tupleOf({y->start, y->stop, y->step});
  if (!t1 || !t2)
    return Value();
  return richCompare(Value::object(t1), Value::object(t2), op);
}

Value sliceNewSlot(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  if (!noKeywords("slice", kwnames) || !checkPositional("slice", nargs, 1, 3))
    return Value();
  if (nargs == 1)
    return sliceNew(None(), args[0], None());
  return sliceNew(args[0], args[1], nargs == 3 ? args[2] : None());
}

Value sliceIndicesMethod(Value self, Value len) {
  Value length = toIndex(len);
  if (!length)
    return Value();
  if (isign(length) < 0)
    return raise(&ValueErrorType, "length should not be negative");
  Value start, stop, step;
  if (!sliceLongIndices(asSlice(self), length, &start, &stop, &step))
    return Value();
  Tuple *t = tupleOf({start, stop, step});
  return t ? Value::object(t) : Value();
}

const MethodDef sliceMethods[] = {
    KILN_METH_O("indices", sliceIndicesMethod),
    {nullptr},
};

const MemberDef sliceMembers[] = {
    {"start", uint32_t(offsetof(SliceObject, start)), true},
    {"stop", uint32_t(offsetof(SliceObject, stop)), true},
    {"step", uint32_t(offsetof(SliceObject, step)), true},
    {nullptr, 0, false},
};

// --- range ---------------------------------------------------------------------

RangeObject *asRange(Value v) { return v.as<RangeObject>(); }

Value makeRange(Value start, Value stop, Value step) {
  Value len = computeRangeLength(start, stop, step);
  if (!len)
    return Value();
  RangeObject *r = newObject<RangeObject>(&RangeType);
  if (!r)
    return Value();
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->length = len;
  return Value::object(r);
}

Value rangeNewSlot(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  if (!noKeywords("range", kwnames) || !checkPositional("range", nargs, 1, 3))
    return Value();
  Value start = Value::small(0), stop, step = Value::small(1);
  if (nargs == 1) {
    stop = toIndex(args[0]);
    if (!stop)
      return Value();
  } else {
    start = toIndex(args[0]);
    if (!start)
      return Value();
    stop = toIndex(args[1]);
    if (!stop)
      return Value();
    if (nargs == 3) {
      step = toIndex(args[2]);
      if (!step)
        return Value();
      if (isign(step) == 0)
        return raise(&ValueErrorType, "range() arg 3 must not be zero");
    }
  }
  return makeRange(start, stop, step);
}

Value rangeRepr(Value v) {
  RangeObject *r = asRange(v);
  std::string s = "range(", t;
  if (!intToDecimal(r->start, t))
    return Value();
  s += t + ", ";
  if (!intToDecimal(r->stop, t))
    return Value();
  s += t;
  if (!(r->step.isSmall() && r->step.smallValue() == 1)) {
    if (!intToDecimal(r->step, t))
      return Value();
    s += ", " + t;
  }
  s += ")";
  return strFromAscii(s);
}

int64_t rangeLen(Value v) {
  int64_t n;
  if (!intToSsize(asRange(v)->length, &n))
    return -1;
  return n;
}

int rangeBool(Value v) { return isign(asRange(v)->length) != 0; }

/// start + i * step.
Value rangeItem(RangeObject *r, Value i) {
  int64_t a, s, k;
  if (fitsI64(r->start, &a) && fitsI64(r->step, &s) && fitsI64(i, &k)) {
    __int128 x = (__int128)a + (__int128)k * s;
    if (x >= INT64_MIN && x <= INT64_MAX)
      return intFromI64(int64_t(x));
  }
  Value m = intMul(i, r->step);
  if (!m)
    return Value();
  return intAdd(r->start, m);
}

Value rangeGetItem(Value v, Value key) {
  RangeObject *r = asRange(v);
  if (typeOf(key) == &SliceType) {
    Value start, stop, step;
    if (!sliceLongIndices(asSlice(key), r->length, &start, &stop, &step))
      return Value();
    Value substep = intMul(r->step, step);
    if (!substep)
      return Value();
    Value substart = rangeItem(r, start);
    if (!substart)
      return Value();
    Value substop = rangeItem(r, stop);
    if (!substop)
      return Value();
    return makeRange(substart, substop, substep);
  }
  if (isInt(key) || typeOf(key)->toIndex) {
    Value i = toIndex(key);
    if (!i)
      return Value();
    if (isign(i) < 0) {
      i = intAdd(i, r->length);
      if (!i)
        return Value();
    }
    if (isign(i) < 0 || icmp(i, r->length) >= 0)
      return raise(&IndexErrorType, "range object index out of range");
    return rangeItem(r, i);
  }
  return raise(&TypeErrorType, "range indices must be integers or slices, not %s",
               typeName(key));
}

/// Membership of an int: 1/0, -1 on error.
int rangeContainsInt(RangeObject *r, Value ob) {
  if (!ob.isSmall() && isBool(ob))
    ob = Value::small(ob == TrueValue);
  int64_t a, b, s, x;
  if (fitsI64(r->start, &a) && fitsI64(r->stop, &b) && fitsI64(r->step, &s) && fitsI64(ob, &x)) {
    if (s > 0) {
      if (!(a <= x && x < b))
        return 0;
    } else {
      if (!(b < x && x <= a))
        return 0;
    }
    __int128 d = (__int128)x - a;
    return d % s == 0;
  }
  if (isign(r->step) > 0) {
    if (!(icmp(r->start, ob) <= 0 && icmp(ob, r->stop) < 0))
      return 0;
  } else {
    if (!(icmp(r->stop, ob) < 0 && icmp(ob, r->start) <= 0))
      return 0;
  }
  Value d = intSub(ob, r->start);
  if (!d)
    return -1;
  Value m = intMod(d, r->step);
  if (!m)
    return -1;
  return isign(m) == 0;
}

bool isExactIntOrBool(Value v) { return isExactInt(v) || isBool(v); }

/// Linear search through iteration: counts or finds \p item.
int64_t iterSearch(Value seq, Value item, bool findIndex, bool *found) {
  Value it = getIter(seq);
  if (!it)
    return -1;
  int64_t n = 0;
  *found = false;
  for (;;) {
    Value x = iterNext(it);
    if (!x)
      return errOccurred() ? -1 : n;
    int eq = equal(x, item);
    if (eq < 0)
      return -1;
    if (eq) {
      if (findIndex) {
        *found = true;
        return n;
      }
      n++;
    } else if (findIndex) {
      n++;
    }
  }
}

int rangeContains(Value v, Value item) {
  RangeObject *r = asRange(v);
  if (isExactIntOrBool(item))
    return rangeContainsInt(r, item);
  bool found;
  int64_t n = iterSearch(v, item, true, &found);
  if (n < 0)
    return -1;
  return found;
}

Value rangeCount(Value v, Value item) {
  if (isExactIntOrBool(item)) {
    int r = rangeContainsInt(asRange(v), item);
    return r < 0 ? Value() : Value::small(r);
  }
  bool found;
  int64_t n = iterSearch(v, item, false, &found);
  return n < 0 ? Value() : intFromI64(n);
}

Value rangeIndex(Value v, Value item) {
  RangeObject *r = asRange(v);
  if (isExactIntOrBool(item)) {
    int c = rangeContainsInt(r, item);
    if (c < 0)
      return Value();
    if (c) {
      Value x = isBool(item) ? Value::small(item == TrueValue) : item;
      Value d = intSub(x, r->start);
      if (!d)
        return Value();
      return intFloorDiv(d, r->step);
    }
    Value rp = repr(item);
    if (!rp)
      return Value();
    return raise(&ValueErrorType, "%s is not in range", strToUtf8(rp).c_str());
  }
  bool found;
  int64_t n = iterSearch(v, item, true, &found);
  if (n < 0)
    return Value();
  if (!found)
    return raise(&ValueErrorType, "sequence.index(x): x not in sequence");
  return intFromI64(n);
}

Value rangeRichCompare(Value a, Value b, int op) {
  if (typeOf(a) != &RangeType || typeOf(b) != &RangeType || (op != 2 && op != 3))
    return NotImplemented();
  bool eq;
  if (a == b) {
    eq = true;
  } else {
    RangeObject *x = asRange(a), *y = asRange(b);
    if (icmp(x->length, y->length) != 0)
      eq = false;
    else if (isign(x->length) == 0)
      eq = true;
    else if (icmp(x->start, y->start) != 0)
      eq = false;
    else if (x->length.isSmall() && x->length.smallValue() == 1)
      eq = true;
    else
      eq = icmp(x->step, y->step) == 0;
  }
  return boolValue(op == 2 ? eq : !eq);
}

bool rangeHash(Value v, int64_t *out) {
  RangeObject *r = asRange(v);
  Tuple *t;
  if (isign(r->length) == 0)
    t = tupleOf({r->length, None(), None()});
  else if (r->length.isSmall() && r->length.smallValue() == 1)
    t = tupleOf({r->length, r->start, None()});
  else
    t = tupleOf({r->length, r->start, r->step});
  if (!t)
    return false;
  return tupleHash(Value::object(t), out);
}

// Range iterators: a fast one over int64 values and a general one.

struct RangeIter : Object {
  int64_t next;
  int64_t step;
  int64_t remaining;
};

struct LongRangeIter : Object {
  Value start, step, len; ///< len counts down
};

Value makeRangeIter(Value start, Value step, Value len) {
  int64_t a, s, n;
  if (fitsI64(start, &a) && fitsI64(step, &s) && fitsI64(len, &n)) {
    __int128 last = (__int128)a + (__int128)(n > 0 ? n - 1 : 0) * s;
    if (last >= INT64_MIN && last <= INT64_MAX) {
      RangeIter *it = newObject<RangeIter>(&RangeIterType);
      if (!it)
        return Value();
      it->next = a;
      it->step = s;
      it->remaining = n;
      return Value::object(it);
    }
  }
  LongRangeIter *it = newObject<LongRangeIter>(&LongRangeIterType);
  if (!it)
    return Value();
  it->start = start;
  it->step = step;
  it->len = len;
  return Value::object(it);
}

Value rangeIter(Value v) {
  RangeObject *r = asRange(v);
  return makeRangeIter(r->start, r->step, r->length);
}

Value rangeReversed(Value v) {
  RangeObject *r = asRange(v);
  if (isign(r->length) == 0)
    return makeRangeIter(r->start, r->step, r->length);
  Value lenm1 = intSub(r->length, Value::small(1));
  if (!lenm1)
    return Value();
  Value last = rangeItem(r, lenm1);
  if (!last)
    return Value();
  Value negStep = intNeg(r->step);
  if (!negStep)
    return Value();
  return makeRangeIter(last, negStep, r->length);
}

Value rangeIterNext(Value v) {
  RangeIter *it = v.as<RangeIter>();
  if (it->remaining <= 0)
    return Value();
  int64_t x = it->next;
  if (--it->remaining > 0)
    it->next = x + it->step;
  return intFromI64(x);
}

Value rangeIterLengthHint(Value v) { return intFromI64(v.as<RangeIter>()->remaining); }

Value longRangeIterNext(Value v) {
  LongRangeIter *it = v.as<LongRangeIter>();
  if (isign(it->len) <= 0)
    return Value();
  Value x = it->start;
  Value n = intSub(it->len, Value::small(1));
  if (!n)
    return Value();
  Value nx = intAdd(x, it->step);
  if (!nx)
    return Value();
  it->len = n;
  it->start = nx;
  return x;
}

Value longRangeIterLengthHint(Value v) { return v.as<LongRangeIter>()->len; }

const MethodDef rangeMethods[] = {
    KILN_METH_O("count", rangeCount),
    KILN_METH_O("index", rangeIndex),
    KILN_METH_NOARGS("__reversed__", rangeReversed),
    {nullptr},
};

const MemberDef rangeMembers[] = {
    {"start", uint32_t(offsetof(RangeObject, start)), true},
    {"stop", uint32_t(offsetof(RangeObject, stop)), true},
    {"step", uint32_t(offsetof(RangeObject, step)), true},
    {nullptr, 0, false},
};

const MethodDef rangeIterMethods[] = {
    KILN_METH_NOARGS("__length_hint__", rangeIterLengthHint),
    {nullptr},
};

const MethodDef longRangeIterMethods[] = {
    KILN_METH_NOARGS("__length_hint__", longRangeIterLengthHint),
    {nullptr},
};

// --- enumerate -------------------------------------------------------------------

struct EnumerateObject : Object {
  Value iter;
  Value index;
};

Value enumerateNewSlot(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[2] = {};
  if (!kwnames || kwnames->size == 0) {
    if (nargs == 0)
      return raise(&TypeErrorType, "enumerate() missing required argument 'iterable'");
    if (nargs > 2)
      return raise(&TypeErrorType, "enumerate() takes at most 2 arguments (%zu given)", nargs);
    a[0] = args[0];
    if (nargs == 2)
      a[1] = args[1];
  } else {
    if (!parseArgs({"enumerate", {"iterable", "start"}, 0}, args, nargs, kwnames, a))
      return Value();
    if (!a[0])
      return raise(&TypeErrorType, "enumerate() missing required argument 'iterable'");
  }
  Value start = Value::small(0);
  if (a[1]) {
    start = toIndex(a[1]);
    if (!start)
      return Value();
  }
  Value it = getIter(a[0]);
  if (!it)
    return Value();
  EnumerateObject *e = newObject<EnumerateObject>(type);
  if (!e)
    return Value();
  e->iter = it;
  e->index = start;
  return Value::object(e);
}

Value enumerateNext(Value v) {
  EnumerateObject *e = v.as<EnumerateObject>();
  Value item = iterNext(e->iter);
  if (!item)
    return Value();
  Value idx = e->index;
  Value nx = intAdd(idx, Value::small(1));
  if (!nx)
    return Value();
  e->index = nx;
  Tuple *t = tupleOf({idx, item});
  return t ? Value::object(t) : Value();
}

Value classGetItem(Value cls, Value item) { return genericAliasNew(cls, item); }

const MethodDef enumerateMethods[] = {
    {"__class_getitem__", reinterpret_cast<void *>(static_cast<OneArgFn>(classGetItem)),
     CallKind::OneArg, nullptr, MethodDef::Class},
    {nullptr},
};

// --- zip -----------------------------------------------------------------------

struct ZipObject : Object {
  Tuple *iters;
  bool strict;
};

Value zipNewSlot(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  bool strict = false;
  if (kwnames && kwnames->size) {
    if (kwnames->size > 1)
      return raise(&TypeErrorType, "zip() takes at most 1 keyword argument (%lld given)",
                   (long long)kwnames->size);
    Str *k = kwnames->items[0].as<Str>();
    if (!strEqualsAscii(k, "strict"))
      return raise(&TypeErrorType, "'%s' is an invalid keyword argument for zip()",
                   strToUtf8(k).c_str());
    int t = isTrue(args[nargs]);
    if (t < 0)
      return Value();
    strict = t;
  }
  Tuple *iters = tupleNew(int64_t(nargs));
  if (!iters)
    return Value();
  for (size_t i = 0; i < nargs; i++) {
    Value it = getIter(args[i]);
    if (!it)
      return Value();
    iters->items[i] = it;
  }
  ZipObject *z = newObject<ZipObject>(type);
  if (!z)
    return Value();
  z->iters = iters;
  z->strict = strict;
  return Value::object(z);
}

Value zipNext(Value v) {
  ZipObject *z = v.as<ZipObject>();
  int64_t n = z->iters->size;
  if (n == 0)
    return Value();
  Tuple *result = tupleNew(n);
  if (!result)
    return Value();
  for (int64_t i = 0; i < n; i++) {
    Value item = iterNext(z->iters->items[i]);
    if (item) {
      result->items[i] = item;
      continue;
    }
    if (!z->strict || errOccurred())
      return Value();
    if (i) {
      if (i == 1)
        return raise(&ValueErrorType, "zip() argument %lld is shorter than argument %lld",
                     (long long)i + 1, (long long)i);
      return raise(&ValueErrorType, "zip() argument %lld is shorter than arguments 1-%lld",
                   (long long)i + 1, (long long)i);
    }
    for (int64_t j = 1; j < n; j++) {
      Value x = iterNext(z->iters->items[j]);
      if (x) {
        if (j == 1)
          return raise(&ValueErrorType, "zip() argument %lld is longer than argument %lld",
                       (long long)j + 1, (long long)j);
        return raise(&ValueErrorType, "zip() argument %lld is longer than arguments 1-%lld",
                     (long long)j + 1, (long long)j);
      }
      if (errOccurred())
        return Value();
    }
    return Value();
  }
  return Value::object(result);
}

// --- map -----------------------------------------------------------------------

struct MapObject : Object {
  Value func;
  Tuple *iters;
};

Value mapNewSlot(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  if (type == &MapType && !noKeywords("map", kwnames))
    return Value();
  if (nargs < 2)
    return raise(&TypeErrorType, "map() must have at least two arguments.");
  Tuple *iters = tupleNew(int64_t(nargs - 1));
  if (!iters)
    return Value();
  for (size_t i = 1; i < nargs; i++) {
    Value it = getIter(args[i]);
    if (!it)
      return Value();
    iters->items[i - 1] = it;
  }
  MapObject *m = newObject<MapObject>(type);
  if (!m)
    return Value();
  m->func = args[0];
  m->iters = iters;
  return Value::object(m);
}

Value mapNext(Value v) {
  MapObject *m = v.as<MapObject>();
  int64_t n = m->iters->size;
  ValueBuffer<8> small;
  Value *items = n <= 8 ? small.data() : allocValues(size_t(n));
  if (!items)
    return Value();
  for (int64_t i = 0; i < n; i++) {
    items[i] = iterNext(m->iters->items[i]);
    if (!items[i])
      return Value();
  }
  return call(m->func, items, size_t(n));
}

// --- filter --------------------------------------------------------------------

struct FilterObject : Object {
  Value func;
  Value iter;
};

Value filterNewSlot(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  if (type == &FilterType && !noKeywords("filter", kwnames))
    return Value();
  if (!checkPositional("filter", nargs, 2, 2))
    return Value();
  Value it = getIter(args[1]);
  if (!it)
    return Value();
  FilterObject *f = newObject<FilterObject>(type);
  if (!f)
    return Value();
  f->func = args[0];
  f->iter = it;
  return Value::object(f);
}

Value filterNext(Value v) {
  FilterObject *f = v.as<FilterObject>();
  bool checkTrue = isNone(f->func) || f->func == Value::object(&BoolType);
  for (;;) {
    Value item = iterNext(f->iter);
    if (!item)
      return Value();
    int ok;
    if (checkTrue) {
      ok = isTrue(item);
    } else {
      Value good = call(f->func, &item, 1);
      if (!good)
        return Value();
      ok = isTrue(good);
    }
    if (ok > 0)
      return item;
    if (ok < 0)
      return Value();
  }
}

// --- reversed ------------------------------------------------------------------

struct ReversedObject : Object {
  Value seq; ///< null when exhausted
  int64_t index;
};

Value reversedNewSlot(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  if (type == &ReversedType && !noKeywords("reversed", kwnames))
    return Value();
  if (!checkPositional("reversed", nargs, 1, 1))
    return Value();
  Value seq = args[0];
  Value meth = lookupSpecial(seq, names.reversed);
  if (!meth && errOccurred())
    return Value();
  if (meth && isNone(meth))
    return raise(&TypeErrorType, "'%s' object is not reversible", typeName(seq));
  if (meth)
    return call(meth, nullptr, 0);
  if (!typeOf(seq)->getitem || isDict(seq))
    return raise(&TypeErrorType, "'%s' object is not reversible", typeName(seq));
  int64_t n = length(seq);
  if (n < 0)
    return Value();
  ReversedObject *r = newObject<ReversedObject>(type);
  if (!r)
    return Value();
  r->seq = seq;
  r->index = n - 1;
  return Value::object(r);
}

Value reversedNext(Value v) {
  ReversedObject *r = v.as<ReversedObject>();
  if (r->index >= 0 && r->seq) {
    Value item = getItem(r->seq, intFromI64(r->index));
    r->index--;
    if (item)
      return item;
    if (errMatches(&IndexErrorType) || errMatches(&StopIterationType))
      clearError();
    else
      return Value();
  }
  r->index = -1;
  r->seq = Value();
  return Value();
}

Value reversedLengthHint(Value v) {
  ReversedObject *r = v.as<ReversedObject>();
  if (!r->seq)
    return Value::small(0);
  int64_t n = length(r->seq);
  if (n < 0)
    return Value();
  return intFromI64(n < r->index + 1 ? 0 : r->index + 1);
}

const MethodDef reversedMethods[] = {
    KILN_METH_NOARGS("__length_hint__", reversedLengthHint),
    {nullptr},
};

// --- iter(callable, sentinel) --------------------------------------------------

struct CallIterObject : Object {
  Value callable; ///< null when exhausted
  Value sentinel;
};

Value callIterNext(Value v) {
  CallIterObject *c = v.as<CallIterObject>();
  if (!c->callable)
    return Value();
  Value result = call(c->callable, nullptr, 0);
  if (!result) {
    if (errMatches(&StopIterationType)) {
      clearError();
      c->callable = Value();
      c->sentinel = Value();
    }
    return Value();
  }
  int eq = richCompareBool(c->sentinel, result, 2);
  if (eq == 0)
    return result;
  if (eq > 0) {
    c->callable = Value();
    c->sentinel = Value();
  }
  return Value();
}

} // namespace

// --- Public API ----------------------------------------------------------------

Value sliceNew(Value start, Value stop, Value step) {
  SliceObject *s = newObject<SliceObject>(&SliceType);
  if (!s)
    return Value();
  s->start = start ? start : None();
  s->stop = stop ? stop : None();
  s->step = step ? step : None();
  return Value::object(s);
}

int64_t sliceIndices(Value slice, int64_t length, int64_t *start, int64_t *stop,
                     int64_t *step) {
  SliceObject *s = asSlice(slice);
  auto evalIndex = [](Value v, int64_t *out) -> bool {
    if (v.isSmall()) {
      *out = v.smallValue();
      return true;
    }
    if (!isInt(v) && !typeOf(v)->toIndex) {
      raise(&TypeErrorType, "slice indices must be integers or None or have an __index__ method");
      return false;
    }
    return indexToSsize(v, out, nullptr);
  };
  int64_t st, a, b;
  if (isNone(s->step)) {
    st = 1;
  } else {
    if (!evalIndex(s->step, &st))
      return -1;
    if (st == 0) {
      raise(&ValueErrorType, "slice step cannot be zero");
      return -1;
    }
    if (st < -INT64_MAX)
      st = -INT64_MAX;
  }
  if (isNone(s->start))
    a = st < 0 ? INT64_MAX : 0;
  else if (!evalIndex(s->start, &a))
    return -1;
  if (isNone(s->stop))
    b = st < 0 ? INT64_MIN : INT64_MAX;
  else if (!evalIndex(s->stop, &b))
    return -1;
  if (a < 0) {
    a += length;
    if (a < 0)
      a = st < 0 ? -1 : 0;
  } else if (a >= length) {
    a = st < 0 ? length - 1 : length;
  }
  if (b < 0) {
    b += length;
    if (b < 0)
      b = st < 0 ? -1 : 0;
  } else if (b >= length) {
    b = st < 0 ? length - 1 : length;
  }
  *start = a;
  *stop = b;
  *step = st;
  if (st < 0) {
    if (b < a)
      return (a - b - 1) / (-st) + 1;
  } else if (a < b) {
    return (b - a - 1) / st + 1;
  }
  return 0;
}

Value callIterNew(Value callable, Value sentinel) {
  CallIterObject *c = newObject<CallIterObject>(&CallIterType);
  if (!c)
    return Value();
  c->callable = callable;
  c->sentinel = sentinel;
  return Value::object(c);
}

void initSliceType() {
  typeInitBuiltin(&SliceType, "slice", &ObjectType, sizeof(SliceObject), 0);
  SliceType.repr = sliceRepr;
  SliceType.hash = hashNotImplemented;
  SliceType.richcompare = sliceRichCompare;
  SliceType.newFn = sliceNewSlot;
  typeReady(&SliceType, sliceMethods, nullptr, sliceMembers);
}

void initRangeType() {
  typeInitBuiltin(&RangeType, "range", &ObjectType, sizeof(RangeObject), 0);
  RangeType.flags |= TF_SEQUENCE;
  RangeType.repr = rangeRepr;
  RangeType.hash = rangeHash;
  RangeType.richcompare = rangeRichCompare;
  RangeType.len = rangeLen;
  RangeType.boolSlot = rangeBool;
  RangeType.getitem = rangeGetItem;
  RangeType.contains = rangeContains;
  RangeType.iter = rangeIter;
  RangeType.newFn = rangeNewSlot;
  typeReady(&RangeType, rangeMethods, nullptr, rangeMembers);

  typeInitBuiltin(&RangeIterType, "range_iterator", &ObjectType, sizeof(RangeIter), 0);
  RangeIterType.atomic = true;
  RangeIterType.iter = iterSelf;
  RangeIterType.next = rangeIterNext;
  typeReady(&RangeIterType, rangeIterMethods);

  typeInitBuiltin(&LongRangeIterType, "longrange_iterator", &ObjectType, sizeof(LongRangeIter),
                  0);
  LongRangeIterType.iter = iterSelf;
  LongRangeIterType.next = longRangeIterNext;
  typeReady(&LongRangeIterType, longRangeIterMethods);
}

void initIteratorTypes() {
  initSliceType();
  initRangeType();

  typeInitBuiltin(&EnumerateType, "enumerate", &ObjectType, sizeof(EnumerateObject));
  EnumerateType.iter = iterSelf;
  EnumerateType.next = enumerateNext;
  EnumerateType.newFn = enumerateNewSlot;
  typeReady(&EnumerateType, enumerateMethods);

  typeInitBuiltin(&ZipType, "zip", &ObjectType, sizeof(ZipObject));
  ZipType.iter = iterSelf;
  ZipType.next = zipNext;
  ZipType.newFn = zipNewSlot;
  typeReady(&ZipType);

  typeInitBuiltin(&MapType, "map", &ObjectType, sizeof(MapObject));
  MapType.iter = iterSelf;
  MapType.next = mapNext;
  MapType.newFn = mapNewSlot;
  typeReady(&MapType);

  typeInitBuiltin(&FilterType, "filter", &ObjectType, sizeof(FilterObject));
  FilterType.iter = iterSelf;
  FilterType.next = filterNext;
  FilterType.newFn = filterNewSlot;
  typeReady(&FilterType);

  typeInitBuiltin(&ReversedType, "reversed", &ObjectType, sizeof(ReversedObject));
  ReversedType.iter = iterSelf;
  ReversedType.next = reversedNext;
  ReversedType.newFn = reversedNewSlot;
  typeReady(&ReversedType, reversedMethods);

  typeInitBuiltin(&CallIterType, "callable_iterator", &ObjectType, sizeof(CallIterObject), 0);
  CallIterType.iter = iterSelf;
  CallIterType.next = callIterNext;
  typeReady(&CallIterType);
}

} // namespace kiln::rt
