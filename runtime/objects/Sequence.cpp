//===- Sequence.cpp - Algorithms shared by list and tuple -----------------===//
#include "runtime/objects/Sequence.h"
#include "runtime/Abstract.h"
#include "runtime/Args.h"
#include "runtime/Errors.h"
#include "runtime/objects/Int.h"

namespace kiln::rt {

Value sequenceCompare(const Value *x, int64_t nx, const Value *y, int64_t ny, int op,
                      bool lengthShortcut) {
  if (lengthShortcut && (op == 2 || op == 3) && nx != ny)
    return boolValue(op == 3);
  int64_t i = 0;
  for (; i < nx && i < ny; i++) {
    int eq = equal(x[i], y[i]);
    if (eq < 0)
      return Value();
    if (!eq)
      break;
  }
  if (i >= nx || i >= ny) {
    int64_t c = nx - ny;
    switch (op) {
    case 0: return boolValue(c < 0);
    case 1: return boolValue(c <= 0);
    case 2: return boolValue(c == 0);
    case 3: return boolValue(c != 0);
    case 4: return boolValue(c > 0);
    default: return boolValue(c >= 0);
    }
  }
  if (op == 2)
    return FalseValue;
  if (op == 3)
    return TrueValue;
  return richCompare(x[i], y[i], op);
}

int64_t sequenceCount(const Value *items, int64_t n, Value item) {
  int64_t count = 0;
  for (int64_t i = 0; i < n; i++) {
    int eq = equal(items[i], item);
    if (eq < 0)
      return -1;
    count += eq;
  }
  return count;
}

Value sequenceIndex(const char *name, const Value *items, int64_t n, const Value *args,
                    size_t nargs, const char *missing) {
  if (!checkPositional(name, nargs, 1, 3))
    return Value();
  int64_t start = 0, stop = INT64_MAX;
  if (nargs > 1 && !indexToSsize(args[1], &start, nullptr))
    return Value();
  if (nargs > 2 && !indexToSsize(args[2], &stop, nullptr))
    return Value();
  if (start < 0)
    start = start + n < 0 ? 0 : start + n;
  if (stop < 0)
    stop += n;
  for (int64_t i = start; i < stop && i < n; i++) {
    int eq = equal(items[i], args[0]);
    if (eq < 0)
      return Value();
    if (eq)
      return intFromI64(i);
  }
  return missing ? raise(&ValueErrorType, "%s", missing) : Value();
}

} // namespace kiln::rt
