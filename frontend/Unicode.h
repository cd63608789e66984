//===- Unicode.h - UTF-8 and the Unicode facts the front end needs -------===//
///
/// Kiln keeps text as UTF-8 in std::string. Python strings may hold lone
/// surrogates ('\ud800'); those are stored as their 3-byte generalized UTF-8
/// form, so every str value round-trips. The predicates below are generated
/// from CPython 3.11's unicodedata (tools/scripts/gen_unicode_tables.py).
///
//===----------------------------------------------------------------------===//
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kiln::unicode {

/// Appends the UTF-8 encoding of code point \p cp (surrogates included).
void appendUtf8(std::string &out, uint32_t cp);

/// Decodes one code point at \p pos of \p s and advances \p pos. Returns
/// false on an invalid sequence (then \p pos is left unchanged). Surrogates
/// encoded as 3 bytes are accepted when \p allowSurrogates.
bool decodeUtf8(std::string_view s, size_t &pos, uint32_t &cp,
                bool allowSurrogates = true);

/// Decodes all of \p s (generalized UTF-8) into code points.
std::vector<uint32_t> toCodePoints(std::string_view s);

/// True when \p s is valid UTF-8 without surrogates; else \p badOffset is
/// the byte offset of the first invalid sequence.
bool isValidUtf8(std::string_view s, size_t *badOffset = nullptr);

bool isPrintable(uint32_t cp);  ///< str.isprintable for one character
bool isIdStart(uint32_t cp);    ///< may begin an identifier
bool isIdContinue(uint32_t cp); ///< may continue an identifier

/// The code points of bytes 0x80-0xFF in a single-byte source encoding
/// (cp1252, koi8-r, iso-8859-15; 0xFFFFFFFF marks undefined bytes), or null
/// when \p normalizedName is not one of them.
const uint32_t *singleByteDecodingTable(std::string_view normalizedName);

/// The code point named \p name (as in "\N{...}"; case-insensitive).
bool lookupName(std::string_view name, uint32_t &cp);

/// The NFKC normal form of an identifier (PEP 3131).
std::string nfkcIdentifier(std::string_view id);

} // namespace kiln::unicode
