//===- ErrorsTest.cpp - raising exceptions with formatted messages --------===//
#include "runtime/Abstract.h"
#include "runtime/Errors.h"
#include "runtime/ThreadState.h"
#include "runtime/objects/Exception.h"
#include "runtime/objects/Str.h"
#include "RuntimeTestInit.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>

using namespace kiln::rt;

namespace {

class ErrorsTest : public ::testing::Test {
protected:
  void SetUp() override { kiln::test::ensureRuntime(); }
  void TearDown() override { clearError(); }
  /// str() of the pending exception, which is then cleared.
  static std::string pendingMessage() {
    Value e = ts.curExc;
    EXPECT_TRUE(bool(e));
    clearError();
    return e ? strToUtf8(str(e)) : std::string();
  }
};

// Messages without conversions are made once per format address; a
// buffer reused with other text must still give its current text.
TEST_F(ErrorsTest, ConstantMessagesFollowTheText) {
  raise(&ValueErrorType, "list index out of range");
  EXPECT_EQ(pendingMessage(), "list index out of range");
  raise(&ValueErrorType, "list index out of range");
  EXPECT_EQ(pendingMessage(), "list index out of range");
  char buf[32];
  strcpy(buf, "first text");
  raise(&ValueErrorType, "%s", buf); // formatted path
  EXPECT_EQ(pendingMessage(), "first text");
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-security"
  raise(&ValueErrorType, buf);
  EXPECT_EQ(pendingMessage(), "first text");
  strcpy(buf, "second text");
  raise(&ValueErrorType, buf);
  EXPECT_EQ(pendingMessage(), "second text");
#pragma GCC diagnostic pop
  raise(&KeyErrorType, "%d%%", 50); // conversions still formatted
  EXPECT_EQ(pendingMessage(), "'50%'");
}

} // namespace
