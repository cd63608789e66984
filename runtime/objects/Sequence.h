//===- Sequence.h - Algorithms shared by list and tuple -------------------===//
#pragma once

#include "runtime/Object.h"

namespace kiln::rt {

/// Lexicographic rich comparison of two item arrays, as list and tuple
/// compare: the first unequal pair decides, else the lengths. Lists (not
/// tuples) answer == and != from different lengths without comparing
/// items, which is observable through __eq__.
Value sequenceCompare(const Value *x, int64_t nx, const Value *y, int64_t ny, int op,
                      bool lengthShortcut);
/// seq.count(item): -1 on error.
int64_t sequenceCount(const Value *items, int64_t n, Value item);
/// seq.index(item, start=0, stop=len) over args as the methods receive
/// them; \p missing is the ValueError message when absent.
Value sequenceIndex(const char *name, const Value *items, int64_t n, const Value *args,
                    size_t nargs, const char *missing);

} // namespace kiln::rt
