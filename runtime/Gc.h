//===- Gc.h - Allocation in the Boehm collector's heap --------------------===//
///
/// All objects and every array that holds Values live in memory of the
/// Boehm-Demers-Weiser collector (DESIGN.md §4). Memory that holds no
/// pointers (string and bytes data, float payloads, index tables) is
/// allocated "atomic" so the collector does not scan it. GMP's limbs are
/// routed here too (Gc.cpp), so a big int lives as long as its object.
///
/// Allocation failure returns null after raising MemoryError.
///
//===----------------------------------------------------------------------===//
#pragma once

#include "runtime/Object.h"

#include <cstddef>
#include <new>

namespace kiln::rt {

/// Starts the collector; once per process, before any allocation.
void gcInit();
/// Registers the calling thread with the collector (threads other than the
/// one that called gcInit must do so before touching GC memory).
void gcRegisterThread();
void gcUnregisterThread();

/// Scanned memory, zeroed. Null (MemoryError raised) on failure.
void *gcAlloc(size_t bytes);
/// Unscanned memory (no pointers inside), not zeroed.
void *gcAllocAtomic(size_t bytes);
/// Memory that is scanned but never collected (roots for static tables).
void *gcAllocRoot(size_t bytes);
void *gcRealloc(void *p, size_t bytes);

/// A new object of \p type with \p extra bytes after the fixed part.
/// Instances of static built-in types marked atomic are allocated atomic
/// (their header points only to static memory).
/// \p minSize is the C++ layout's size: built-in types may allocate before
/// their Type is initialized at start-up.
Object *allocObject(Type *type, size_t extra = 0, size_t minSize = 0);

template <class T> T *newObject(Type *type, size_t extra = 0) {
  return static_cast<T *>(allocObject(type, extra, sizeof(T)));
}

/// A GC array of \p n Values, zeroed (null).
Value *allocValues(size_t n);

/// True when size computations of n items of \p itemSize bytes stay sane
/// (below the collector's largest allocation); raises MemoryError if not.
bool checkAllocSizeSlow(size_t n, size_t itemSize);
inline bool checkAllocSize(size_t n, size_t itemSize) {
  // Requests under 4 GiB go straight to the collector (which fails them
  // with MemoryError if it must); only larger ones are checked.
  if (n <= (size_t(1) << 26) && itemSize <= 64)
    return true;
  return checkAllocSizeSlow(n, itemSize);
}

} // namespace kiln::rt
