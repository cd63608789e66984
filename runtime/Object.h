//===- Object.h - Objects, types and their slots -------------------------===//
///
/// Every heap value starts with an Object header: one pointer to its type.
/// There are no reference counts (DESIGN.md §4): objects live in memory of
/// the Boehm collector, which finds them by scanning.
///
/// A Type holds "slots" — C++ function pointers for the operations the
/// runtime performs on instances (repr, hash, getattr, call, the number
/// operators, ...), like CPython's tp_* and nb_* slots. Built-in types fill
/// them in C++. A class statement makes a heap type whose slots dispatch to
/// its dunder methods (objects/TypeSlots.cpp); `int.__add__` and friends are
/// wrapper descriptors over the slots, so both directions meet: a Python
/// subclass that does not override __add__ inherits int's slot, one that
/// does gets a slot calling its method. The list of slot <-> dunder pairs
/// is Slots.def.
///
/// Conventions (DESIGN.md §6): a function returning Value returns null on
/// error with the exception set in the thread state; one returning int
/// returns -1 on error (0/1 otherwise); one returning bool returns false on
/// error. No C++ exception leaves the runtime.
///
//===----------------------------------------------------------------------===//
#pragma once

#include "runtime/Value.h"

#include <cstddef>
#include <cstdint>

namespace kiln::rt {

struct Str;
struct Tuple;
struct Dict;

/// Positional arguments followed by keyword argument values; \p kwnames
/// (null when there are none) names the last kwnames->size entries, which
/// are not counted in \p nargs. The layout of the CALL opcode's operands.
using CallFn = Value (*)(Value callable, const Value *args, size_t nargs, Tuple *kwnames);
using UnaryFn = Value (*)(Value);
using BinaryFn = Value (*)(Value, Value);
using TernaryFn = Value (*)(Value, Value, Value);
using InquiryFn = int (*)(Value);            ///< -1 error, else 0/1
using LenFn = int64_t (*)(Value);            ///< -1 error
using HashFn = bool (*)(Value, int64_t *);   ///< false on error
using RichCmpFn = Value (*)(Value, Value, int op); ///< op: CompareOp
using GetAttrFn = Value (*)(Value obj, Str *name);
/// \p value null deletes.
using SetAttrFn = int (*)(Value obj, Str *name, Value value);
/// \p value null deletes.
using SetItemFn = int (*)(Value obj, Value key, Value value);
using ContainsFn = int (*)(Value container, Value item);
/// \p obj null for access through the class.
using DescrGetFn = Value (*)(Value descr, Value obj, Value type);
/// \p value null deletes.
using DescrSetFn = int (*)(Value descr, Value obj, Value value);
using NewFn = Value (*)(Type *type, const Value *args, size_t nargs, Tuple *kwnames);
using InitFn = int (*)(Value self, const Value *args, size_t nargs, Tuple *kwnames);
/// Next item, or null: with an exception set an error, without one the end.
using IterNextFn = Value (*)(Value);

struct Object {
  Type *type;
};

/// Type flags.
enum TypeFlags : uint32_t {
  TF_HEAPTYPE = 1u << 0,     ///< made by a class statement or type()
  TF_BASETYPE = 1u << 1,     ///< may be subclassed
  TF_READY = 1u << 2,        ///< MRO and inherited slots computed
  TF_ABSTRACT = 1u << 3,
  TF_IMMUTABLE = 1u << 4,    ///< attributes cannot be set (built-in types)
  // Fast subclass tests, inherited by subclasses (like Py_TPFLAGS_*_SUBCLASS).
  TF_INT_SUBCLASS = 1u << 8,
  TF_STR_SUBCLASS = 1u << 9,
  TF_TUPLE_SUBCLASS = 1u << 10,
  TF_LIST_SUBCLASS = 1u << 11,
  TF_DICT_SUBCLASS = 1u << 12,
  TF_TYPE_SUBCLASS = 1u << 13,
  TF_EXC_SUBCLASS = 1u << 14,
  TF_BYTES_SUBCLASS = 1u << 15,
  TF_FLOAT_SUBCLASS = 1u << 16,
  TF_SUBCLASS_MASK = 0x1ff00u,
  TF_SEQUENCE = 1u << 20,    ///< matches sequence patterns (collections.abc.Sequence)
  TF_MAPPING = 1u << 21,     ///< matches mapping patterns
  TF_HAS_GETATTR_HOOK = 1u << 22, ///< a heap type with __getattr__ somewhere in its MRO
  /// A built-in type whose `+` is sequence concatenation (CPython's
  /// sq_concat): its add slot is exposed as __add__ only, without __radd__.
  TF_CONCAT = 1u << 23,
};

/// The number operators with a binary slot, in BINARY_OP's NB_* order
/// (frontend/bytecode/Opcodes.h): add, and, floor_divide, lshift,
/// matrix_multiply, multiply, remainder, or, power, rshift, subtract,
/// true_divide, xor.
constexpr int kNumBinaryOps = 13;

struct Type : Object {
  const char *cname = nullptr; ///< built-in types: the static name
  const struct MemberDef *structFields = nullptr; ///< struct sequences: item names
  /// Key of this type's entries in the attribute-lookup cache; 0 when it
  /// has none. Reset (with its subclasses') whenever its dict changes.
  uint32_t versionTag = 0;
  uint8_t excLayout = 0; ///< exception types: cached field layout + 1 (Exception.cpp)
  Str *name = nullptr;         ///< __name__
  Str *qualname = nullptr;     ///< __qualname__
  Type *base = nullptr;        ///< __base__ (the "solid" base)
  Tuple *bases = nullptr;      ///< __bases__
  Tuple *mro = nullptr;        ///< __mro__
  Dict *dict = nullptr;        ///< __dict__ (the class namespace)
  Object *subclasses = nullptr; ///< list of direct subclasses (for slot updates)
  uint32_t flags = 0;
  uint32_t instanceSize = sizeof(Object); ///< bytes of an instance, fixed part
  uint32_t itemSize = 0;       ///< bytes per item for variable-size instances
  int32_t dictOffset = 0;      ///< offset of the instance's Dict*, 0 when none
  bool atomic = false;         ///< instances hold no pointers (but the type)
  Value doc;                   ///< __doc__ of built-in types
  Value slotNames;             ///< __slots__ tuple of a heap type, or null

  // Object protocol.
  UnaryFn repr = nullptr;
  UnaryFn str = nullptr;
  HashFn hash = nullptr;
  RichCmpFn richcompare = nullptr;
  GetAttrFn getattr = nullptr;
  SetAttrFn setattr = nullptr;
  CallFn call = nullptr;
  UnaryFn iter = nullptr;
  IterNextFn next = nullptr;
  DescrGetFn descrGet = nullptr;
  DescrSetFn descrSet = nullptr;
  NewFn newFn = nullptr;
  InitFn init = nullptr;

  // Number protocol.
  BinaryFn binary[kNumBinaryOps] = {};
  BinaryFn inplace[kNumBinaryOps] = {};
  TernaryFn power3 = nullptr; ///< pow(a, b, mod)
  UnaryFn negative = nullptr, positive = nullptr, invert = nullptr, absolute = nullptr;
  InquiryFn boolSlot = nullptr;
  UnaryFn toInt = nullptr, toFloat = nullptr, toIndex = nullptr, toComplex = nullptr;

  // Sequence / mapping protocol.
  LenFn len = nullptr;
  BinaryFn getitem = nullptr;
  SetItemFn setitem = nullptr;
  ContainsFn contains = nullptr;
};

/// C names: generated code tests for floats, lists, tuples, list
/// iterators and functions inline (codegen/RuntimeDecls).
extern Type FloatType __asm__("kiln_float_type");
extern Type ListType __asm__("kiln_list_type");
extern Type TupleType __asm__("kiln_tuple_type");
extern Type ListIterType __asm__("kiln_listiter_type");
/// Generated code calls Python functions inline (codegen/LowerCalls.cpp).
extern Type FunctionType __asm__("kiln_function_type");

inline Type *typeOf(Value v);

/// The static built-in types every file may name.
extern Type TypeType, ObjectType, NoneType, NotImplementedType, EllipsisType, BoolType,
    IntType, ComplexType, StrType, BytesType, ByteArrayType, MemoryViewType,
    DictType, SetType, FrozenSetType, RangeType, SliceType,
    MethodType, BuiltinFunctionType, MethodDescrType, ClassMethodDescrType,
    WrapperDescrType, MethodWrapperType, MemberDescrType, GetSetDescrType, PropertyType,
    StaticMethodType, ClassMethodType, SuperType, CellType, CodeType, FrameType,
    TracebackType, GeneratorType, ModuleType, BaseExceptionType, DictKeysType,
    DictValuesType, DictItemsType, MappingProxyType;

inline Type *typeOf(Value v) { return v.isSmall() ? &IntType : v.obj()->type; }

/// The static singletons. Their symbols have C names so that generated code
/// can use their addresses as link-time constants (codegen/RuntimeDecls).
extern Object NoneObject __asm__("kiln_none_object");
extern Object NotImplementedObject __asm__("kiln_notimplemented_object");
extern Object EllipsisObject __asm__("kiln_ellipsis_object");
struct BoolObject;
extern Value TrueValue, FalseValue;
inline Value None() { return Value::object(&NoneObject); }
inline Value NotImplemented() { return Value::object(&NotImplementedObject); }
inline Value Ellipsis() { return Value::object(&EllipsisObject); }
inline Value boolValue(bool b) { return b ? TrueValue : FalseValue; }
/// `x op y` for COMPARE_OP's op 0..5 (< <= == != > >=) on two C++ numbers
/// of one kind (IEEE comparisons are Python's for floats, NaN included).
template <class T> inline bool compareNumbers(int op, T x, T y) {
  switch (op) {
  case 0: return x < y;
  case 1: return x <= y;
  case 2: return x == y;
  case 3: return x != y;
  case 4: return x > y;
  default: return x >= y;
  }
}
inline bool isNone(Value v) { return v == None(); }

/// True when \p t is \p base or a subclass of it (walks the MRO).
bool isSubtype(const Type *t, const Type *base);
inline bool isInstance(Value v, const Type *t) {
  Type *vt = typeOf(v);
  return vt == t || isSubtype(vt, t);
}

inline bool isInt(Value v) { return v.isSmall() || (v.obj()->type->flags & TF_INT_SUBCLASS); }
inline bool isExactInt(Value v) { return v.isSmall() || v.obj()->type == &IntType; }
inline bool isStr(Value v) { return !v.isSmall() && (v.obj()->type->flags & TF_STR_SUBCLASS); }
inline bool isExactStr(Value v) { return !v.isSmall() && v.obj()->type == &StrType; }
inline bool isFloat(Value v) { return !v.isSmall() && (v.obj()->type->flags & TF_FLOAT_SUBCLASS); }
inline bool isExactFloat(Value v) { return !v.isSmall() && v.obj()->type == &FloatType; }
inline bool isTuple(Value v) { return !v.isSmall() && (v.obj()->type->flags & TF_TUPLE_SUBCLASS); }
inline bool isExactTuple(Value v) { return !v.isSmall() && v.obj()->type == &TupleType; }
inline bool isList(Value v) { return !v.isSmall() && (v.obj()->type->flags & TF_LIST_SUBCLASS); }
inline bool isExactList(Value v) { return !v.isSmall() && v.obj()->type == &ListType; }
inline bool isDict(Value v) { return !v.isSmall() && (v.obj()->type->flags & TF_DICT_SUBCLASS); }
inline bool isExactDict(Value v) { return !v.isSmall() && v.obj()->type == &DictType; }
inline bool isType(Value v) { return !v.isSmall() && (v.obj()->type->flags & TF_TYPE_SUBCLASS); }
inline bool isBytes(Value v) { return !v.isSmall() && (v.obj()->type->flags & TF_BYTES_SUBCLASS); }
inline bool isException(Value v) { return !v.isSmall() && (v.obj()->type->flags & TF_EXC_SUBCLASS); }
inline bool isExceptionClass(Value v) {
  return isType(v) && (v.as<Type>()->flags & TF_EXC_SUBCLASS);
}
inline bool isBool(Value v) { return v == TrueValue || v == FalseValue; }

/// The name of \p v's type as error messages print it ('int', 'A').
const char *typeName(Value v);
const char *typeName(const Type *t);

} // namespace kiln::rt
