//===- Type.h - type objects: readying, lookup, class creation -----------===//
#pragma once

#include "runtime/Object.h"
#include "runtime/objects/Function.h"

namespace kiln::rt {

struct Dict;
struct Str;
struct Tuple;

/// A getter/setter pair exposed as a data descriptor (`function.__name__`).
struct GetSetDef {
  const char *name;
  Value (*get)(Value self);
  int (*set)(Value self, Value value); ///< null: read-only; value null deletes
};

/// A field of an instance exposed as a descriptor (`slice.start`,
/// `__slots__` entries).
struct MemberDef {
  const char *name;
  uint32_t offset;
  bool readonly;
};

struct GetSetDescr : Object {
  const GetSetDef *def;
  Type *owner;
};

struct MemberDescr : Object {
  Str *name;
  Type *owner;
  uint32_t offset;
  bool readonly;
};

/// Fills in a static built-in type's header fields; slots are set by the
/// caller before typeReady.
void typeInitBuiltin(Type *type, const char *name, Type *base, uint32_t instanceSize,
                     uint32_t flags = TF_BASETYPE);
/// Computes the MRO, inherits slots, builds the dict (slot wrappers,
/// methods, getsets, members). Built-in types call it once at startup.
void typeReady(Type *type, const MethodDef *methods = nullptr,
               const GetSetDef *getsets = nullptr, const MemberDef *members = nullptr);
void addGetSets(Type *type, const GetSetDef *defs);
void addMembers(Type *type, const MemberDef *defs);
/// type(name, bases, dict) with metaclass \p meta: creates a class.
Value typeNew(Type *meta, Value name, Value bases, Value dict, Tuple *kwnames,
              const Value *kwvalues);
/// Recomputes the slots of a heap type (and its subclasses) after its
/// dunder attribute \p name changed.
void typeUpdateSlot(Type *type, Str *name);
/// The metaclass for class creation from \p meta and \p bases, or null
/// with TypeError on a metaclass conflict.
Type *calculateMetaclass(Type *meta, Tuple *bases);
/// __build_class__(func, name, *bases, metaclass=..., **kwds).
Value buildClass(Value self, const Value *args, size_t nargs, Tuple *kwnames);

/// Slot functions of heap types that dispatch to dunder methods, and the
/// wrapper descriptors that expose built-in slots as dunders
/// (TypeSlots.cpp).
void addSlotWrappers(Type *type);
void fixupHeapSlots(Type *type);
/// The allocator of a class that defines __new__ (calls it).
Value slotNew(Type *type, const Value *args, size_t nargs, Tuple *kwnames);
/// type(...) of a class, given room for self before the arguments:
/// \p args[-1] may be overwritten. A class whose instances come from
/// object.__new__ and whose __init__ is a Python function gets its
/// instance and __init__ call here directly (self in that room, no
/// argument copy); any other class is called as usual. Positional
/// arguments only.
Value typeCallWithRoom(Type *type, Value *args, size_t nargs);
/// Calls the special method \p name found on type(self) with self first;
/// *found says whether it existed (if not, returns null without error).
Value callSpecial(Value self, Str *name, const Value *args, size_t nargs, bool *found);

/// The object type's slots, used as defaults.
Value objectRepr(Value self);
Value objectStr(Value self);
bool objectHash(Value self, int64_t *out);
Value objectRichCompare(Value a, Value b, int op);
Value objectNew(Type *type, const Value *args, size_t nargs, Tuple *kwnames);
int objectInit(Value self, const Value *args, size_t nargs, Tuple *kwnames);
bool hashNotImplemented(Value self, int64_t *out);
/// Whether instances laid out for \p oldTo can become \p newTo's (CPython's
/// compatible_for_assignment, for `__class__` and `__bases__` assignment);
/// false with TypeError naming \p attr otherwise.
bool compatibleForAssignment(Type *oldTo, Type *newTo, const char *attr);

void initTypeType();
void initObjectType();
void initDescriptorTypes();

} // namespace kiln::rt
