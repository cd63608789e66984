//===- GenericAlias.h - types.GenericAlias and types.UnionType ------------===//
#pragma once

#include "runtime/Object.h"

namespace kiln::rt {

extern Type GenericAliasType, UnionTypeType;

/// `origin[args]` for the built-in generics (list[int], dict[str, int]...):
/// the shared __class_getitem__ of list, dict, tuple, set, frozenset, type...
Value genericAliasNew(Value origin, Value args);
/// __class_getitem__ as a method (cls, item) for built-in types' tables.
Value builtinClassGetItem(Value cls, Value item);
/// `a | b` for types, None, aliases and unions (type.__or__/__ror__);
/// NotImplemented when an operand cannot be part of a union.
Value unionOr(Value a, Value b);

void initGenericAliasTypes();

} // namespace kiln::rt
