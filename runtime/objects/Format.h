//===- Format.h - format() specs, str.format, %-formatting ---------------===//
///
/// The format-spec mini-language ([[fill]align][sign][z][#][0][width]
/// [grouping][.precision][type]) is parsed once here (parseFormatSpec, in
/// StrFormat.cpp) for every type's __format__: str (formatStr, in
/// StrFormat.cpp), int and float (formatInt / formatFloat, in
/// NumberFormat.cpp). Error messages are CPython 3.11's.
///
//===----------------------------------------------------------------------===//
#pragma once

#include "runtime/Object.h"

#include <cstdint>
#include <string>

namespace kiln::rt {

struct Str;

struct FormatSpec {
  uint32_t fill = ' ';
  /// '<', '>', '^', '=' or 0 when not given (then the type's default).
  char align = 0;
  bool alignSpecified = false;
  bool fillSpecified = false;
  /// '+', '-', ' ' or 0.
  char sign = 0;
  bool noNegZero = false; ///< 'z'
  bool alternate = false; ///< '#'
  bool zeroPad = false;   ///< a '0' before the width
  int64_t width = -1;     ///< -1 when not given
  char grouping = 0;      ///< ',', '_' or 0
  int64_t precision = -1; ///< -1 when not given
  bool hasType = false;
  uint32_t type = 0; ///< the presentation type when hasType
};

/// Parses \p spec. \p defaultAlign is '<' for str and '>' for numbers (a
/// leading '0' then means fill '0' with '=' alignment); \p defaultType is
/// the type to validate grouping against when none is given (e.g. 's',
/// 'd', 'g'); \p typeName names the object in "Invalid format specifier
/// ... for object of type 'X'". False with ValueError on a bad spec.
bool parseFormatSpec(const Str *spec, FormatSpec *out, char defaultAlign, char defaultType,
                     const char *typeName);
/// "Unknown format code 'c' for object of type 'T'" (with CPython's \x form
/// for unprintable codes). Returns null.
Value raiseUnknownFormatCode(uint32_t code, const char *typeName);

/// Pads \p body (already a Str) to the spec's width with its fill and
/// alignment (\p defaultAlign when none was given).
Value alignText(Value body, const FormatSpec &spec, char defaultAlign);

/// str.__format__ / format(str, spec).
Value formatStr(Value s, Str *spec);
/// int.__format__ and float.__format__ (NumberFormat.cpp).
Value formatInt(Value v, Str *spec);
Value formatFloat(double v, Str *spec);

/// str % args (the nb_remainder slot of str).
Value strMod(Value fmt, Value args);
/// bytes % args / bytearray % args; \p asByteArray selects the result type.
Value bytesMod(Value fmt, Value args, bool asByteArray);
/// str.format(*args, **kwargs) and str.format_map(mapping).
Value strFormat(Value self, const Value *args, size_t nargs, Tuple *kwnames);
Value strFormatMap(Value self, Value mapping);

} // namespace kiln::rt
