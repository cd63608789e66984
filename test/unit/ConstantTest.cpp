// Unit tests for constant reprs (float shortest repr, str/bytes escapes).
#include "frontend/Constant.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace kiln::frontend;

TEST(ConstantRepr, Floats) {
  EXPECT_EQ(reprFloat(1.0), "1.0");
  EXPECT_EQ(reprFloat(0.1), "0.1");
  EXPECT_EQ(reprFloat(1e16), "1e+16");
  EXPECT_EQ(reprFloat(1234567890123456.0), "1234567890123456.0");
  EXPECT_EQ(reprFloat(0.0001), "0.0001");
  EXPECT_EQ(reprFloat(0.00001), "1e-05");
  EXPECT_EQ(reprFloat(-2.5e-300), "-2.5e-300");
  EXPECT_EQ(reprFloat(1.7976931348623157e308), "1.7976931348623157e+308");
  EXPECT_EQ(reprFloat(INFINITY), "inf");
  EXPECT_EQ(reprFloat(-0.0), "-0.0");
}

TEST(ConstantRepr, Complex) {
  EXPECT_EQ(Constant::complex(0, 1)->repr(), "1j");
  EXPECT_EQ(Constant::complex(0, 2.5)->repr(), "2.5j");
  EXPECT_EQ(Constant::complex(1, -2)->repr(), "(1-2j)");
  EXPECT_EQ(Constant::complex(-0.0, 1)->repr(), "(-0+1j)");
  EXPECT_EQ(Constant::complex(0, 1e16)->repr(), "1e+16j");
}

TEST(ConstantRepr, Strings) {
  EXPECT_EQ(reprStr("abc"), "'abc'");
  EXPECT_EQ(reprStr("it's"), "\"it's\"");
  EXPECT_EQ(reprStr("'\""), "'\\'\"'");
  EXPECT_EQ(reprStr("a\tb\n\x01"), "'a\\tb\\n\\x01'");
  EXPECT_EQ(reprStr("\xC3\xA9"), "'\xC3\xA9'");         // é is printable
  EXPECT_EQ(reprStr("\xC2\xA0"), "'\\xa0'");            // NBSP is not
  EXPECT_EQ(reprStr("\xED\xA0\x80"), "'\\ud800'");      // lone surrogate
  EXPECT_EQ(reprBytes("a'\x80"), "b\"a'\\x80\"");
}

TEST(ConstantRepr, Containers) {
  EXPECT_EQ(Constant::tuple({})->repr(), "()");
  EXPECT_EQ(Constant::tuple({Constant::integer(1)})->repr(), "(1,)");
  EXPECT_EQ(Constant::tuple({Constant::none(), Constant::str("x")})->repr(),
            "(None, 'x')");
  EXPECT_EQ(Constant::integer(mpz_class("123456789012345678901234567890"))->repr(),
            "123456789012345678901234567890");
}
