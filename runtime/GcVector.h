//===- GcVector.h - std::vector whose buffer the collector scans ----------===//
///
/// A std::vector<Value> with the default allocator keeps its items in
/// malloc memory, invisible to the collector (DESIGN.md §4). Temporary
/// C++ containers of Values, Types or objects use this alias instead.
///
//===----------------------------------------------------------------------===//
#pragma once

#include <gc/gc_allocator.h>

#include <vector>

namespace kiln::rt {

template <class T> using GcVector = std::vector<T, gc_allocator<T>>;

} // namespace kiln::rt
