//===- Slice.h - slice objects and range ---------------------------------===//
#pragma once

#include "runtime/Object.h"

namespace kiln::rt {

struct SliceObject : Object {
  Value start, stop, step; ///< None when omitted
};

Value sliceNew(Value start, Value stop, Value step);
/// Resolves a slice against a sequence of \p length (slice.indices with
/// clamping); returns the number of items selected, or -1 on error.
int64_t sliceIndices(Value slice, int64_t length, int64_t *start, int64_t *stop, int64_t *step);

/// range objects hold arbitrary ints; these fast fields cover ranges whose
/// bounds fit in int64 (all others use the Values).
struct RangeObject : Object {
  Value start, stop, step, length;
};

void initSliceType();
void initRangeType();

} // namespace kiln::rt
