//===- Hash.h - CPython's hash of str and bytes data ----------------------===//
//
// str and bytes hash their data (a str its 1-, 2- or 4-byte code units, as
// CPython stores them) with SipHash-1-3 under a 128-bit key. CPython draws
// the key at random unless PYTHONHASHSEED is set; Kiln derives it from
// PYTHONHASHSEED the way CPython does (0: a zero key), and uses the zero
// key when it is unset, so that sets of strs iterate exactly as under
// `PYTHONHASHSEED=0 python3`.
//
//===----------------------------------------------------------------------===//
#pragma once

#include <cstddef>
#include <cstdint>

namespace kiln::rt {

/// hash() of \p n bytes of data: 0 for none, never -1.
int64_t hashBytes(const void *data, size_t n);

/// Reads PYTHONHASHSEED (at startup). False when it is set but invalid.
bool initHashSecret();

} // namespace kiln::rt
