// Unit tests for ints: small/big arithmetic, hashing, text, int() parsing,
// formatting (runtime/objects/Int.cpp, IntMethods.cpp, NumberFormat.cpp).
#include "RuntimeTestInit.h"
#include "runtime/Abstract.h"
#include "runtime/Errors.h"
#include "runtime/objects/Float.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"

#include <gtest/gtest.h>

using namespace kiln::rt;

namespace {

class IntTest : public ::testing::Test {
protected:
  void SetUp() override { kiln::test::ensureRuntime(); }
};

Value big(const char *decimal) {
  mpz_t z;
  mpz_init_set_str(z, decimal, 10);
  Value v = intFromMpz(z);
  mpz_clear(z);
  return v;
}

std::string dec(Value v) {
  std::string s;
  EXPECT_TRUE(intToDecimal(v, s));
  return s;
}

std::string text(Value v) {
  EXPECT_TRUE(v);
  return v ? strToUtf8(v) : "<error>";
}

std::string takeMessage() {
  Value e = takeError();
  if (!e)
    return "<no error>";
  Value s = str(e);
  return std::string(typeName(e)) + ": " + (s ? strToUtf8(s) : "?");
}

} // namespace

TEST_F(IntTest, SmallOverflowPromotes) {
  Value a = Value::small(Value::kMaxSmall);
  Value r = intAdd(a, Value::small(1));
  EXPECT_FALSE(r.isSmall());
  EXPECT_EQ(dec(r), "4611686018427387904");
  EXPECT_TRUE(intSub(r, Value::small(1)).isSmall()); // normalized back
  EXPECT_EQ(dec(intMul(a, a)), "21267647932558653957237540927630737409");
  EXPECT_EQ(dec(intNeg(Value::small(Value::kMinSmall))), "4611686018427387904");
}

TEST_F(IntTest, FloorDivisionAndModulo) {
  EXPECT_EQ(dec(intFloorDiv(Value::small(-7), Value::small(2))), "-4");
  EXPECT_EQ(dec(intMod(Value::small(-7), Value::small(2))), "1");
  EXPECT_EQ(dec(intMod(Value::small(7), Value::small(-2))), "-1");
  Value b = big("-1267650600228229401496703205376"); // -(2**100)
  EXPECT_EQ(dec(intFloorDiv(b, Value::small(7))), "-181092942889747057356671886483");
  EXPECT_EQ(dec(intMod(b, Value::small(7))), "5");
  EXPECT_FALSE(intFloorDiv(Value::small(1), Value::small(0)));
  EXPECT_EQ(takeMessage(), "ZeroDivisionError: integer division or modulo by zero");
}

TEST_F(IntTest, Hash) {
  EXPECT_EQ(intHash(Value::small(-1)), -2);
  EXPECT_EQ(intHash(Value::small(12345)), 12345);
  EXPECT_EQ(intHash(big("2305843009213693951")), 0);            // 2**61 - 1
  EXPECT_EQ(intHash(big("2305843009213693952")), 1);            // 2**61
  EXPECT_EQ(intHash(big("-2305843009213693953")), -2);          // -(2**61 + 1)
  EXPECT_EQ(intHash(big("1267650600228229401496703205376")), 549755813888); // 2**100
}

TEST_F(IntTest, TextConversions) {
  EXPECT_EQ(intToBase(Value::small(-255), 16, true), "-0xff");
  EXPECT_EQ(intToBase(Value::small(5), 2, true), "0b101");
  EXPECT_EQ(dec(intFromString(" -1_000 ", 10, Value::small(0))), "-1000");
  EXPECT_EQ(dec(intFromString("0x_ff", 0, Value::small(0))), "255");
  EXPECT_EQ(dec(intFromString("zz", 36, Value::small(0))), "1295");
  EXPECT_EQ(dec(intFromString("123456789012345678901234567890", 10, Value::small(0))),
            "123456789012345678901234567890");
  EXPECT_FALSE(intFromString("1__0", 10, strFromAscii("1__0")));
  EXPECT_EQ(takeMessage(), "ValueError: invalid literal for int() with base 10: '1__0'");
  EXPECT_FALSE(intFromString("010", 0, strFromAscii("010")));
  takeError();
}

TEST_F(IntTest, Constructor) {
  Value args[2] = {strFromAscii("ff"), Value::small(16)};
  Value r = call(Value::object(&IntType), args, 2);
  EXPECT_EQ(dec(r), "255");
  Value f = floatFrom(-3.99);
  EXPECT_EQ(dec(call(Value::object(&IntType), &f, 1)), "-3");
  Value one[1] = {floatFrom(1.5)};
  Value bad[2] = {one[0], Value::small(10)};
  EXPECT_FALSE(call(Value::object(&IntType), bad, 2));
  EXPECT_EQ(takeMessage(), "TypeError: int() can't convert non-string with explicit base");
}

TEST_F(IntTest, Format) {
  auto fmt = [](Value v, const char *spec) {
    return text(formatInt(v, strFromAscii(spec).as<Str>()));
  };
  EXPECT_EQ(fmt(Value::small(1234), "0=10,"), "00,001,234");
  EXPECT_EQ(fmt(Value::small(1234), "0=8,"), "0,001,234");
  EXPECT_EQ(fmt(Value::small(-1234), "010_x"), "-0000_04d2");
  EXPECT_EQ(fmt(Value::small(1234), "#010_b"), "0b100_1101_0010");
  EXPECT_EQ(fmt(Value::small(255), "#X"), "0XFF");
  EXPECT_EQ(fmt(Value::small(12), "*^7"), "**12***");
  EXPECT_EQ(fmt(Value::small(65), "c"), "A");
  EXPECT_EQ(fmt(big("1180591620717411303424"), ","), "1,180,591,620,717,411,303,424");
  EXPECT_EQ(fmt(Value::small(5), "+.2%"), "+500.00%");
  EXPECT_FALSE(formatInt(Value::small(1), strFromAscii(".2d").as<Str>()));
  EXPECT_EQ(takeMessage(), "ValueError: Precision not allowed in integer format specifier");
  EXPECT_FALSE(formatInt(Value::small(1), strFromAscii(",x").as<Str>()));
  EXPECT_EQ(takeMessage(), "ValueError: Cannot specify ',' with 'x'.");
  EXPECT_FALSE(formatInt(Value::small(1), strFromAscii("dd").as<Str>()));
  EXPECT_EQ(takeMessage(), "ValueError: Invalid format specifier 'dd' for object of type 'int'");
}

TEST_F(IntTest, Bool) {
  EXPECT_TRUE(isBool(TrueValue));
  EXPECT_EQ(text(repr(TrueValue)), "True");
  EXPECT_EQ(dec(intAdd(TrueValue, TrueValue)), "2");
  EXPECT_EQ(binaryOp(TrueValue, FalseValue, 1), FalseValue);
  EXPECT_EQ(binaryOp(TrueValue, FalseValue, 12), TrueValue);
  Value r = binaryOp(TrueValue, Value::small(3), 1);
  EXPECT_EQ(r, Value::small(1));
}
