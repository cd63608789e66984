//===- InlineCacheTest.cpp - Attribute and global caches stay correct -----===//
///
/// The per-site caches of generated code (runtime/AttrCache.h, GlobalCache
/// in runtime/Ops.h) must give the general path's answer after every kind
/// of change: new values, deleted and re-added attributes, instance dicts
/// with other layouts, class changes (data descriptors, shadowing methods),
/// several types at one site, globals rebound, deleted or shadowing a
/// builtin.
///
//===----------------------------------------------------------------------===//
#include "runtime/Abstract.h"
#include "runtime/AttrCache.h"
#include "runtime/Errors.h"
#include "runtime/Frame.h"
#include "runtime/FrameAlloc.h"
#include "runtime/Ops.h"
#include "runtime/Runtime.h"
#include "runtime/objects/Code.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Str.h"
#include "RuntimeTestInit.h"

#include <gtest/gtest.h>

#include <cstring>

using namespace kiln::rt;

namespace {

class InlineCacheTest : public ::testing::Test {
protected:
  void SetUp() override {
    kiln::test::ensureRuntime();
    globals = dictNew();
    dictSetStr(globals, intern("__builtins__"), Value::object(builtinsDict()));
  }
  void TearDown() override { clearError(); }

  /// Runs \p src in this test's globals.
  void exec(const char *src) {
    Value code = compileToCode(src, "<test>", "exec");
    ASSERT_TRUE(code);
    ASSERT_TRUE(runCode(code.as<Code>(), globals, Value::object(globals)));
  }
  Value global(const char *name) { return dictGetStr(globals, intern(name)); }
  int64_t smallOf(Value v) { return v && v.isSmall() ? v.smallValue() : -999; }

  Dict *globals;
};

TEST_F(InlineCacheTest, InstanceAttributesFollowChanges) {
  exec("class A:\n"
       "    def __init__(self, x, y): self.x = x; self.y = y\n"
       "a = A(1, 2)\nb = A(3, 4)\n");
  AttrCache cache;
  memset(&cache, 0, sizeof cache);
  Str *y = intern("y");
  EXPECT_EQ(smallOf(attrGetCached(global("a"), y, &cache)), 2);
  EXPECT_EQ(cache.ways[0].kind, AttrCacheEntry::InstanceEntry);
  EXPECT_EQ(smallOf(attrGetCached(global("b"), y, &cache)), 4); // same layout: hit
  exec("a.y = 20");
  EXPECT_EQ(smallOf(attrGetCached(global("a"), y, &cache)), 20);
  // Another layout: y is entry 0 of c's dict.
  exec("c = A.__new__(A)\nc.y = 7\nc.x = 8\n");
  EXPECT_EQ(smallOf(attrGetCached(global("c"), y, &cache)), 7);
  EXPECT_EQ(smallOf(attrGetCached(global("a"), y, &cache)), 20);
  exec("del a.y");
  EXPECT_FALSE(attrGetCached(global("a"), y, &cache));
  EXPECT_TRUE(errMatches(&AttributeErrorType));
  clearError();
  // A data descriptor on the class now wins over the instance dict.
  exec("A.y = property(lambda self: 99)");
  EXPECT_EQ(smallOf(attrGetCached(global("b"), y, &cache)), 99);
}

TEST_F(InlineCacheTest, StoresThroughTheCache) {
  exec("class P:\n    pass\np = P()\np.v = 1\nq = P()\nq.w = 0\nq.v = 2\n");
  AttrCache cache;
  memset(&cache, 0, sizeof cache);
  Str *v = intern("v");
  ASSERT_EQ(attrSetCached(global("p"), v, Value::small(5), &cache), 0);
  ASSERT_EQ(attrSetCached(global("p"), v, Value::small(6), &cache), 0); // hit
  ASSERT_EQ(attrSetCached(global("q"), v, Value::small(7), &cache), 0); // other index
  EXPECT_EQ(smallOf(getAttr(global("p"), v)), 6);
  EXPECT_EQ(smallOf(getAttr(global("q"), v)), 7);
  // A class with __setattr__ is never cached past the general path.
  exec("class S:\n    def __setattr__(self, k, val): object.__setattr__(self, k, val * 10)\n"
       "s = S()\n");
  AttrCache other;
  memset(&other, 0, sizeof other);
  attrSetCached(global("s"), v, Value::small(1), &other);
  attrSetCached(global("s"), v, Value::small(2), &other);
  EXPECT_EQ(smallOf(getAttr(global("s"), v)), 20);
}

TEST_F(InlineCacheTest, MethodsAndShadowing) {
  exec("class B:\n    def m(self): return 1\n"
       "class C(B):\n    def m(self): return 2\n"
       "b = B()\nc = C()\n");
  AttrCache cache;
  memset(&cache, 0, sizeof cache);
  Str *m = intern("m");
  Value out;
  EXPECT_TRUE(methodGetCached(global("b"), m, &cache, &out));
  EXPECT_EQ(out, getAttr(global("B"), m));
  EXPECT_TRUE(methodGetCached(global("c"), m, &cache, &out)); // second way
  EXPECT_EQ(out, getAttr(global("C"), m));
  EXPECT_TRUE(methodGetCached(global("b"), m, &cache, &out));
  EXPECT_EQ(out, getAttr(global("B"), m));
  // An instance attribute shadows the method.
  exec("b.m = 5");
  EXPECT_FALSE(methodGetCached(global("b"), m, &cache, &out));
  EXPECT_EQ(smallOf(out), 5);
  // Redefining the method on the class changes its version.
  exec("def m2(self): return 3\nB.m = m2\nb2 = B()\n");
  EXPECT_TRUE(methodGetCached(global("b2"), m, &cache, &out));
  EXPECT_EQ(out, global("m2"));
}

TEST_F(InlineCacheTest, GlobalsAndBuiltins) {
  exec("x = 1\ndef f(): pass\n");
  Value code = compileToCode("pass", "<test>", "exec");
  ASSERT_TRUE(code);
  Frame *f = frameNew(code.as<Code>(), globals, builtinsDict(), Value(), nullptr);
  GlobalCache cache;
  memset(&cache, 0, sizeof cache);
  Str *x = intern("x"), *len = intern("len");
  EXPECT_EQ(smallOf(opLoadGlobalCached(f, x, &cache)), 1);
  EXPECT_EQ(cache.builtins, nullptr);
  exec("x = 2"); // a new value, same key: seen through the slot
  EXPECT_EQ(smallOf(*cache.slot), 2);
  uint64_t version = globals->version;
  exec("y = 0"); // a new key: the cache's version no longer matches
  EXPECT_NE(globals->version, version);
  EXPECT_EQ(smallOf(opLoadGlobalCached(f, x, &cache)), 2);

  GlobalCache bcache;
  memset(&bcache, 0, sizeof bcache);
  Value builtinLen = opLoadGlobalCached(f, len, &bcache);
  EXPECT_EQ(builtinLen, dictGetStr(builtinsDict(), len));
  EXPECT_EQ(bcache.builtins, builtinsDict());
  exec("len = 42"); // shadows the builtin: globals' version changes
  EXPECT_NE(globals->version, bcache.globalsVersion);
  EXPECT_EQ(smallOf(opLoadGlobalCached(f, len, &bcache)), 42);
  exec("del len\ndel x");
  EXPECT_EQ(opLoadGlobalCached(f, len, &bcache), builtinLen);
  EXPECT_FALSE(opLoadGlobalCached(f, x, &cache));
  EXPECT_TRUE(errMatches(&NameErrorType));
}

} // namespace
