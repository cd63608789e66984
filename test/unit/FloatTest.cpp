// Unit tests for floats and complex: repr, parsing, rounding, hashing,
// formatting (runtime/objects/Float.cpp, NumberFormat.cpp).
#include "RuntimeTestInit.h"
#include "runtime/Abstract.h"
#include "runtime/Errors.h"
#include "runtime/objects/Float.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/Str.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace kiln::rt;

namespace {

class FloatTest : public ::testing::Test {
protected:
  void SetUp() override { kiln::test::ensureRuntime(); }
};

std::string text(Value v) {
  EXPECT_TRUE(v);
  return v ? strToUtf8(v) : "<error>";
}

std::string fmt(double v, const char *spec) {
  return text(formatFloat(v, strFromAscii(spec).as<Str>()));
}

double parse(const char *s) {
  double d = -12345.0;
  EXPECT_TRUE(parseFloatText(s, &d)) << s;
  return d;
}

double rounded(double x, int64_t nd) {
  Value r = floatRound(x, Value::small(nd));
  EXPECT_TRUE(r);
  return r ? floatValue(r) : NAN;
}

} // namespace

TEST_F(FloatTest, Repr) {
  EXPECT_EQ(floatRepr(1.0), "1.0");
  EXPECT_EQ(floatRepr(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(floatRepr(1e16), "1e+16");
  EXPECT_EQ(floatRepr(1234567890123456.0), "1234567890123456.0");
  EXPECT_EQ(floatRepr(0.0001), "0.0001");
  EXPECT_EQ(floatRepr(0.00001), "1e-05");
  EXPECT_EQ(floatRepr(-0.0), "-0.0");
  EXPECT_EQ(floatRepr(5e-324), "5e-324");
  EXPECT_EQ(floatRepr(INFINITY), "inf");
  EXPECT_EQ(floatRepr(-NAN), "nan");
  EXPECT_EQ(complexRepr(0.0, 2.0), "2j");
  EXPECT_EQ(complexRepr(-0.0, -0.0), "(-0-0j)");
  EXPECT_EQ(complexRepr(1.0, NAN), "(1+nanj)");
  EXPECT_EQ(complexRepr(0.0, -0.0), "-0j");
}

TEST_F(FloatTest, Parse) {
  EXPECT_EQ(parse(" 1_000.5 "), 1000.5);
  EXPECT_EQ(parse("-Infinity"), -INFINITY);
  EXPECT_TRUE(std::isnan(parse("+nan")));
  EXPECT_EQ(parse(".5e1"), 5.0);
  EXPECT_EQ(parse("5."), 5.0);
  EXPECT_EQ(parse("1e400"), INFINITY);
  EXPECT_EQ(parse("2.2250738585072011e-308"), 2.2250738585072011e-308);
  double d;
  for (const char *bad : {"", "1__0", "_1", "1_", ".", "1e", "0x10", "infinit", "1.2.3", "- 1"})
    EXPECT_FALSE(parseFloatText(bad, &d)) << bad;
  EXPECT_FALSE(floatFromString(strFromAscii("abc")));
  Value e = takeError();
  EXPECT_EQ(text(str(e)), "could not convert string to float: 'abc'");
}

TEST_F(FloatTest, Round) {
  EXPECT_EQ(rounded(2.675, 2), 2.67);
  EXPECT_EQ(rounded(0.125, 2), 0.12);
  EXPECT_EQ(rounded(0.375, 2), 0.38);
  EXPECT_EQ(rounded(12345.678, -2), 12300.0);
  EXPECT_EQ(rounded(1.5, 400), 1.5);
  EXPECT_EQ(rounded(2.5e-323, 323), 2e-323);
  EXPECT_TRUE(std::signbit(rounded(-0.4, 0)));
  EXPECT_EQ(intSign(floatRound(0.5, Value())), 0);
  std::string s;
  ASSERT_TRUE(intToDecimal(floatRound(1.5, Value()), s));
  EXPECT_EQ(s, "2");
  ASSERT_TRUE(intToDecimal(floatRound(-2.5, Value()), s));
  EXPECT_EQ(s, "-2");
  EXPECT_FALSE(floatRound(1.7976931348623157e308, Value::small(-308)));
  EXPECT_EQ(text(str(takeError())), "rounded value too large to represent");
}

TEST_F(FloatTest, Hash) {
  EXPECT_EQ(floatHash(1.5), 1152921504606846977);
  EXPECT_EQ(floatHash(-1.0), -2);
  EXPECT_EQ(floatHash(INFINITY), 314159);
  EXPECT_EQ(floatHash(-INFINITY), -314159);
  EXPECT_EQ(floatHash(1e300), 1224995262755759164);
  EXPECT_EQ(floatHash(std::ldexp(1.0, 100)), 549755813888);
  EXPECT_EQ(floatHash(-0.0), 0);
}

TEST_F(FloatTest, ExactConversions) {
  mpz_t m;
  mpz_init_set_ui(m, 1);
  double d;
  EXPECT_TRUE(mpzLdexp(m, -1074, &d));
  EXPECT_EQ(d, 5e-324);
  EXPECT_TRUE(mpzLdexp(m, -1075, &d)); // half of the smallest subnormal: ties to even (0)
  EXPECT_EQ(d, 0.0);
  mpz_set_ui(m, 3);
  EXPECT_TRUE(mpzLdexp(m, -1076, &d)); // 0.75 ulp rounds up
  EXPECT_EQ(d, 5e-324);
  EXPECT_FALSE(mpzLdexp(m, 1023, &d));
  mpz_clear(m);
  double div, mod;
  EXPECT_TRUE(floatDivmod(-7.5, 2.0, &div, &mod));
  EXPECT_EQ(div, -4.0);
  EXPECT_EQ(mod, 0.5);
  EXPECT_FALSE(floatDivmod(1.0, 0.0, &div, &mod));
  EXPECT_EQ(text(str(takeError())), "float divmod()");
}

TEST_F(FloatTest, FormatDouble) {
  EXPECT_EQ(formatDouble(1.0, 'r', 0, false, true), "1.0");
  EXPECT_EQ(formatDouble(1e16, 'r', 0, true, false), "1.e+16");
  EXPECT_EQ(formatDouble(1.5, 'g', 6, false, false), "1.5");
  EXPECT_EQ(formatDouble(1.0, 'g', 6, true, false), "1.00000");
  EXPECT_EQ(formatDouble(1e10, 'e', 6, false, false), "1.000000e+10");
  EXPECT_EQ(formatDouble(-2.5, 'f', 0, false, false), "-2");
  EXPECT_EQ(formatDouble(INFINITY, 'F', 2, false, false), "INF");
}

TEST_F(FloatTest, FormatSpec) {
  EXPECT_EQ(fmt(1.0, ""), "1.0");
  EXPECT_EQ(fmt(1.0, ".3"), "1.0");
  EXPECT_EQ(fmt(1234.0, ".2"), "1.2e+03");
  EXPECT_EQ(fmt(5.0, ".0"), "5e+00");
  EXPECT_EQ(fmt(0.5, ".0%"), "50%");
  EXPECT_EQ(fmt(1.5, "010,.2f"), "000,001.50");
  EXPECT_EQ(fmt(12345.678, "020,.2f"), "0,000,000,012,345.68");
  EXPECT_EQ(fmt(-0.0, "z.1f"), "0.0");
  EXPECT_EQ(fmt(-INFINITY, "010f"), "-000000inf");
  EXPECT_EQ(fmt(100.0, "#g"), "100.000");
  EXPECT_EQ(fmt(0.0001, "#.3g"), "0.000100");
  EXPECT_EQ(fmt(123456789.0, "_"), "123_456_789.0");
  EXPECT_EQ(fmt(1.5, "0=+12.3e"), "+001.500e+00");
  EXPECT_FALSE(formatFloat(1.0, strFromAscii("x").as<Str>()));
  EXPECT_EQ(text(str(takeError())), "Unknown format code 'x' for object of type 'float'");
}

TEST_F(FloatTest, FormatComplex) {
  auto cf = [](double re, double im, const char *spec) {
    return text(formatComplex(re, im, strFromAscii(spec).as<Str>()));
  };
  EXPECT_EQ(cf(1, 2, ".2f"), "1.00+2.00j");
  EXPECT_EQ(cf(0, 2, "g"), "0+2j");
  EXPECT_EQ(cf(1, 2, ">20"), "              (1+2j)");
  EXPECT_EQ(cf(1, 2, " "), "( 1+2j)");
  EXPECT_EQ(cf(1234, 5678, ","), "(1,234+5,678j)");
  EXPECT_EQ(cf(-0.0, -0.0, "z"), "(0+0j)");
  EXPECT_EQ(cf(1, 2, "#"), "(1.+2.j)");
  EXPECT_FALSE(formatComplex(1, 2, strFromAscii("010").as<Str>()));
  EXPECT_EQ(text(str(takeError())), "Zero padding is not allowed in complex format specifier");
}
