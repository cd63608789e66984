//===- Bytes.h - bytes, bytearray, memoryview and the text codecs ---------===//
///
/// bytes is immutable: its data follows the header in the same atomic
/// allocation for exact bytes (a separate atomic block for instances of
/// subclasses, which carry an instance dict). bytearray holds a growable
/// atomic buffer; while a memoryview exports it, it cannot be resized
/// (BufferError, as CPython). Both keep a NUL byte after the data.
///
/// A memoryview is one-dimensional over bytes-like data: a start offset,
/// a step and a length in items of the format ('B' unless cast to 'b' or
/// 'c').
///
/// The codecs (utf-8, ascii, latin-1, utf-16, utf-32 with CPython's error
/// handlers) are in Codecs.cpp.
///
//===----------------------------------------------------------------------===//
#pragma once

#include "runtime/Object.h"

#include <cstdint>
#include <string_view>

namespace kiln::rt {

struct Bytes : Object {
  int64_t size;
  int64_t hash; ///< -1 until computed
  uint8_t *data;
};

struct ByteArray : Object {
  int64_t size;
  int64_t capacity;
  uint8_t *data; ///< atomic GC block of capacity + 1 bytes
  int64_t exports; ///< live memoryviews over the buffer
};

struct MemoryView : Object {
  Value obj;      ///< the exporting object (bytes or bytearray)
  int64_t start;  ///< byte offset of item 0 in the exporter's data
  int64_t step;   ///< in bytes
  int64_t length; ///< items
  bool readonly;
  bool released;
  char format;    ///< 'B', 'b' or 'c'
  int64_t hash;   ///< -1 until computed
};

/// A new exact bytes of \p n bytes (data uninitialized, NUL after it).
Bytes *bytesAlloc(int64_t n);
Value bytesFromData(const char *data, size_t n);
inline Value bytesFromView(std::string_view s) { return bytesFromData(s.data(), s.size()); }
Value byteArrayFromData(const char *data, size_t n);
inline const uint8_t *bytesData(Value b) { return b.as<Bytes>()->data; }
inline int64_t bytesSize(Value b) { return b.as<Bytes>()->size; }
inline bool isExactBytes(Value v) { return !v.isSmall() && v.obj()->type == &BytesType; }
inline bool isByteArray(Value v) { return isInstance(v, &ByteArrayType); }
/// The data of a bytes, bytearray or (contiguous) memoryview; false, with
/// no exception set, for anything else.
bool bytesLikeData(Value v, const uint8_t **data, int64_t *n);
/// Like bytesLikeData but raises "a bytes-like object is required, not
/// 'T'" (TypeError) when \p v is not bytes-like.
bool requireBytesLike(Value v, const uint8_t **data, int64_t *n);
/// repr() of bytes data: b'...' with CPython's quote choice and escapes.
Value bytesReprData(const uint8_t *data, int64_t n);
/// bytes(x) for any object (__bytes__, buffers, iterables of ints).
Value bytesFromObject(Value v);

/// str.encode(encoding, errors); \p encoding and \p errors are strs or
/// null (utf-8, strict). Returns bytes.
Value codecEncode(Value str, Value encoding, Value errors);
/// bytes.decode / str(b, encoding, errors): \p obj is the object put in
/// UnicodeDecodeError (the bytes or bytearray decoded).
Value codecDecode(const uint8_t *data, int64_t n, Value obj, Value encoding, Value errors);
/// True when \p encoding names a text encoding; else false with
/// LookupError (a non-text codec's message points to codecs.\p use()).
bool codecIsTextEncoding(Value encoding, const char *use);

void initBytesTypes();

} // namespace kiln::rt
