//===- RuntimeABITest.cpp - the C entry points of RuntimeABI.def ----------===//
#include "runtime/RuntimeABI.h"
#include "runtime/Abstract.h"
#include "runtime/Errors.h"
#include "runtime/Names.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "RuntimeTestInit.h"

#include <gtest/gtest.h>

using namespace kiln::rt;

namespace {

class RuntimeABITest : public ::testing::Test {
protected:
  void SetUp() override { kiln::test::ensureRuntime(); }
  void TearDown() override { clearError(); }
  static KilnValue K(Value v) { return v.bits(); }
  static Value V(KilnValue k) { return Value::fromBits(k); }
};

TEST_F(RuntimeABITest, ArithmeticAndComparisonGoThroughTheProtocols) {
  KilnValue big = K(intFromI64(INT64_MAX));
  KilnValue r = kiln_number_binary_op(big, K(Value::small(1)), 0 /* NB_ADD */);
  ASSERT_NE(r, 0u);
  EXPECT_EQ(strToUtf8(repr(V(r))), "9223372036854775808");
  KilnValue lt = kiln_object_compare(K(Value::small(1)), r, 0 /* < */);
  EXPECT_EQ(V(lt), TrueValue);
  EXPECT_EQ(kiln_object_is_true(K(Value::small(0))), 0);
}

TEST_F(RuntimeABITest, ErrorsAreANullValueWithTheExceptionSet) {
  KilnValue r = kiln_number_binary_op(K(Value::small(1)), K(strFromUtf8("a")), 0);
  EXPECT_EQ(r, 0u);
  ASSERT_EQ(kiln_exc_occurred(), 1);
  KilnValue exc = kiln_exc_fetch();
  EXPECT_EQ(kiln_exc_occurred(), 0);
  EXPECT_TRUE(isInstance(V(exc), &TypeErrorType));
  EXPECT_EQ(strToUtf8(str(V(exc))), "unsupported operand type(s) for +: 'int' and 'str'");
  EXPECT_EQ(kiln_exc_restore(exc), -1);
  EXPECT_EQ(kiln_exc_occurred(), 1);
}

TEST_F(RuntimeABITest, ContainersBuildAndUnpack) {
  Value items[3] = {Value::small(1), Value::small(2), Value::small(3)};
  KilnValue t = kiln_tuple_build(items, 3);
  KilnValue l = kiln_list_build(items, 3);
  EXPECT_EQ(kiln_list_append(l, K(Value::small(4))), 0);
  EXPECT_EQ(strToUtf8(repr(V(t))), "(1, 2, 3)");
  EXPECT_EQ(strToUtf8(repr(V(l))), "[1, 2, 3, 4]");
  Value pairs[2] = {strFromUtf8("k"), Value::small(9)};
  KilnValue d = kiln_dict_build(pairs, 1);
  EXPECT_EQ(strToUtf8(repr(V(d))), "{'k': 9}");
  Value out[3];
  EXPECT_EQ(kiln_seq_unpack(t, 3, out), 0);
  // Stack order: the first item ends on top (the last slot).
  EXPECT_EQ(out[0].smallValue(), 3);
  EXPECT_EQ(out[2].smallValue(), 1);
  EXPECT_EQ(kiln_seq_unpack(t, 2, out), -1);
  EXPECT_TRUE(errMatches(&ValueErrorType));
}

TEST_F(RuntimeABITest, AttributesAndCalls) {
  KilnValue l = kiln_list_build(nullptr, 0);
  KilnValue append = kiln_object_getattr(l, intern("append"));
  ASSERT_NE(append, 0u);
  Value arg = strFromUtf8("x");
  EXPECT_NE(kiln_object_call(append, &arg, 1, nullptr), 0u);
  EXPECT_EQ(strToUtf8(repr(V(l))), "['x']");
  EXPECT_EQ(kiln_object_getattr(l, intern("nope")), 0u);
  EXPECT_TRUE(errMatches(&AttributeErrorType));
}

} // namespace
