//===- DictTest.cpp - dict internals: probing, deletion, resize, order ----===//
#include "runtime/Abstract.h"
#include "runtime/Errors.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Float.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Str.h"
#include "RuntimeTestInit.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace kiln::rt;

namespace {

class DictTest : public ::testing::Test {
protected:
  void SetUp() override { kiln::test::ensureRuntime(); }
  void TearDown() override { clearError(); }

  static std::vector<int64_t> keysOf(Dict *d) {
    std::vector<int64_t> out;
    int64_t pos = 0;
    Value k, v;
    while (dictNext(d, &pos, &k, &v)) {
      int64_t x = 0;
      EXPECT_TRUE(intAsI64(k, &x));
      out.push_back(x);
    }
    return out;
  }
  /// Live entries counted through the index table: every live entry must
  /// be reachable from exactly one index slot.
  static int64_t indexedEntries(Dict *d) {
    int64_t n = 0;
    for (int64_t i = 0; i <= d->mask; i++)
      if (dictIndexAt(d, uint64_t(i)) >= 0 && d->entries[dictIndexAt(d, uint64_t(i))].key)
        n++;
    return n;
  }
};

TEST_F(DictTest, InsertionOrderSurvivesGrowth) {
  Dict *d = dictNew();
  for (int64_t i = 0; i < 1000; i++)
    ASSERT_EQ(dictSet(d, intFromI64((i * 7919) % 1000), intFromI64(i)), 0);
  EXPECT_EQ(d->used, 1000);
  std::vector<int64_t> keys = keysOf(d);
  ASSERT_EQ(keys.size(), 1000u);
  for (int64_t i = 0; i < 1000; i++)
    EXPECT_EQ(keys[size_t(i)], (i * 7919) % 1000);
  // The index table stays at most 2/3 full.
  EXPECT_LE(d->used * 3, (d->mask + 1) * 2);
  EXPECT_EQ(indexedEntries(d), d->used);
}

TEST_F(DictTest, OverwriteKeepsPositionDeleteThenReinsertMovesToEnd) {
  Dict *d = dictNew();
  for (int64_t i = 0; i < 5; i++)
    dictSet(d, intFromI64(i), intFromI64(i));
  dictSet(d, intFromI64(1), intFromI64(100)); // overwrite: same place
  EXPECT_EQ(keysOf(d), (std::vector<int64_t>{0, 1, 2, 3, 4}));
  EXPECT_EQ(dictDel(d, intFromI64(1)), 1);
  EXPECT_EQ(dictDel(d, intFromI64(1)), 0); // missing: 0, no exception
  EXPECT_FALSE(errOccurred());
  dictSet(d, intFromI64(1), intFromI64(7));
  EXPECT_EQ(keysOf(d), (std::vector<int64_t>{0, 2, 3, 4, 1}));
  Value v = dictGet(d, intFromI64(1));
  ASSERT_TRUE(v);
  EXPECT_EQ(v.smallValue(), 7);
}

TEST_F(DictTest, DeletionsLeaveDummiesThatLookupsProbePast) {
  // Keys with equal low hash bits collide; deleting the first of a chain
  // must not hide the later ones.
  Dict *d = dictNew();
  int64_t step = 1 << 20;
  for (int64_t i = 0; i < 6; i++)
    dictSet(d, intFromI64(i * step), intFromI64(i));
  for (int64_t i = 0; i < 5; i++)
    EXPECT_EQ(dictDel(d, intFromI64(i * step)), 1);
  Value last = dictGet(d, intFromI64(5 * step));
  ASSERT_TRUE(last);
  EXPECT_EQ(last.smallValue(), 5);
  EXPECT_EQ(d->used, 1);
  // Many insert/delete rounds: the table compacts instead of filling up
  // with deleted entries.
  for (int64_t round = 0; round < 10000; round++) {
    dictSet(d, intFromI64(round + 10), None());
    dictDel(d, intFromI64(round + 10));
  }
  EXPECT_EQ(d->used, 1);
  EXPECT_LT(d->capacity, 1000);
  EXPECT_EQ(indexedEntries(d), 1);
}

TEST_F(DictTest, EqualNumbersAreOneKey) {
  // 1, 1.0 and True hash alike and compare equal: one entry, first key kept.
  Dict *d = dictNew();
  dictSet(d, intFromI64(1), strFromUtf8("int"));
  dictSet(d, floatFrom(1.0), strFromUtf8("float"));
  dictSet(d, TrueValue, strFromUtf8("bool"));
  EXPECT_EQ(d->used, 1);
  int64_t pos = 0;
  Value k, v;
  ASSERT_TRUE(dictNext(d, &pos, &k, &v));
  EXPECT_TRUE(k.isSmall());
  EXPECT_EQ(strToUtf8(v), "bool");
}

TEST_F(DictTest, StrKeysFoundByContentAndByInternedPointer) {
  Dict *d = dictNew();
  Str *interned = intern("spam");
  dictSetStr(d, interned, intFromI64(1));
  Value fresh = strFromUtf8(std::string("sp") + "am"); // a distinct object
  ASSERT_NE(fresh.obj(), static_cast<Object *>(interned));
  Value v = dictGet(d, fresh);
  ASSERT_TRUE(v);
  EXPECT_EQ(v.smallValue(), 1);
  EXPECT_TRUE(dictGetStr(d, interned));
  EXPECT_FALSE(dictGetCStr(d, "eggs"));
}

TEST_F(DictTest, UnhashableKeyRaisesEvenOnEmptyDict) {
  Dict *d = dictNew();
  Value key = Value::object(listNew());
  EXPECT_FALSE(dictGet(d, key));
  ASSERT_TRUE(errOccurred());
  EXPECT_TRUE(errMatches(&TypeErrorType));
  clearError();
  EXPECT_EQ(dictSet(d, key, None()), -1);
  clearError();
  EXPECT_EQ(dictDel(d, key), -1);
}

TEST_F(DictTest, VersionChangesWithKeysOnly) {
  Dict *d = dictNew();
  dictSet(d, intFromI64(1), intFromI64(1));
  uint64_t v1 = d->version;
  dictSet(d, intFromI64(2), intFromI64(2));
  EXPECT_NE(d->version, v1);
  Dict *c = dictCopy(d);
  EXPECT_EQ(keysOf(c), keysOf(d));
  dictClear(d);
  EXPECT_EQ(d->used, 0);
  EXPECT_EQ(c->used, 2);
}

} // namespace

namespace {

// Keys whose hashes share bit (hash & 63) with another key, keys that do
// not, deletion (bits stay set: a filter may only say "maybe") and clear
// (bits reset): the key-bit filter never hides a present key.
TEST_F(DictTest, KeyBitsNeverHideAPresentKey) {
  Dict *d = dictNew();
  EXPECT_EQ(d->keyBits, 0u);
  // Small ints hash to themselves: 5, 69 and 133 share bit 5.
  for (int64_t k : {5, 69, 133, 7})
    ASSERT_EQ(dictSet(d, intFromI64(k), intFromI64(k * 10)), 0);
  EXPECT_EQ(d->keyBits, (uint64_t(1) << 5) | (uint64_t(1) << 7));
  EXPECT_FALSE(dictMayHaveKey(d, 6));
  EXPECT_TRUE(dictMayHaveKey(d, 69));
  for (int64_t k : {5, 69, 133, 7}) {
    Value v = dictGet(d, intFromI64(k));
    ASSERT_TRUE(bool(v));
    EXPECT_EQ(v.smallValue(), k * 10);
  }
  // Replacing a value through a colliding bit keeps one entry.
  ASSERT_EQ(dictSet(d, intFromI64(133), intFromI64(1)), 0);
  EXPECT_EQ(d->used, 4);
  ASSERT_EQ(dictDel(d, intFromI64(69)), 1);
  EXPECT_TRUE(dictMayHaveKey(d, 69)); // still "maybe" after deletion
  EXPECT_FALSE(bool(dictGet(d, intFromI64(69))));
  ASSERT_EQ(dictSet(d, intFromI64(69), intFromI64(2)), 0);
  EXPECT_EQ(dictGet(d, intFromI64(69)).smallValue(), 2);
  EXPECT_EQ(d->used, 4);
  EXPECT_EQ(indexedEntries(d), d->used);
  dictClear(d);
  EXPECT_EQ(d->keyBits, 0u);
  ASSERT_EQ(dictSet(d, intFromI64(5), intFromI64(3)), 0);
  EXPECT_EQ(dictGet(d, intFromI64(5)).smallValue(), 3);
}

} // namespace

namespace {

// Index slots are 1 byte wide up to 128 slots and 4 bytes above; every key
// stays reachable across the change of width, and deletions (dummies) read
// back as -2 in either width.
TEST_F(DictTest, IndexWidthFollowsTableSize) {
  Dict *d = dictNew();
  ASSERT_EQ(dictSet(d, intFromI64(0), intFromI64(0)), 0);
  EXPECT_EQ(d->indexWidth, 1);
  for (int64_t i = 1; i < 85; i++)
    ASSERT_EQ(dictSet(d, intFromI64(i), intFromI64(i)), 0);
  EXPECT_EQ(d->mask + 1, 128);
  EXPECT_EQ(d->indexWidth, 1);
  ASSERT_EQ(dictDel(d, intFromI64(3)), 1);
  int64_t dummies = 0;
  for (int64_t j = 0; j <= d->mask; j++)
    dummies += dictIndexAt(d, uint64_t(j)) == -2;
  EXPECT_EQ(dummies, 1);
  for (int64_t i = 85; i < 300; i++)
    ASSERT_EQ(dictSet(d, intFromI64(i), intFromI64(i * 2)), 0);
  EXPECT_EQ(d->indexWidth, 4);
  EXPECT_EQ(d->used, 299);
  EXPECT_EQ(indexedEntries(d), d->used);
  for (int64_t i = 0; i < 300; i++) {
    Value v = dictGet(d, intFromI64(i));
    if (i == 3) {
      EXPECT_FALSE(bool(v));
      continue;
    }
    ASSERT_TRUE(bool(v));
    EXPECT_EQ(v.smallValue(), i < 85 ? i : i * 2);
  }
}

} // namespace
