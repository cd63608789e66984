//===- Serializer.h - Binary forms of code objects and their tables ------===//
///
/// Two kinds of binary forms live here:
///
///  - Kiln's own serialization of a whole code-object tree, which built
///    executables embed (DESIGN.md §8). The format starts with the magic
///    bytes "KILNCODE" and a version byte; everything after is described in
///    Serializer.cpp. Every field of every code object is kept, nested code
///    objects included, so deserializeCode(serializeCode(c)) equals c.
///    Deserialization checks every length and index against the input and
///    returns nullptr with a message on malformed input; it never crashes.
///
///  - The CPython 3.11 encodings of co_linetable and co_exceptiontable
///    (implemented in CodeObject.cpp) and their decoders.
///
//===----------------------------------------------------------------------===//
#pragma once

#include "frontend/CodeObject.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kiln::frontend {

/// The serialized form of \p code and, recursively, of the code objects in
/// its co_consts.
std::string serializeCode(const CodeObject &code);

/// Rebuilds a code object serialized by serializeCode. On malformed input
/// returns nullptr and, when \p error is not null, stores a message there.
std::shared_ptr<CodeObject> deserializeCode(std::string_view data, std::string *error);

/// co_linetable for per-code-unit \p locations of \p code. Entries break at
/// every instruction (EXTENDED_ARG prefixes belong to their instruction), at
/// every change of location and after 8 units; units without a location
/// (locations shorter than the code) get the "no location" form.
std::string encodeLineTable(const std::vector<Location> &locations,
                            std::span<const uint8_t> code, int firstlineno);

/// Decodes a co_linetable into one Location per code unit. Returns false
/// (with a message in \p error when not null) on malformed input.
bool decodeLineTable(std::string_view table, int firstlineno,
                     std::vector<Location> &locations, std::string *error);

/// co_exceptiontable for \p entries (ranges in code units).
std::string encodeExceptionTable(const std::vector<ExceptionTableEntry> &entries);

/// Decodes a co_exceptiontable. Returns false (with a message in \p error
/// when not null) on malformed input.
bool decodeExceptionTable(std::string_view table,
                          std::vector<ExceptionTableEntry> &entries, std::string *error);

} // namespace kiln::frontend
