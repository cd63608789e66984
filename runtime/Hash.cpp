//===- Hash.cpp - SipHash-1-3 of str and bytes data ------------------------===//
#include "runtime/Hash.h"

#include <cstdlib>
#include <cstring>
#include <string>

namespace kiln::rt {

namespace {

uint64_t key0, key1;

inline uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

/// One SipRound on the state.
inline void sipRound(uint64_t &v0, uint64_t &v1, uint64_t &v2, uint64_t &v3) {
  v0 += v1;
  v1 = rotl(v1, 13) ^ v0;
  v0 = rotl(v0, 32);
  v2 += v3;
  v3 = rotl(v3, 16) ^ v2;
  v0 += v3;
  v3 = rotl(v3, 21) ^ v0;
  v2 += v1;
  v1 = rotl(v1, 17) ^ v2;
  v2 = rotl(v2, 32);
}

/// SipHash with one compression and three finalization rounds.
uint64_t sipHash13(const uint8_t *in, size_t n) {
  uint64_t v0 = key0 ^ 0x736f6d6570736575ull, v1 = key1 ^ 0x646f72616e646f6dull;
  uint64_t v2 = key0 ^ 0x6c7967656e657261ull, v3 = key1 ^ 0x7465646279746573ull;
  uint64_t last = uint64_t(n) << 56;
  for (; n >= 8; n -= 8, in += 8) {
    uint64_t m;
    memcpy(&m, in, 8); // little-endian machines only (x86-64)
    v3 ^= m;
    sipRound(v0, v1, v2, v3);
    v0 ^= m;
  }
  for (size_t i = 0; i < n; i++)
    last |= uint64_t(in[i]) << (8 * i);
  v3 ^= last;
  sipRound(v0, v1, v2, v3);
  v0 ^= last;
  v2 ^= 0xff;
  sipRound(v0, v1, v2, v3);
  sipRound(v0, v1, v2, v3);
  sipRound(v0, v1, v2, v3);
  return v0 ^ v1 ^ v2 ^ v3;
}

} // namespace

int64_t hashBytes(const void *data, size_t n) {
  if (n == 0)
    return 0;
  int64_t h = int64_t(sipHash13(static_cast<const uint8_t *>(data), n));
  return h == -1 ? -2 : h;
}

bool initHashSecret() {
  key0 = key1 = 0;
  const char *env = getenv("PYTHONHASHSEED");
  if (!env || !*env || !strcmp(env, "random"))
    return true; // CPython would pick a random key; Kiln keeps the zero key
  char *end;
  unsigned long seed = strtoul(env, &end, 10);
  if (*end || seed > 4294967295ul)
    return false;
  if (seed == 0)
    return true;
  // CPython fills its secret with a linear congruential generator seeded by
  // PYTHONHASHSEED; SipHash's key is its first 16 bytes.
  uint8_t secret[16];
  uint32_t x = uint32_t(seed);
  for (uint8_t &b : secret) {
    x = x * 214013u + 2531011u;
    b = uint8_t((x >> 16) & 0xff);
  }
  memcpy(&key0, secret, 8);
  memcpy(&key1, secret + 8, 8);
  return true;
}

} // namespace kiln::rt
