//===- StructSeq.h - Named tuples of the runtime (sys.float_info, ...) ---===//
//
// CPython's "struct sequences": tuple subclasses whose items are also named
// attributes, with a repr `module.name(field=value, ...)`.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "runtime/objects/Tuple.h"

#include <initializer_list>

namespace kiln::rt {

/// A new struct-sequence type. \p qualName is "module.name" (its repr
/// prefix); \p fields name the items, in order (null-terminated list).
Type *structSeqType(const char *qualName, const char *const *fields);
/// An instance of \p type with the given items (one per field).
Value structSeqNew(Type *type, std::initializer_list<Value> items);

} // namespace kiln::rt
