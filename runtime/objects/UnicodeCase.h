//===- UnicodeCase.h - Character classes and case mappings ---------------===//
///
/// Per-code-point facts the str methods need, generated from CPython
/// 3.11's own behaviour by tools/scripts/gen_unicode_case.py into
/// UnicodeCase.inc (implemented in StrMethods.cpp). The predicates are
/// those of one-character strs: ucIsAlpha(c) == chr(c).isalpha(), etc.
///
//===----------------------------------------------------------------------===//
#pragma once

#include <cstdint>

namespace kiln::rt {

enum UnicodeFlag : uint16_t {
  UC_ALPHA = 1 << 0,
  UC_DECIMAL = 1 << 1,
  UC_DIGIT = 1 << 2,
  UC_NUMERIC = 1 << 3,
  UC_SPACE = 1 << 4,
  UC_LOWER = 1 << 5,
  UC_UPPER = 1 << 6,
  UC_TITLE = 1 << 7, ///< titlecase letter (Lt), not uppercase
  UC_CASED = 1 << 8,
  UC_CASE_IGNORABLE = 1 << 9,
};

unsigned ucFlags(uint32_t cp);
inline bool ucIsAlpha(uint32_t cp) { return ucFlags(cp) & UC_ALPHA; }
inline bool ucIsDecimal(uint32_t cp) { return ucFlags(cp) & UC_DECIMAL; }
inline bool ucIsDigit(uint32_t cp) { return ucFlags(cp) & UC_DIGIT; }
inline bool ucIsNumeric(uint32_t cp) { return ucFlags(cp) & UC_NUMERIC; }
inline bool ucIsSpace(uint32_t cp) {
  return cp < 128 ? (cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31))
                  : (ucFlags(cp) & UC_SPACE) != 0;
}
inline bool ucIsLower(uint32_t cp) { return ucFlags(cp) & UC_LOWER; }
inline bool ucIsUpper(uint32_t cp) { return ucFlags(cp) & UC_UPPER; }
inline bool ucIsTitle(uint32_t cp) { return ucFlags(cp) & UC_TITLE; }
inline bool ucIsCased(uint32_t cp) { return ucFlags(cp) & UC_CASED; }
inline bool ucIsCaseIgnorable(uint32_t cp) { return ucFlags(cp) & UC_CASE_IGNORABLE; }
inline bool ucIsAlnum(uint32_t cp) {
  return ucFlags(cp) & (UC_ALPHA | UC_DECIMAL | UC_DIGIT | UC_NUMERIC);
}
/// str.splitlines' line boundaries.
inline bool ucIsLineBreak(uint32_t cp) {
  return (cp >= 10 && cp <= 13) || (cp >= 28 && cp <= 30) || cp == 0x85 || cp == 0x2028 ||
         cp == 0x2029;
}
/// The decimal value (unicodedata.decimal) or -1; what int() and float()
/// accept as digits.
int ucDecimalValue(uint32_t cp);
/// unicodedata.digit or -1.
int ucDigitValue(uint32_t cp);

/// Full case mappings: write up to 3 code points to \p out, return the
/// count. ucLower maps U+03A3 to the non-final sigma (callers apply the
/// final-sigma rule).
int ucUpper(uint32_t cp, uint32_t out[3]);
int ucLower(uint32_t cp, uint32_t out[3]);
int ucTitle(uint32_t cp, uint32_t out[3]);
int ucFold(uint32_t cp, uint32_t out[3]);

} // namespace kiln::rt
