//===- Constant.h - Python constant values known at compile time ---------===//
///
/// A Constant is the value of a literal in the AST (`Constant.value`) and
/// an entry of a code object's co_consts: None, bools, Ellipsis, ints of any
/// size (GMP), floats, complex numbers, str (generalized UTF-8), bytes, and
/// the tuples, frozensets and code objects the compiler builds from them.
/// Constants are immutable and shared through ConstantRef.
///
//===----------------------------------------------------------------------===//
#pragma once

#include <gmpxx.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kiln::frontend {

class CodeObject;
struct Constant;
using ConstantRef = std::shared_ptr<const Constant>;

struct Constant {
  enum class Kind : uint8_t {
    None,
    True,
    False,
    Ellipsis,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    Tuple,
    FrozenSet,
    Code,
  };
  Kind kind = Kind::None;
  mpz_class intValue;         ///< Int
  double real = 0, imag = 0;  ///< Float (real) and Complex (real, imag)
  std::string text;           ///< Str (UTF-8) or Bytes (raw bytes)
  std::vector<ConstantRef> items;   ///< Tuple, FrozenSet
  std::shared_ptr<CodeObject> code; ///< Code

  static ConstantRef none();
  static ConstantRef boolean(bool b);
  static ConstantRef ellipsis();
  static ConstantRef integer(mpz_class v);
  static ConstantRef floating(double v);
  static ConstantRef complex(double real, double imag);
  static ConstantRef str(std::string utf8);
  static ConstantRef bytes(std::string raw);
  static ConstantRef tuple(std::vector<ConstantRef> items);
  static ConstantRef frozenset(std::vector<ConstantRef> items);
  static ConstantRef codeObject(std::shared_ptr<CodeObject> code);

  /// Python's repr() of the value, as CPython 3.11 prints it.
  std::string repr() const;
  /// The name of the Python type (`int`, `str`, ...).
  const char *typeName() const;
  /// Same type and same value, as co_consts deduplication needs (so 0.0 and
  /// -0.0, or 1 and True, stay distinct).
  bool identical(const Constant &other) const;
};

/// repr() of a str given as generalized UTF-8.
std::string reprStr(std::string_view utf8);
/// repr() of a bytes value.
std::string reprBytes(std::string_view raw);
/// repr() of a float ('r' format, with ".0" for integral values).
std::string reprFloat(double v);
/// The shortest round-tripping text of \p v, as CPython's 'r' format; with
/// \p addDot0 an integral value in fixed notation gets ".0".
std::string formatShortestDouble(double v, bool addDot0);

} // namespace kiln::frontend
