// Unit tests for the compiler pipeline's internals: scope analysis results,
// code-object serialization round trips of compiled programs, and the CFG
// assembler's exception table for nested regions.
#include "frontend/Compiler.h"
#include "frontend/Source.h"
#include "frontend/bytecode/Serializer.h"

#include "CodeCompare.h"

#include <gtest/gtest.h>

using namespace kiln::frontend;
using namespace kiln::frontend::testing;

namespace {

std::shared_ptr<CodeObject> compile(const std::string &text, SyntaxErrorInfo *errOut = nullptr) {
  Source source;
  SyntaxErrorInfo err;
  EXPECT_TRUE(source.loadText(text, "<test>", err));
  auto code = compileSource(source, ParseMode::Exec, err);
  if (errOut)
    *errOut = err;
  return code;
}

void collect(const std::shared_ptr<CodeObject> &code, std::vector<const CodeObject *> &out) {
  out.push_back(code.get());
  for (const ConstantRef &c : code->consts)
    if (c->kind == Constant::Kind::Code)
      collect(c->code, out);
}

const char *kProgram = R"(
import os
from collections import namedtuple as nt
X = 1.5e300 * 2, -0.0, 10**40, 3+4j, b'\x00\xff', 'é\ud800', (1, (2, None)), ...
def outer(a, /, b=2, *args, c, d=4, **kw) -> int:
    total = a
    def inner(x):
        nonlocal total
        total += x
        return [y * total for y in range(x) if y]
    class C(Base, metaclass=M):
        attr: int = 1
        def m(self):
            return super().m() + __class__.attr
    try:
        with open(b) as f, ctx():
            async def g():
                async for q in aiter():
                    await q
            yield from inner(1)
    except* ValueError as e:
        raise RuntimeError from e
    finally:
        match a:
            case [1, *rest] | {'k': rest}:
                pass
            case C(x=0) if b:
                return f'{a!r:>{b}}'
    return total
)";

} // namespace

TEST(Compiler, SerializationRoundTripsEveryCodeObject) {
  auto code = compile(kProgram);
  ASSERT_TRUE(code);
  std::string bytes = serializeCode(*code);
  std::string error;
  auto back = deserializeCode(bytes, &error);
  ASSERT_TRUE(back) << error;
  expectSameCode(*code, *back);
  std::vector<const CodeObject *> all;
  collect(code, all);
  EXPECT_GE(all.size(), 7u); // module, outer, inner, listcomp, C, m, g
}

TEST(Compiler, ScopesOfNestedFunctions) {
  auto code = compile(kProgram);
  ASSERT_TRUE(code);
  std::vector<const CodeObject *> all;
  collect(code, all);
  const CodeObject *outer = nullptr, *inner = nullptr, *method = nullptr;
  for (const CodeObject *c : all) {
    if (c->qualname == "outer")
      outer = c;
    else if (c->qualname == "outer.<locals>.inner")
      inner = c;
    else if (c->qualname == "outer.<locals>.C.m")
      method = c;
  }
  ASSERT_TRUE(outer && inner && method);
  // Expected values are CPython 3.11's for the same program.
  EXPECT_EQ(outer->cellvars, std::vector<std::string>{"total"});
  EXPECT_EQ(outer->argcount, 2);
  EXPECT_EQ(outer->posonlyargcount, 1);
  EXPECT_EQ(outer->kwonlyargcount, 2);
  EXPECT_TRUE(outer->flags & CO_GENERATOR);
  EXPECT_TRUE(outer->flags & CO_VARARGS);
  EXPECT_TRUE(outer->flags & CO_VARKEYWORDS);
  EXPECT_EQ(inner->freevars, std::vector<std::string>{"total"});
  EXPECT_EQ(method->freevars, std::vector<std::string>{"__class__"});
}

TEST(Compiler, ParameterCellsComeFirst) {
  // CPython 3.11: co_cellvars == ('b', 'a', 'z'): the parameter cells in
  // co_varnames order, then the other cells sorted.
  auto code = compile("def f(b, a):\n  z = 1\n  def g(): return a, b, z\n");
  ASSERT_TRUE(code);
  std::vector<const CodeObject *> all;
  collect(code, all);
  ASSERT_GE(all.size(), 2u);
  EXPECT_EQ(all[1]->cellvars, (std::vector<std::string>{"b", "a", "z"}));
}

TEST(Compiler, ExceptionTableCoversNestedRegions) {
  auto code = compile("try:\n  try:\n    f()\n  finally:\n    g()\nexcept E:\n  h()\n");
  ASSERT_TRUE(code);
  ASSERT_GE(code->exceptionTable.size(), 3u);
  for (const ExceptionTableEntry &e : code->exceptionTable) {
    EXPECT_LT(e.start, e.end);
    EXPECT_LT(size_t(e.target), code->instructionCount());
    EXPECT_GE(e.depth, 0);
  }
}

TEST(Compiler, CompileErrorsCarryLocations) {
  SyntaxErrorInfo err;
  EXPECT_FALSE(compile("def f():\n  pass\nbreak\n", &err));
  EXPECT_EQ(err.msg, "'break' outside loop");
  EXPECT_EQ(err.line, 3);
  EXPECT_EQ(err.col, 0);
  EXPECT_FALSE(compile("def f(x):\n  global x\n", &err));
  EXPECT_EQ(err.msg, "name 'x' is parameter and global");
  EXPECT_EQ(err.line, 2);
}
