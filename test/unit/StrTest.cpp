//===- StrTest.cpp - str internals: kinds, builder, interning, methods ----===//
#include "runtime/Abstract.h"
#include "runtime/Errors.h"
#include "runtime/Names.h"
#include "runtime/Runtime.h"
#include "runtime/objects/Bytes.h"
#include "runtime/objects/Format.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/UnicodeCase.h"
#include "RuntimeTestInit.h"

#include <gtest/gtest.h>

#include <string>

using namespace kiln::rt;

namespace {

class StrTest : public ::testing::Test {
protected:
  void SetUp() override { kiln::test::ensureRuntime(); }
  void TearDown() override { clearError(); }

  static Value S(const char *utf8) { return strFromUtf8(utf8); }
  static std::string U(Value v) {
    EXPECT_TRUE(v) << "unexpected error";
    if (!v)
      return "<error>";
    return strToUtf8(v);
  }
  /// Calls a str method by name.
  static Value M(Value self, const char *name, std::initializer_list<Value> args = {}) {
    return callMethod(self, intern(name), args);
  }
  static std::string R(Value v) {
    if (!v)
      return "<error>";
    return U(repr(v));
  }
  static std::string errorText() {
    Value e = takeError();
    if (!e)
      return "<no error>";
    return std::string(typeName(e)) + ": " + U(str(e));
  }
};

TEST_F(StrTest, KindsFollowTheWidestCodePoint) {
  EXPECT_EQ(S("abc").as<Str>()->kind, 1);
  EXPECT_TRUE(S("abc").as<Str>()->ascii);
  EXPECT_EQ(S("caf\xc3\xa9").as<Str>()->kind, 1);
  EXPECT_FALSE(S("caf\xc3\xa9").as<Str>()->ascii);
  EXPECT_EQ(S("\xe2\x82\xac").as<Str>()->kind, 2);
  EXPECT_EQ(S("a\xf0\x9f\x98\x80").as<Str>()->kind, 4);
  EXPECT_EQ(S("a\xf0\x9f\x98\x80").as<Str>()->length, 2);
  // Slicing narrows again.
  Value s = S("\xe2\x82\xac" "ab");
  Value sub = strSubstring(s, 1, 3);
  EXPECT_EQ(sub.as<Str>()->kind, 1);
  EXPECT_EQ(U(sub), "ab");
}

TEST_F(StrTest, BuilderWidensAndNarrows) {
  StrBuilder b;
  b.appendAscii("ab");
  b.append(0x20AC);
  b.append(0x1F600);
  Value v = b.build();
  EXPECT_EQ(v.as<Str>()->kind, 4);
  EXPECT_EQ(v.as<Str>()->length, 4);
  EXPECT_EQ(U(v), "ab\xe2\x82\xac\xf0\x9f\x98\x80");
  StrBuilder e;
  EXPECT_EQ(e.build().as<Str>()->length, 0);
}

TEST_F(StrTest, InterningGivesOneObject) {
  Str *a = intern("some_name");
  Str *b = intern("some_name");
  EXPECT_EQ(a, b);
  EXPECT_TRUE(a->interned);
  Value c = S("some_name");
  EXPECT_EQ(internStr(c.as<Str>()), a);
  EXPECT_EQ(intern("x"), intern("x"));
}

TEST_F(StrTest, ReprChoosesQuotesAndEscapes) {
  EXPECT_EQ(R(S("abc")), "'abc'");
  EXPECT_EQ(R(S("it's")), "\"it's\"");
  EXPECT_EQ(R(S("'\"")), "'\\'\"'");
  EXPECT_EQ(R(S("a\nb\t\\")), "'a\\nb\\t\\\\'");
  EXPECT_EQ(R(S("\x7f")), "'\\x7f'");
  EXPECT_EQ(R(S("\xc3\xa9")), "'\xc3\xa9'");
  EXPECT_EQ(R(strFromCodePoint(0xD800)), "'\\ud800'");
}

TEST_F(StrTest, CaseMappingTables) {
  uint32_t out[3];
  EXPECT_EQ(ucUpper(0xDF, out), 2); // sharp s -> SS
  EXPECT_EQ(out[0], uint32_t('S'));
  EXPECT_EQ(ucLower(0x130, out), 2); // capital I with dot
  EXPECT_EQ(ucTitle(0x1C6, out), 1);
  EXPECT_EQ(out[0], 0x1C5u);
  EXPECT_TRUE(ucIsTitle(0x1C5));
  EXPECT_EQ(ucUpper(0x1C6, out), 1); // a negative delta
  EXPECT_EQ(out[0], 0x1C4u);
  EXPECT_EQ(ucLower(0x10400, out), 1); // DESERET, outside the BMP
  EXPECT_EQ(out[0], 0x10428u);
  EXPECT_TRUE(ucIsCaseIgnorable('\''));
  EXPECT_EQ(ucDecimalValue(0x663), 3); // ARABIC-INDIC DIGIT THREE
  EXPECT_EQ(ucDecimalValue('a'), -1);
  EXPECT_TRUE(ucIsSpace(0x3000));
  EXPECT_FALSE(ucIsSpace(0x200B));
  EXPECT_EQ(U(M(S("\xce\x91\xce\xa3"), "lower")), "\xce\xb1\xcf\x82"); // final sigma
}

TEST_F(StrTest, SplitAndJoinEdgeCases) {
  EXPECT_EQ(R(M(S("  a  b "), "split")), "['a', 'b']");
  EXPECT_EQ(R(M(S(""), "split")), "[]");
  EXPECT_EQ(R(M(S(""), "split", {S(",")})), "['']");
  EXPECT_EQ(R(M(S("a,,b"), "rsplit", {S(","), Value::small(1)})), "['a,', 'b']");
  EXPECT_EQ(R(M(S("a\r\nb\rc"), "splitlines")), "['a', 'b', 'c']");
  Value l = Value::object(tupleOf({S("x"), S("\xe2\x82\xac"), S("y")}));
  EXPECT_EQ(U(M(S("-"), "join", {l})), "x-\xe2\x82\xac-y");
  EXPECT_FALSE(M(S(","), "join", {Value::object(tupleOf({Value::small(1)}))}));
  EXPECT_EQ(errorText(), "TypeError: sequence item 0: expected str instance, int found");
  EXPECT_FALSE(M(S("a"), "split", {S("")}));
  EXPECT_EQ(errorText(), "ValueError: empty separator");
}

TEST_F(StrTest, FormatAndPercent) {
  EXPECT_EQ(U(M(S("{0}-{1!r}-{0:>3}"), "format", {Value::small(1), S("a")})), "1-'a'-  1");
  EXPECT_FALSE(M(S("{x}"), "format"));
  EXPECT_EQ(errorText(), "KeyError: 'x'");
  EXPECT_EQ(U(strMod(S("%5s|%-3d|%x"), Value::object(tupleOf({S("ab"), Value::small(7),
                                                                  Value::small(255)})))),
            "   ab|7  |ff");
  EXPECT_FALSE(strMod(S("%s %s"), Value::object(tupleOf({Value::small(1)}))));
  EXPECT_EQ(errorText(), "TypeError: not enough arguments for format string");
  EXPECT_FALSE(strMod(S("%y"), Value::small(1)));
  EXPECT_EQ(errorText(), "ValueError: unsupported format character 'y' (0x79) at index 1");
  EXPECT_EQ(U(formatStr(S("ab"), S("*^6").as<Str>())), "**ab**");
  EXPECT_FALSE(formatStr(S("ab"), S("+").as<Str>()));
  EXPECT_EQ(errorText(), "ValueError: Sign not allowed in string format specifier");
  FormatSpec spec;
  ASSERT_TRUE(parseFormatSpec(S("x<+#012,.3f").as<Str>(), &spec, '>', 'd', "float"));
  EXPECT_EQ(spec.fill, uint32_t('x'));
  EXPECT_EQ(spec.align, '<');
  EXPECT_EQ(spec.sign, '+');
  EXPECT_TRUE(spec.alternate);
  EXPECT_EQ(spec.width, 12);
  EXPECT_EQ(spec.grouping, ',');
  EXPECT_EQ(spec.precision, 3);
  EXPECT_EQ(spec.type, uint32_t('f'));
}

TEST_F(StrTest, CodecsRoundTrip) {
  Value s = S("a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80");
  for (const char *enc : {"utf-8", "utf-16", "utf-16-be", "utf-32", "utf-32-le"}) {
    Value e = strFromAscii(enc);
    Value b = codecEncode(s, e, Value());
    ASSERT_TRUE(b) << enc;
    Value back = codecDecode(bytesData(b), bytesSize(b), b, e, Value());
    ASSERT_TRUE(back) << enc;
    EXPECT_EQ(U(back), U(s)) << enc;
  }
  EXPECT_FALSE(codecEncode(S("\xc3\xa9"), strFromAscii("ascii"), Value()));
  EXPECT_EQ(errorText(), "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in "
                         "position 0: ordinal not in range(128)");
  Value bad = bytesFromData("a\xff", 2);
  EXPECT_FALSE(codecDecode(bytesData(bad), 2, bad, Value(), Value()));
  EXPECT_EQ(errorText(), "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position "
                         "1: invalid start byte");
}

TEST_F(StrTest, BytesRepr) {
  Value b = bytesFromData("'\x00\xff\\", 4);
  EXPECT_EQ(R(b), "b\"'\\x00\\xff\\\\\"");
  EXPECT_EQ(R(byteArrayFromData("ab", 2)), "bytearray(b'ab')");
}

} // namespace
