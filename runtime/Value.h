//===- Value.h - The one-word representation of every Python value --------===//
///
/// A Value is one 64-bit word (DESIGN.md §4):
///
///   ...payload (63 bits)...1   a small int; the payload is the value
///   ...pointer.........000     a pointer to an Object (8-byte aligned)
///   0                          null: "no value" — an error return (the
///                              exception is in the thread state), an
///                              unbound local, an empty cell, a NULL on the
///                              value stack
///
/// Small ints cover [-2^62, 2^62); arithmetic that leaves that range
/// promotes to a big int (objects/Int.h). None, True, False,
/// NotImplemented and Ellipsis are static objects, so `is` on them is a
/// word compare. Floats are boxed.
///
/// Value is a trivially copyable struct of one uint64_t, so the C ABI
/// passes and returns it in one integer register, exactly like the i64 the
/// generated code uses for it.
///
//===----------------------------------------------------------------------===//
#pragma once

#include <cstddef>
#include <cstdint>

namespace kiln::rt {

struct Object;
struct Type;

class Value {
public:
  constexpr Value() : bits_(0) {}

  static constexpr int64_t kMaxSmall = (int64_t(1) << 62) - 1;
  static constexpr int64_t kMinSmall = -(int64_t(1) << 62);

  static constexpr bool fitsSmall(int64_t v) { return v >= kMinSmall && v <= kMaxSmall; }
  /// A small int; \p v must satisfy fitsSmall.
  static constexpr Value small(int64_t v) { return Value((uint64_t(v) << 1) | 1); }
  static Value object(const Object *o) { return Value(reinterpret_cast<uint64_t>(o)); }
  static constexpr Value fromBits(uint64_t b) { return Value(b); }
  static constexpr Value null() { return Value(); }

  constexpr bool isNull() const { return bits_ == 0; }
  constexpr explicit operator bool() const { return bits_ != 0; }
  constexpr bool isSmall() const { return bits_ & 1; }
  /// True for a non-null pointer.
  constexpr bool isObject() const { return bits_ != 0 && !(bits_ & 1); }
  constexpr int64_t smallValue() const { return int64_t(bits_) >> 1; }
  Object *obj() const { return reinterpret_cast<Object *>(bits_); }
  template <class T> T *as() const { return reinterpret_cast<T *>(bits_); }
  constexpr uint64_t bits() const { return bits_; }

  constexpr bool operator==(Value o) const { return bits_ == o.bits_; }
  constexpr bool operator!=(Value o) const { return bits_ != o.bits_; }

private:
  constexpr explicit Value(uint64_t b) : bits_(b) {}
  uint64_t bits_;
};

static_assert(sizeof(Value) == 8);

/// Stack room for up to N Values, left uninitialized: for argument vectors
/// that are filled right away (zeroing a Value array first costs more than
/// the copy). The stack is scanned conservatively, like any other.
template <size_t N> struct ValueBuffer {
  alignas(Value) unsigned char bytes[N * sizeof(Value)];
  Value *data() { return reinterpret_cast<Value *>(bytes); }
};

} // namespace kiln::rt
