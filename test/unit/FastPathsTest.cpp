//===- FastPathsTest.cpp - FastPaths.h agrees with the general paths ------===//
#include "runtime/Abstract.h"
#include "runtime/Errors.h"
#include "runtime/FastPaths.h"
#include "runtime/Ops.h"
#include "runtime/objects/Float.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "RuntimeTestInit.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace kiln::rt;

namespace {

class FastPathsTest : public ::testing::Test {
protected:
  void SetUp() override { kiln::test::ensureRuntime(); }
  void TearDown() override { clearError(); }
  static bool same(Value a, Value b) { return richCompareBool(a, b, 2) == 1 && typeOf(a) == typeOf(b); }
};

TEST_F(FastPathsTest, ComparisonsMatchRichCompare) {
  Value vals[] = {Value::small(-3), Value::small(0), Value::small(7), floatFrom(-0.0), floatFrom(0.0),
                  floatFrom(2.5), floatFrom(NAN), floatFrom(INFINITY)};
  for (Value a : vals)
    for (Value b : vals)
      for (int op = 0; op < 6; op++) {
        Value fast = compareFast(a, b, op);
        bool sameKind = a.isSmall() == b.isSmall();
        if (!sameKind) {
          EXPECT_FALSE(fast); // mixed int/float: left to richCompare
          continue;
        }
        ASSERT_TRUE(fast);
        EXPECT_EQ(fast, richCompare(a, b, op)) << strToUtf8(repr(a)) << " op " << op << " "
                                               << strToUtf8(repr(b));
      }
  EXPECT_FALSE(compareFast(strFromUtf8("a"), strFromUtf8("b"), 0));
}

TEST_F(FastPathsTest, FloatArithmeticMatchesBinaryOp) {
  Value vals[] = {floatFrom(1.5), floatFrom(-0.1), floatFrom(1e308), Value::small(3), Value::small(-7)};
  for (Value a : vals)
    for (Value b : vals)
      for (int op : {0, 5, 10, 11, 13, 18, 23, 24}) {
        Value fast = floatBinaryFast(a, b, op);
        if (a.isSmall() && b.isSmall()) {
          EXPECT_FALSE(fast);
          continue;
        }
        ASSERT_TRUE(fast);
        EXPECT_TRUE(same(fast, binaryOp(a, b, op)));
      }
  EXPECT_FALSE(floatBinaryFast(floatFrom(1.0), floatFrom(0.0), 11)); // ZeroDivisionError: slow path
  EXPECT_FALSE(errOccurred());
}

TEST_F(FastPathsTest, SubscriptsAndUnpackingOnlyTakeTheEasyCases) {
  Value items[3] = {Value::small(10), Value::small(20), Value::small(30)};
  Value l = Value::object(listFromArray(items, 3));
  Value t = Value::object(tupleFromArray(items, 3));
  EXPECT_EQ(subscriptFast(l, Value::small(-1)).smallValue(), 30);
  EXPECT_EQ(subscriptFast(t, Value::small(1)).smallValue(), 20);
  EXPECT_FALSE(subscriptFast(l, Value::small(3)));   // IndexError: slow path
  EXPECT_FALSE(subscriptFast(l, floatFrom(1.0)));    // TypeError: slow path
  EXPECT_FALSE(subscriptFast(strFromUtf8("abc"), Value::small(0)));
  EXPECT_FALSE(errOccurred());
  EXPECT_TRUE(storeSubscriptFast(l, Value::small(0), Value::small(5)));
  EXPECT_FALSE(storeSubscriptFast(t, Value::small(0), Value::small(5))); // tuple: TypeError later
  EXPECT_FALSE(storeSubscriptFast(l, Value::small(-4), Value::small(5)));
  Value out[3];
  ASSERT_TRUE(unpackFast(t, 3, out));
  EXPECT_EQ(out[0].smallValue(), 10);
  EXPECT_EQ(out[2].smallValue(), 30);
  EXPECT_FALSE(unpackFast(t, 2, out)); // "too many values": slow path
  EXPECT_FALSE(errOccurred());
}

} // namespace
