//===- Gc.cpp - The Boehm collector and GMP's allocations ----------------===//
#include "runtime/Gc.h"
#include "runtime/Errors.h"

#define GC_THREADS
#include <gc/gc.h>
#include <gc/gc_inline.h>
#include <gc/gc_mark.h>
#include <gmp.h>

#include <atomic>
#include <cstdlib>
#include <unistd.h>
#include <cstring>

namespace kiln::rt {

namespace {

// GMP serves two owners: the runtime's big ints, whose limbs must be GC
// memory reachable from their objects, and the front end's constants
// (mpz_class inside malloc'd code objects, which the collector does not
// scan). The front end runs on threads unknown to the collector, so those
// allocations use malloc; frees and reallocs tell the two apart by
// GC_base.
void *gmpAlloc(size_t n) {
  void *p = GC_thread_is_registered() ? GC_MALLOC_ATOMIC(n) : malloc(n);
  if (!p)
    fatalOutOfMemory();
  return p;
}
void *gmpRealloc(void *p, size_t, size_t n) {
  void *q = GC_base(p) ? GC_REALLOC(p, n) : realloc(p, n);
  if (!q)
    fatalOutOfMemory();
  return q;
}
void gmpFree(void *p, size_t) {
  if (!GC_base(p))
    free(p);
}

void quietWarning(char *, GC_word) {}
void GC_CALLBACK newGcEpoch();

} // namespace

void gcInit() {
  // No collection at start-up: the heap is empty anyway, and marking the
  // roots (all static data, much of it in a static executable) is a
  // measurable part of a short program's run.
  GC_set_dont_precollect(1);
  GC_INIT();
  GC_allow_register_threads();
  GC_set_warn_proc(quietWarning);
  GC_set_start_callback(newGcEpoch);
  // Boehm starts with a heap of a few hundred KiB and collects each time it
  // fills: a call-heavy program then spends most of its time in stop-the-
  // world collections (measured: 1,500 collections for fib(30)). A larger
  // first heap keeps collections rare; GC_INITIAL_HEAP_SIZE still overrides.
  if (!getenv("GC_INITIAL_HEAP_SIZE"))
    GC_expand_hp(24u << 20);
  mp_set_memory_functions(gmpAlloc, gmpRealloc, gmpFree);
}

void gcRegisterThread() {
  GC_stack_base sb;
  GC_get_stack_base(&sb);
  GC_register_my_thread(&sb);
}

void gcUnregisterThread() { GC_unregister_my_thread(); }

bool checkAllocSizeSlow(size_t n, size_t itemSize) {
  // A request beyond the machine's physical memory cannot be served (Linux
  // refuses it, CPython then raises MemoryError); refusing it here keeps
  // C++ containers from throwing std::bad_alloc.
  static const size_t limit = [] {
    long pages = sysconf(_SC_PHYS_PAGES), pageSize = sysconf(_SC_PAGESIZE);
    size_t phys = pages > 0 && pageSize > 0 ? size_t(pages) * size_t(pageSize) : size_t(1) << 40;
    return phys < (size_t(1) << 46) ? phys : size_t(1) << 46;
  }();
  if (itemSize && n > limit / itemSize) {
    raiseMemoryError();
    return false;
  }
  return true;
}

void *gcAlloc(size_t bytes) {
  void *p = GC_MALLOC(bytes ? bytes : 1);
  if (!p)
    raiseMemoryError();
  return p;
}

namespace {

/// Small pointer-free blocks (str data, big-int limbs) come from per-size
/// lists too, refilled by GC_generic_malloc_many. Their link words are not
/// scanned (the objects hold no pointers), so the collector would take
/// back what a list still holds: every collection therefore starts a new
/// epoch (start callback), and a list from an older epoch is dropped
/// unused (the collection reclaimed it).
constexpr size_t kAtomicGranule = 16;
constexpr size_t kAtomicClasses = 16; // up to 256 bytes
thread_local void *atomicFree[kAtomicClasses + 1];
thread_local uint64_t atomicEpoch[kAtomicClasses + 1];
std::atomic<uint64_t> gcEpoch{1};

void GC_CALLBACK newGcEpoch() { gcEpoch.fetch_add(1, std::memory_order_relaxed); }

} // namespace

void *gcAllocAtomic(size_t bytes) {
  size_t cls = (bytes + kAtomicGranule - 1) / kAtomicGranule;
  if (cls - 1 < kAtomicClasses) { // 1 .. kAtomicClasses
    void *p = atomicFree[cls];
    uint64_t epoch = gcEpoch.load(std::memory_order_relaxed);
    if (!p || atomicEpoch[cls] != epoch) {
      GC_generic_malloc_many(cls * kAtomicGranule, GC_I_PTRFREE, &p);
      if (!p) {
        raiseMemoryError();
        return nullptr;
      }
      // A collection during the refill began a new epoch before the list
      // was made: the list belongs to the epoch after the call.
      atomicEpoch[cls] = gcEpoch.load(std::memory_order_relaxed);
    }
    void *next = GC_NEXT(p);
    atomicFree[cls] = next;
    __builtin_prefetch(next, 1); // swept memory is cold (see allocSmall)
    return p;
  }
  void *p = GC_MALLOC_ATOMIC(bytes ? bytes : 1);
  if (!p)
    raiseMemoryError();
  return p;
}

void *gcAllocRoot(size_t bytes) {
  void *p = GC_MALLOC_UNCOLLECTABLE(bytes ? bytes : 1);
  if (!p)
    raiseMemoryError();
  return p;
}

void *gcRealloc(void *p, size_t bytes) {
  void *q = GC_REALLOC(p, bytes ? bytes : 1);
  if (!q)
    raiseMemoryError();
  return q;
}

namespace {

/// Small objects (floats, ints, bound methods, small tuples...) come from
/// per-size free lists refilled in batches by GC_malloc_many: one trip into
/// the collector's allocator (and its thread-local lookup) per batch rather
/// than per object. The lists are thread-local, so a front-end thread never
/// shares them; objects waiting on a list are reachable through it.
constexpr size_t kGranule = 16;
constexpr size_t kSmallClasses = 16; // up to 256 bytes: an instance with its dict fits
thread_local void *smallFree[kSmallClasses + 1];

inline Object *allocSmall(size_t size) {
  size_t cls = (size + kGranule - 1) / kGranule;
  void *p = smallFree[cls];
  if (!p) {
    p = GC_malloc_many(cls * kGranule);
    if (!p)
      return nullptr;
  }
  void *next = GC_NEXT(p);
  smallFree[cls] = next;
  // Free memory is cold (swept, not recently used): fetch the next
  // object's line now so the next allocation of this size does not wait.
  __builtin_prefetch(next, 1);
  // The collector hands out NORMAL-kind objects cleared; only the link
  // word is set.
  GC_NEXT(p) = nullptr;
#ifdef KILN_CHECK_SMALL_ALLOC
  for (size_t i = 0; i < cls * kGranule / sizeof(void *); i++)
    if (static_cast<void **>(p)[i])
      abort();
#endif
  return static_cast<Object *>(p);
}

} // namespace

Object *allocObject(Type *type, size_t extra, size_t minSize) {
  size_t fixed = type->instanceSize > minSize ? type->instanceSize : minSize;
  size_t size = fixed + extra;
  Object *o;
  if (size <= kSmallClasses * kGranule) {
    o = allocSmall(size);
  } else if (type->atomic) {
    o = static_cast<Object *>(GC_MALLOC_ATOMIC(size));
    if (o)
      memset(o, 0, size);
  } else {
    o = static_cast<Object *>(GC_MALLOC(size));
  }
  if (!o) {
    raiseMemoryError();
    return nullptr;
  }
  o->type = type;
  return o;
}

Value *allocValues(size_t n) {
  if (!checkAllocSize(n, sizeof(Value)))
    return nullptr;
  return static_cast<Value *>(gcAlloc(n * sizeof(Value)));
}

} // namespace kiln::rt
