//===- Random.cpp - the random module -------------------------------------===//
///
/// CPython 3.11's random module, natively: the Mersenne Twister (MT19937,
/// seeded with init_by_array over the 32-bit words of |seed| as CPython
/// seeds it; str/bytes seeds extended with their SHA-512 digest), and the
/// Random methods built on random() and getrandbits() with the same draws
/// in the same order as random.py, so seeded sequences match CPython's.
/// The module-level functions are the bound methods of one hidden
/// instance, as in CPython.
///
//===----------------------------------------------------------------------===//
#include "runtime/Abstract.h"
#include "runtime/Args.h"
#include "runtime/Errors.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/objects/Bytes.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Float.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Module.h"
#include "runtime/objects/Set.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <sys/random.h>
#include <unistd.h>
#include <vector>

namespace kiln::rt {

namespace {

// --- SHA-512 (FIPS 180-4) -------------------------------------------------------

const uint64_t kSha512K[80] = {
0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL
};

inline uint64_t rotr(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

std::string sha512(const std::string &msg) {
  uint64_t h[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
                   0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
                   0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
  std::string data = msg;
  uint64_t bitLen = uint64_t(msg.size()) * 8;
  data += char(0x80);
  while (data.size() % 128 != 112)
    data += char(0);
  for (int i = 0; i < 8; i++) // high 64 bits of the 128-bit length
    data += char(0);
  for (int i = 7; i >= 0; i--)
    data += char((bitLen >> (8 * i)) & 0xff);
  uint64_t w[80];
  for (size_t off = 0; off < data.size(); off += 128) {
    for (int t = 0; t < 16; t++) {
      uint64_t v = 0;
      for (int b = 0; b < 8; b++)
        v = (v << 8) | uint8_t(data[off + size_t(t) * 8 + size_t(b)]);
      w[t] = v;
    }
    for (int t = 16; t < 80; t++) {
      uint64_t s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7);
      uint64_t s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6);
      w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int t = 0; t < 80; t++) {
      uint64_t S1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41);
      uint64_t ch = (e & f) ^ (~e & g);
      uint64_t t1 = hh + S1 + ch + kSha512K[t] + w[t];
      uint64_t S0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39);
      uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
      uint64_t t2 = S0 + maj;
      hh = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d;
    h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
  }
  std::string out;
  for (uint64_t v : h)
    for (int i = 7; i >= 0; i--)
      out += char((v >> (8 * i)) & 0xff);
  return out;
}

// --- Mersenne Twister (MT19937) ----------------------------------------------------

constexpr int kN = 624, kM = 397;
constexpr uint32_t kMatrixA = 0x9908b0dfU, kUpper = 0x80000000U, kLower = 0x7fffffffU;

struct RandomObject : Object {
  uint32_t state[kN];
  int index;
  bool system; ///< SystemRandom: every word comes from the OS
  Value gaussNext; ///< null: None
};

Type RandomType, SystemRandomType;

void initGenrand(RandomObject *r, uint32_t s) {
  uint32_t *mt = r->state;
  mt[0] = s;
  for (int i = 1; i < kN; i++)
    mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + uint32_t(i);
  r->index = kN;
}

void initByArray(RandomObject *r, const uint32_t *key, size_t len) {
  uint32_t *mt = r->state;
  initGenrand(r, 19650218U);
  size_t i = 1, j = 0;
  for (size_t k = (size_t(kN) > len ? size_t(kN) : len); k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + uint32_t(j);
    i++;
    j++;
    if (i >= size_t(kN)) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
    if (j >= len)
      j = 0;
  }
  for (size_t k = kN - 1; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - uint32_t(i);
    i++;
    if (i >= size_t(kN)) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000U;
}

uint32_t osRandomWord() {
  uint32_t w = 0;
  if (getrandom(&w, sizeof w, 0) != ssize_t(sizeof w))
    w = uint32_t(rand());
  return w;
}

uint32_t genrand(RandomObject *r) {
  if (r->system)
    return osRandomWord();
  uint32_t *mt = r->state;
  if (r->index >= kN) {
    auto twist = [&](int a, int b, int c) {
      uint32_t y = (mt[a] & kUpper) | (mt[b] & kLower);
      mt[a] = mt[c] ^ (y >> 1) ^ ((y & 1) ? kMatrixA : 0);
    };
    int kk = 0;
    for (; kk < kN - kM; kk++)
      twist(kk, kk + 1, kk + kM);
    for (; kk < kN - 1; kk++)
      twist(kk, kk + 1, kk + kM - kN);
    twist(kN - 1, 0, kM - 1);
    r->index = 0;
  }
  uint32_t y = mt[r->index++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= y >> 18;
  return y;
}

double randomDouble(RandomObject *r) {
  uint32_t a = genrand(r) >> 5, b = genrand(r) >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

void seedFromMpz(RandomObject *r, const mpz_t n) {
  size_t count = 0;
  size_t words = (mpz_sizeinbase(n, 2) + 31) / 32;
  std::vector<uint32_t> key(words ? words : 1, 0);
  if (mpz_sgn(n) != 0)
    mpz_export(key.data(), &count, -1, 4, 0, 0, n);
  initByArray(r, key.data(), key.size());
}

void seedFromUrandom(RandomObject *r) {
  uint32_t key[kN];
  size_t got = 0;
  while (got < sizeof key) {
    ssize_t n = getrandom(reinterpret_cast<char *>(key) + got, sizeof key - got, 0);
    if (n <= 0)
      break;
    got += size_t(n);
  }
  if (got < sizeof key) { // no entropy source: time and pid
    uint64_t t = uint64_t(time(nullptr)) ^ (uint64_t(clock()) << 20) ^ uint64_t(getpid());
    uint32_t k2[2] = {uint32_t(t), uint32_t(t >> 32)};
    initByArray(r, k2, 2);
    return;
  }
  initByArray(r, key, kN);
}

RandomObject *self_(Value v) { return v.as<RandomObject>(); }

// --- Integers -----------------------------------------------------------------------

/// getrandbits(k) for k >= 0.
Value getRandBits(RandomObject *r, uint64_t k) {
  if (k == 0)
    return Value::small(0);
  if (k <= 32)
    return Value::small(genrand(r) >> (32 - k));
  if (k <= 62) {
    uint64_t lo = genrand(r);
    uint64_t hi = genrand(r) >> (64 - k);
    return Value::small(int64_t(lo | (hi << 32)));
  }
  if (!checkAllocSize(size_t(k / 32 + 1), 4))
    return Value();
  size_t words = size_t((k - 1) / 32 + 1);
  std::vector<uint32_t> w(words);
  for (size_t i = 0; i < words; i++, k -= 32) {
    uint32_t x = genrand(r);
    if (k < 32)
      x >>= (32 - k);
    w[i] = x;
    if (k < 32)
      break;
  }
  mpz_t z;
  mpz_init(z);
  mpz_import(z, words, -1, 4, 0, 0, w.data());
  Value v = intFromMpz(z);
  mpz_clear(z);
  return v;
}

/// A random int in [0, n) for an int n > 0 (CPython's
/// _randbelow_with_getrandbits).
Value randBelow(RandomObject *r, Value n) {
  uint64_t k = intBitLength(n);
  if (n.isSmall()) {
    int64_t limit = n.smallValue();
    for (;;) {
      Value v = getRandBits(r, k);
      if (v.smallValue() < limit)
        return v;
    }
  }
  for (;;) {
    Value v = getRandBits(r, k);
    if (!v)
      return Value();
    if (intCompare(v, n) < 0)
      return v;
  }
}

Value randBelowI64(RandomObject *r, int64_t n) { return randBelow(r, intFromI64(n)); }

// --- Methods ---------------------------------------------------------------------------

Value rSeedImpl(Value self, Value a, int64_t version) {
  RandomObject *r = self_(self);
  r->gaussNext = Value();
  if (!a || isNone(a)) {
    seedFromUrandom(r);
    return None();
  }
  const uint8_t *data;
  int64_t n;
  mpz_t z;
  if (version == 1 && (isStr(a) || isBytes(a))) {
    std::vector<uint32_t> cps;
    if (isStr(a)) {
      Str *s = a.as<Str>();
      for (int64_t i = 0; i < s->length; i++)
        cps.push_back(s->at(i));
    } else {
      for (int64_t i = 0; i < bytesSize(a); i++)
        cps.push_back(bytesData(a)[i]);
    }
    uint64_t x = cps.empty() ? 0 : uint64_t(cps[0]) << 7;
    for (uint32_t c : cps)
      x = (1000003ULL * x) ^ c;
    x ^= uint64_t(cps.size());
    mpz_init(z);
    mpz_import(z, 1, -1, 8, 0, 0, &x);
  } else if (version == 2 && (isStr(a) || isBytes(a) || isByteArray(a))) {
    std::string bytes;
    if (isStr(a)) {
      bytes = strToUtf8(a);
    } else {
      bytesLikeData(a, &data, &n);
      bytes.assign(reinterpret_cast<const char *>(data), size_t(n));
    }
    bytes += sha512(bytes);
    mpz_init(z);
    mpz_import(z, bytes.size(), 1, 1, 0, 0, bytes.data());
  } else if (isInt(a)) {
    mpz_init(z);
    intToMpz(a, z);
    mpz_abs(z, z);
  } else {
    if (!isFloat(a) && !isStr(a) && !isBytes(a) && !isByteArray(a))
      return raise(&TypeErrorType, "The only supported seed types are: None,\n"
                                   "int, float, str, bytes, and bytearray.");
    int64_t h;
    if (!hash(a, &h))
      return Value();
    uint64_t u = uint64_t(h);
    mpz_init(z);
    mpz_import(z, 1, -1, 8, 0, 0, &u);
  }
  seedFromMpz(r, z);
  mpz_clear(z);
  return None();
}

Value rSeed(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[2];
  if (!parseArgs(ArgSpec{"seed", {"a", "version"}, 0}, args, nargs, kwnames, a))
    return Value();
  int64_t version = 2;
  if (a[1]) {
    if (!isInt(a[1]) || !intAsI64(a[1], &version))
      version = 0; // neither 1 nor 2: seeds by value/hash
  }
  return rSeedImpl(self, a[0], version);
}

Value rRandom(Value self) { return floatFrom(randomDouble(self_(self))); }

Value rGetRandBits(Value self, Value arg) {
  Value k = numberIndex(arg);
  if (!k)
    return Value();
  if (intSign(k) < 0)
    return raise(&ValueErrorType, "number of bits must be non-negative");
  int64_t kk;
  if (!intAsI64(k, &kk))
    return raise(&OverflowErrorType, "Python int too large to convert to C int");
  return getRandBits(self_(self), uint64_t(kk));
}

Value rRandBytes(Value self, Value arg) {
  Value nv = numberIndex(arg);
  if (!nv)
    return Value();
  int64_t n;
  if (!intToSsize(nv, &n))
    return Value();
  if (n < 0)
    return raise(&ValueErrorType, "number of bits must be non-negative");
  Value bits = getRandBits(self_(self), uint64_t(n) * 8);
  if (!bits)
    return Value();
  std::string buf(size_t(n), '\0');
  if (intSign(bits) != 0) {
    mpz_t z;
    mpz_init(z);
    intToMpz(bits, z);
    size_t count;
    mpz_export(buf.data(), &count, -1, 1, 0, 0, z);
    mpz_clear(z);
  }
  return bytesFromData(buf.data(), buf.size());
}

/// randrange's argument conversion: an int through __index__, or an
/// integral value through int() (3.11 deprecates the latter).
Value rangeArg(Value v, const char *what) {
  Value i = numberIndex(v);
  if (i || !errMatches(&TypeErrorType))
    return i;
  clearError();
  Value iv = numberInt(v);
  if (!iv)
    return Value();
  int eq = richCompareBool(iv, v, 2);
  if (eq < 0)
    return Value();
  if (!eq)
    return raise(&ValueErrorType, "non-integer %s for randrange()", what);
  return iv;
}

Value randRangeImpl(RandomObject *r, Value start, Value stop, Value step) {
  Value istart = rangeArg(start, "arg 1");
  if (!istart)
    return Value();
  if (!stop || isNone(stop)) {
    if (step && step != Value::small(1))
      return raise(&TypeErrorType, "Missing a non-None stop argument");
    if (intSign(istart) > 0)
      return randBelow(r, istart);
    return raise(&ValueErrorType, "empty range for randrange()");
  }
  Value istop = rangeArg(stop, "stop");
  if (!istop)
    return Value();
  Value width = intSub(istop, istart);
  if (!width)
    return Value();
  Value istep = step ? rangeArg(step, "step") : Value::small(1);
  if (!istep)
    return Value();
  if (istep == Value::small(1)) {
    if (intSign(width) > 0) {
      Value b = randBelow(r, width);
      return b ? intAdd(istart, b) : Value();
    }
    std::string a, b, c;
    if (!intToDecimal(istart, a) || !intToDecimal(istop, b) || !intToDecimal(width, c))
      return Value();
    return raise(&ValueErrorType, "empty range for randrange() (%s, %s, %s)", a.c_str(),
                 b.c_str(), c.c_str());
  }
  Value n;
  int s = intSign(istep);
  if (s > 0)
    n = intFloorDiv(intSub(intAdd(width, istep), Value::small(1)), istep);
  else if (s < 0)
    n = intFloorDiv(intAdd(intAdd(width, istep), Value::small(1)), istep);
  else
    return raise(&ValueErrorType, "zero step for randrange()");
  if (!n)
    return Value();
  if (intSign(n) <= 0)
    return raise(&ValueErrorType, "empty range for randrange()");
  Value b = randBelow(r, n);
  if (!b)
    return Value();
  return intAdd(istart, intMul(istep, b));
}

Value rRandRange(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[3];
  if (!parseArgs(ArgSpec{"randrange", {"start", "stop", "step"}, 1}, args, nargs, kwnames, a))
    return Value();
  return randRangeImpl(self_(self), a[0], a[1], a[2]);
}

Value rRandInt(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[2];
  if (!parseArgs(ArgSpec{"randint", {"a", "b"}, 2}, args, nargs, kwnames, a))
    return Value();
  Value stop = binaryOp(a[1], Value::small(1), 0);
  if (!stop)
    return Value();
  return randRangeImpl(self_(self), a[0], stop, Value());
}

Value rChoice(Value self, Value seq) {
  int64_t n = length(seq);
  if (n < 0)
    return Value();
  if (n == 0)
    return raise(&IndexErrorType, "Cannot choose from an empty sequence");
  Value i = randBelowI64(self_(self), n);
  if (!i)
    return Value();
  return getItem(seq, i);
}

Value rShuffle(Value self, Value x) {
  RandomObject *r = self_(self);
  int64_t n = length(x);
  if (n < 0)
    return Value();
  for (int64_t i = n - 1; i >= 1; i--) {
    Value jv = randBelowI64(r, i + 1);
    if (!jv)
      return Value();
    int64_t j = jv.smallValue();
    if (isExactList(x) && x.as<List>()->size == n) {
      Value *items = x.as<List>()->items;
      std::swap(items[i], items[j]);
      continue;
    }
    Value vi = getItem(x, Value::small(i));
    if (!vi)
      return Value();
    Value vj = getItem(x, Value::small(j));
    if (!vj)
      return Value();
    if (setItem(x, Value::small(i), vj) < 0 || setItem(x, Value::small(j), vi) < 0)
      return Value();
  }
  return None();
}

/// list(itertools.accumulate(iterable)).
List *accumulate(Value iterable) {
  List *out = listNew(0);
  if (!out)
    return nullptr;
  Value total;
  bool ok = forEach(iterable, [&](Value item) {
    total = total ? binaryOp(total, item, 0) : item;
    return total && listAppend(out, total);
  });
  return ok ? out : nullptr;
}

/// bisect.bisect_right(a, x, lo, hi).
bool bisectRight(Value a, Value x, int64_t lo, int64_t hi, int64_t *out) {
  while (lo < hi) {
    int64_t mid = (lo + hi) / 2;
    Value item = getItem(a, Value::small(mid));
    if (!item)
      return false;
    int lt = richCompareBool(x, item, 0);
    if (lt < 0)
      return false;
    if (lt)
      hi = mid;
    else
      lo = mid + 1;
  }
  *out = lo;
  return true;
}

bool isSequence(Value v) {
  Type *t = typeOf(v);
  return (t->flags & TF_SEQUENCE) || isStr(v) || isBytes(v) || isByteArray(v) ||
         isInstance(v, &RangeType) || isInstance(v, &TupleType) || isInstance(v, &ListType);
}

Value sampleImpl(RandomObject *r, Value population, Value kArg, Value counts) {
  if (!isSequence(population))
    return raise(&TypeErrorType,
                 "Population must be a sequence.  For dicts or sets, use sorted(d).");
  int64_t n = length(population);
  if (n < 0)
    return Value();
  if (counts && !isNone(counts)) {
    List *cum = accumulate(counts);
    if (!cum)
      return Value();
    if (cum->size != n)
      return raise(&ValueErrorType, "The number of counts does not match the population");
    if (n == 0)
      return raise(&IndexErrorType, "pop from empty list");
    Value total = cum->items[--cum->size];
    if (!isInt(total))
      return raise(&TypeErrorType, "Counts must be integers");
    if (intSign(total) <= 0)
      return raise(&ValueErrorType, "Total of counts must be greater than zero");
    Value range = call(Value::object(&RangeType), {total});
    if (!range)
      return Value();
    Value sel = sampleImpl(r, range, kArg, Value());
    if (!sel)
      return Value();
    List *s = sel.as<List>();
    for (int64_t i = 0; i < s->size; i++) {
      int64_t idx;
      if (!bisectRight(Value::object(cum), s->items[i], 0, cum->size, &idx))
        return Value();
      Value item = getItem(population, Value::small(idx));
      if (!item)
        return Value();
      s->items[i] = item;
    }
    return sel;
  }
  Value kv = numberIndex(kArg);
  if (!kv)
    return Value();
  int64_t k;
  if (!intAsI64(kv, &k) || k < 0 || k > n)
    return raise(&ValueErrorType, "Sample larger than population or is negative");
  List *result = listNew(k);
  if (!result)
    return Value();
  for (int64_t i = 0; i < k; i++)
    result->items[i] = None();
  int64_t setsize = 21;
  if (k > 5)
    setsize += int64_t(std::pow(4.0, std::ceil(std::log(double(k * 3)) / std::log(4.0))));
  if (n <= setsize) {
    Value pv = listFromIterable(population);
    if (!pv)
      return Value();
    List *pool = pv.as<List>();
    if (pool->size != n)
      return raise(&RuntimeErrorType, "population changed size during sampling");
    for (int64_t i = 0; i < k; i++) {
      Value jv = randBelowI64(r, n - i);
      if (!jv)
        return Value();
      int64_t j = jv.smallValue();
      result->items[i] = pool->items[j];
      pool->items[j] = pool->items[n - i - 1];
    }
  } else {
    SetObject *selected = setNew();
    if (!selected)
      return Value();
    for (int64_t i = 0; i < k; i++) {
      Value j;
      for (;;) {
        j = randBelowI64(r, n);
        if (!j)
          return Value();
        int c = setContains(selected, j);
        if (c < 0)
          return Value();
        if (!c)
          break;
      }
      if (setAdd(selected, j) < 0)
        return Value();
      Value item = getItem(population, j);
      if (!item)
        return Value();
      result->items[i] = item;
    }
  }
  return Value::object(result);
}

Value rSample(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[3];
  if (!parseArgs(ArgSpec{"sample", {"population", "k", "counts"}, 2, 2}, args, nargs, kwnames, a))
    return Value();
  return sampleImpl(self_(self), a[0], a[1], a[2]);
}

Value rChoices(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[4];
  if (!parseArgs(ArgSpec{"choices", {"population", "weights", "cum_weights", "k"}, 1, 2}, args,
                 nargs, kwnames, a))
    return Value();
  RandomObject *r = self_(self);
  Value population = a[0], weights = a[1], cum = a[2];
  Value kv = a[3] ? numberIndex(a[3]) : Value::small(1);
  if (!kv)
    return Value();
  int64_t k;
  if (!intAsI64(kv, &k))
    return raise(&OverflowErrorType, "Python int too large to convert to C ssize_t");
  if (k < 0)
    k = 0;
  int64_t n = length(population);
  if (n < 0)
    return Value();
  List *result = listNew(0);
  if (!result)
    return Value();
  bool noWeights = !weights || isNone(weights);
  if (!cum || isNone(cum)) {
    if (noWeights) {
      double nf = double(n);
      for (int64_t i = 0; i < k; i++) {
        Value idx = intFromDouble(std::floor(randomDouble(r) * nf));
        Value item = getItem(population, idx);
        if (!item || !listAppend(result, item))
          return Value();
      }
      return Value::object(result);
    }
    List *acc = accumulate(weights);
    if (!acc) {
      if (errMatches(&TypeErrorType) && isInt(weights)) {
        clearError();
        std::string w;
        if (!intToDecimal(weights, w))
          return Value();
        return raise(&TypeErrorType, "The number of choices must be a keyword argument: k=%s",
                     w.c_str());
      }
      return Value();
    }
    cum = Value::object(acc);
  } else if (!noWeights) {
    return raise(&TypeErrorType, "Cannot specify both weights and cumulative weights");
  }
  int64_t cn = length(cum);
  if (cn < 0)
    return Value();
  if (cn != n)
    return raise(&ValueErrorType, "The number of weights does not match the population");
  Value last = getItem(cum, Value::small(-1));
  if (!last)
    return Value();
  Value totalV = binaryOp(last, floatFrom(0.0), 0);
  if (!totalV)
    return Value();
  double total;
  if (!toDouble(totalV, &total))
    return Value();
  if (total <= 0.0)
    return raise(&ValueErrorType, "Total of weights must be greater than zero");
  if (!std::isfinite(total))
    return raise(&ValueErrorType, "Total of weights must be finite");
  int64_t hi = n - 1;
  for (int64_t i = 0; i < k; i++) {
    Value x = floatFrom(randomDouble(r) * total);
    int64_t idx;
    if (!x || !bisectRight(cum, x, 0, hi, &idx))
      return Value();
    Value item = getItem(population, Value::small(idx));
    if (!item || !listAppend(result, item))
      return Value();
  }
  return Value::object(result);
}

// --- Real-valued distributions ----------------------------------------------------------

constexpr double kTwoPi = 2.0 * M_PI;

/// a + b * c with Python semantics.
Value addMul(Value a, Value b, Value c) {
  Value p = binaryOp(b, c, 5);
  return p ? binaryOp(a, p, 0) : Value();
}

Value rUniform(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[2];
  if (!parseArgs(ArgSpec{"uniform", {"a", "b"}, 2}, args, nargs, kwnames, a))
    return Value();
  Value diff = binaryOp(a[1], a[0], 10);
  if (!diff)
    return Value();
  return addMul(a[0], diff, floatFrom(randomDouble(self_(self))));
}

Value rTriangular(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[3];
  if (!parseArgs(ArgSpec{"triangular", {"low", "high", "mode"}, 0}, args, nargs, kwnames, a))
    return Value();
  Value low = a[0] ? a[0] : floatFrom(0.0), high = a[1] ? a[1] : floatFrom(1.0);
  double u = randomDouble(self_(self));
  double c;
  if (!a[2] || isNone(a[2])) {
    c = 0.5;
  } else {
    Value num = binaryOp(a[2], low, 10);
    Value den = num ? binaryOp(high, low, 10) : Value();
    Value cv = den ? binaryOp(num, den, 11) : Value();
    if (!cv) {
      if (errMatches(&ZeroDivisionErrorType)) {
        clearError();
        return low;
      }
      return Value();
    }
    if (!toDouble(cv, &c))
      return Value();
  }
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    std::swap(low, high);
  }
  Value diff = binaryOp(high, low, 10);
  if (!diff)
    return Value();
  return addMul(low, diff, floatFrom(std::sqrt(u * c)));
}

bool muSigma(const char *name, const Value *args, size_t nargs, Tuple *kwnames, Value *mu,
             Value *sigma, bool required) {
  Value a[2];
  if (!parseArgs(ArgSpec{name, {"mu", "sigma"}, required ? 2u : 0u}, args, nargs, kwnames, a))
    return false;
  *mu = a[0] ? a[0] : floatFrom(0.0);
  *sigma = a[1] ? a[1] : floatFrom(1.0);
  return true;
}

double normalZ(RandomObject *r) {
  const double nvMagic = 4 * std::exp(-0.5) / std::sqrt(2.0);
  for (;;) {
    double u1 = randomDouble(r);
    double u2 = 1.0 - randomDouble(r);
    double z = nvMagic * (u1 - 0.5) / u2;
    double zz = z * z / 4.0;
    if (zz <= -std::log(u2))
      return z;
  }
}

Value rNormalVariate(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value mu, sigma;
  if (!muSigma("normalvariate", args, nargs, kwnames, &mu, &sigma, false))
    return Value();
  return addMul(mu, floatFrom(normalZ(self_(self))), sigma);
}

Value rGauss(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value mu, sigma;
  if (!muSigma("gauss", args, nargs, kwnames, &mu, &sigma, false))
    return Value();
  RandomObject *r = self_(self);
  Value z = r->gaussNext;
  r->gaussNext = Value();
  if (!z) {
    double x2pi = randomDouble(r) * kTwoPi;
    double g2rad = std::sqrt(-2.0 * std::log(1.0 - randomDouble(r)));
    z = floatFrom(std::cos(x2pi) * g2rad);
    r->gaussNext = floatFrom(std::sin(x2pi) * g2rad);
  }
  return addMul(mu, z, sigma);
}

Value rLogNormVariate(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value mu, sigma;
  if (!muSigma("lognormvariate", args, nargs, kwnames, &mu, &sigma, true))
    return Value();
  Value v = addMul(mu, floatFrom(normalZ(self_(self))), sigma);
  double d;
  if (!v || !toDouble(v, &d))
    return Value();
  double e = std::exp(d);
  if (std::isinf(e) && std::isfinite(d))
    return raise(&OverflowErrorType, "math range error");
  return floatFrom(e);
}

Value rExpoVariate(Value self, Value lambd) {
  double u = randomDouble(self_(self));
  return binaryOp(floatFrom(-std::log(1.0 - u)), lambd, 11);
}

bool twoDoubles(const char *name, const char *p1, const char *p2, const Value *args,
                size_t nargs, Tuple *kwnames, double *x, double *y) {
  Value a[2];
  if (!parseArgs(ArgSpec{name, {p1, p2}, 2}, args, nargs, kwnames, a))
    return false;
  return toDouble(a[0], x) && toDouble(a[1], y);
}

double pyMod(double a, double b) {
  double d, m;
  floatDivmod(a, b, &d, &m);
  return m;
}

Value rVonMisesVariate(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  double mu, kappa;
  if (!twoDoubles("vonmisesvariate", "mu", "kappa", args, nargs, kwnames, &mu, &kappa))
    return Value();
  RandomObject *r = self_(self);
  if (kappa <= 1e-6)
    return floatFrom(kTwoPi * randomDouble(r));
  double s = 0.5 / kappa;
  double rr = s + std::sqrt(1.0 + s * s);
  double z;
  for (;;) {
    double u1 = randomDouble(r);
    z = std::cos(M_PI * u1);
    double d = z / (rr + z);
    double u2 = randomDouble(r);
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * std::exp(d))
      break;
  }
  double q = 1.0 / rr;
  double f = (q + z) / (1.0 + q * z);
  double u3 = randomDouble(r);
  double theta = u3 > 0.5 ? pyMod(mu + std::acos(f), kTwoPi) : pyMod(mu - std::acos(f), kTwoPi);
  return floatFrom(theta);
}

bool gammaDraw(RandomObject *r, double alpha, double beta, double *out) {
  if (alpha <= 0.0 || beta <= 0.0) {
    raise(&ValueErrorType, "gammavariate: alpha and beta must be > 0.0");
    return false;
  }
  if (alpha > 1.0) {
    const double log4 = std::log(4.0), sgMagic = 1.0 + std::log(4.5);
    double ainv = std::sqrt(2.0 * alpha - 1.0);
    double bbb = alpha - log4;
    double ccc = alpha + ainv;
    for (;;) {
      double u1 = randomDouble(r);
      if (!(1e-7 < u1 && u1 < 0.9999999))
        continue;
      double u2 = 1.0 - randomDouble(r);
      double v = std::log(u1 / (1.0 - u1)) / ainv;
      double x = alpha * std::exp(v);
      double z = u1 * u1 * u2;
      double rr = bbb + ccc * v - x;
      if (rr + sgMagic - 4.5 * z >= 0.0 || rr >= std::log(z)) {
        *out = x * beta;
        return true;
      }
    }
  }
  if (alpha == 1.0) {
    *out = -std::log(1.0 - randomDouble(r)) * beta;
    return true;
  }
  double x;
  for (;;) {
    double u = randomDouble(r);
    double b = (M_E + alpha) / M_E;
    double p = b * u;
    if (p <= 1.0)
      x = std::pow(p, 1.0 / alpha);
    else
      x = -std::log((b - p) / alpha);
    double u1 = randomDouble(r);
    if (p > 1.0) {
      if (u1 <= std::pow(x, alpha - 1.0))
        break;
    } else if (u1 <= std::exp(-x)) {
      break;
    }
  }
  *out = x * beta;
  return true;
}

Value rGammaVariate(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  double alpha, beta, x;
  if (!twoDoubles("gammavariate", "alpha", "beta", args, nargs, kwnames, &alpha, &beta) ||
      !gammaDraw(self_(self), alpha, beta, &x))
    return Value();
  return floatFrom(x);
}

Value rBetaVariate(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  double alpha, beta, y, y2;
  if (!twoDoubles("betavariate", "alpha", "beta", args, nargs, kwnames, &alpha, &beta) ||
      !gammaDraw(self_(self), alpha, 1.0, &y))
    return Value();
  if (y == 0.0)
    return floatFrom(0.0);
  if (!gammaDraw(self_(self), beta, 1.0, &y2))
    return Value();
  return floatFrom(y / (y + y2));
}

Value rParetoVariate(Value self, Value alphaV) {
  double alpha;
  if (!toDouble(alphaV, &alpha))
    return Value();
  double u = 1.0 - randomDouble(self_(self));
  if (alpha == 0.0)
    return raise(&ZeroDivisionErrorType, "float division by zero");
  return floatFrom(std::pow(u, -1.0 / alpha));
}

Value rWeibullVariate(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  double alpha, beta;
  if (!twoDoubles("weibullvariate", "alpha", "beta", args, nargs, kwnames, &alpha, &beta))
    return Value();
  double u = 1.0 - randomDouble(self_(self));
  if (beta == 0.0)
    return raise(&ZeroDivisionErrorType, "float division by zero");
  return floatFrom(alpha * std::pow(-std::log(u), 1.0 / beta));
}

// --- State ----------------------------------------------------------------------------

Value rGetState(Value self) {
  RandomObject *r = self_(self);
  Tuple *st = tupleNew(kN + 1);
  if (!st)
    return Value();
  for (int i = 0; i < kN; i++)
    st->items[i] = Value::small(r->state[i]);
  st->items[kN] = Value::small(r->index);
  return Value::object(tupleOf({Value::small(3), Value::object(st), r->gaussNext ? r->gaussNext : None()}));
}

Value rSetState(Value self, Value state) {
  RandomObject *r = self_(self);
  if (!isTuple(state) || state.as<Tuple>()->size != 3)
    return raise(&TypeErrorType, "state vector must be a tuple");
  Tuple *t = state.as<Tuple>();
  if (t->items[0] != Value::small(3) && t->items[0] != Value::small(2)) {
    Value rv = repr(t->items[0]);
    if (!rv)
      return Value();
    return raise(&ValueErrorType, "state with version %s passed to Random.setstate() of version 3",
                 cstr(rv).c_str());
  }
  Value inner = t->items[1];
  if (!isTuple(inner))
    return raise(&TypeErrorType, "state vector must be a tuple");
  Tuple *in = inner.as<Tuple>();
  if (in->size != kN + 1)
    return raise(&ValueErrorType, "state vector is the wrong size");
  uint32_t words[kN];
  for (int i = 0; i < kN; i++) {
    int64_t v;
    if (!isInt(in->items[i]) || !intAsI64(in->items[i], &v) || v < 0 || v > 0xffffffffLL)
      return raise(&OverflowErrorType, "Python int too large to convert to C unsigned long");
    words[i] = uint32_t(v);
  }
  int64_t idx;
  if (!isInt(in->items[kN]) || !intAsI64(in->items[kN], &idx) || idx < 0 || idx > kN)
    return raise(&ValueErrorType, "invalid state");
  memcpy(r->state, words, sizeof words);
  r->index = int(idx);
  r->gaussNext = isNone(t->items[2]) ? Value() : t->items[2];
  return None();
}

// --- The type --------------------------------------------------------------------------

Value randomNew(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  RandomObject *r = newObject<RandomObject>(type);
  if (!r)
    return Value();
  seedFromUrandom(r);
  return Value::object(r);
}

int randomInit(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[1];
  if (!parseArgs(ArgSpec{"Random", {"x"}, 0}, args, nargs, kwnames, a))
    return -1;
  Value r = callMethod(self, intern("seed"), {a[0] ? a[0] : None()});
  return r ? 0 : -1;
}

const MethodDef randomMethods[] = {
    KILN_METH_KW("seed", rSeed),
    KILN_METH_NOARGS("random", rRandom),
    KILN_METH_O("getrandbits", rGetRandBits),
    KILN_METH_O("randbytes", rRandBytes),
    KILN_METH_KW("randrange", rRandRange),
    KILN_METH_KW("randint", rRandInt),
    KILN_METH_O("choice", rChoice),
    KILN_METH_O("shuffle", rShuffle),
    KILN_METH_KW("sample", rSample),
    KILN_METH_KW("choices", rChoices),
    KILN_METH_KW("uniform", rUniform),
    KILN_METH_KW("triangular", rTriangular),
    KILN_METH_KW("normalvariate", rNormalVariate),
    KILN_METH_KW("gauss", rGauss),
    KILN_METH_KW("lognormvariate", rLogNormVariate),
    KILN_METH_O("expovariate", rExpoVariate),
    KILN_METH_KW("vonmisesvariate", rVonMisesVariate),
    KILN_METH_KW("gammavariate", rGammaVariate),
    KILN_METH_KW("betavariate", rBetaVariate),
    KILN_METH_O("paretovariate", rParetoVariate),
    KILN_METH_KW("weibullvariate", rWeibullVariate),
    KILN_METH_NOARGS("getstate", rGetState),
    KILN_METH_O("setstate", rSetState),
    {nullptr, nullptr, CallKind::NoArgs},
};

Value sysSeed(Value, const Value *, size_t, Tuple *) { return None(); }

Value sysNoState(Value, const Value *, size_t, Tuple *) {
  return raise(&NotImplementedErrorType, "System entropy source does not have state.");
}

Value systemRandomNew(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  RandomObject *r = newObject<RandomObject>(type);
  if (!r)
    return Value();
  r->system = true;
  r->index = kN;
  return Value::object(r);
}

const MethodDef systemRandomMethods[] = {
    KILN_METH_KW("seed", sysSeed),
    KILN_METH_KW("getstate", sysNoState),
    KILN_METH_KW("setstate", sysNoState),
    {nullptr, nullptr, CallKind::NoArgs},
};

const char *const kModuleFunctions[] = {
    "seed", "random", "uniform", "triangular", "randint", "choice", "randrange", "sample",
    "shuffle", "choices", "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate",
    "gammavariate", "gauss", "betavariate", "paretovariate", "weibullvariate", "getstate",
    "setstate", "getrandbits", "randbytes",
};

bool initRandom(Module *m) {
  if (!(RandomType.flags & TF_READY)) {
    // repr <class 'random.Random'>, __name__ 'Random', __module__ 'random'.
    typeInitBuiltin(&RandomType, "random.Random", &ObjectType, sizeof(RandomObject));
    RandomType.name = intern("Random");
    RandomType.newFn = randomNew;
    RandomType.init = randomInit;
    typeReady(&RandomType, randomMethods);
    dictSetStr(RandomType.dict, names.module, strFromAscii("random"));
    typeInitBuiltin(&SystemRandomType, "random.SystemRandom", &RandomType, sizeof(RandomObject));
    SystemRandomType.name = intern("SystemRandom");
    SystemRandomType.newFn = systemRandomNew;
    typeReady(&SystemRandomType, systemRandomMethods);
    dictSetStr(SystemRandomType.dict, names.module, strFromAscii("random"));
  }
  moduleAdd(m, "SystemRandom", Value::object(&SystemRandomType));
  Value cls = Value::object(&RandomType);
  moduleAdd(m, "Random", cls);
  moduleAdd(m, "NV_MAGICCONST", floatFrom(4 * std::exp(-0.5) / std::sqrt(2.0)));
  moduleAdd(m, "TWOPI", floatFrom(kTwoPi));
  moduleAdd(m, "LOG4", floatFrom(std::log(4.0)));
  moduleAdd(m, "SG_MAGICCONST", floatFrom(1.0 + std::log(4.5)));
  moduleAdd(m, "BPF", Value::small(53));
  moduleAdd(m, "RECIP_BPF", floatFrom(std::ldexp(1.0, -53)));
  Value inst = call(cls, nullptr, 0);
  if (!inst)
    return false;
  moduleAdd(m, "_inst", inst);
  for (const char *name : kModuleFunctions) {
    Value f = getAttr(inst, name);
    if (!f)
      return false;
    moduleAdd(m, name, f);
  }
  return true;
}

} // namespace

KILN_NATIVE_MODULE("random", initRandom);

} // namespace kiln::rt
