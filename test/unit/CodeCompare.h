//===- CodeCompare.h - Comparing code objects in unit tests ---*- C++ -*-===//
//
// Field-by-field equality checks for code objects, constants and location
// tables, shared by the unit tests.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "frontend/CodeObject.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kiln::frontend::testing {

inline bool sameLocation(const Location &a, const Location &b) {
  return a.line == b.line && a.endLine == b.endLine && a.col == b.col &&
         a.endCol == b.endCol;
}

inline std::string show(const Location &l) {
  return "(" + std::to_string(l.line) + ", " + std::to_string(l.endLine) + ", " +
         std::to_string(l.col) + ", " + std::to_string(l.endCol) + ")";
}

inline void expectLocations(const std::vector<Location> &got, const std::vector<Location> &want) {
  ASSERT_EQ(got.size(), want.size());
  for (size_t i = 0; i < got.size(); ++i)
    EXPECT_TRUE(sameLocation(got[i], want[i]))
        << "unit " << i << ": " << show(got[i]) << " != " << show(want[i]);
}

inline void expectSameCode(const CodeObject &a, const CodeObject &b);

inline void expectSameConstant(const Constant &a, const Constant &b) {
  ASSERT_EQ(a.kind, b.kind);
  if (a.kind == Constant::Kind::Code) {
    expectSameCode(*a.code, *b.code);
  } else if (a.kind == Constant::Kind::Tuple || a.kind == Constant::Kind::FrozenSet) {
    ASSERT_EQ(a.items.size(), b.items.size());
    for (size_t i = 0; i < a.items.size(); ++i)
      expectSameConstant(*a.items[i], *b.items[i]);
  } else {
    EXPECT_TRUE(a.identical(b)) << a.repr() << " vs " << b.repr();
  }
}

inline void expectSameCode(const CodeObject &a, const CodeObject &b) {
  EXPECT_EQ(a.name, b.name);
  EXPECT_EQ(a.qualname, b.qualname);
  EXPECT_EQ(a.filename, b.filename);
  EXPECT_EQ(a.firstlineno, b.firstlineno);
  EXPECT_EQ(a.argcount, b.argcount);
  EXPECT_EQ(a.posonlyargcount, b.posonlyargcount);
  EXPECT_EQ(a.kwonlyargcount, b.kwonlyargcount);
  EXPECT_EQ(a.stacksize, b.stacksize);
  EXPECT_EQ(a.flags, b.flags);
  EXPECT_EQ(a.code, b.code);
  EXPECT_EQ(a.names, b.names);
  EXPECT_EQ(a.varnames, b.varnames);
  EXPECT_EQ(a.cellvars, b.cellvars);
  EXPECT_EQ(a.freevars, b.freevars);
  expectLocations(b.locations, a.locations);
  ASSERT_EQ(a.exceptionTable.size(), b.exceptionTable.size());
  for (size_t i = 0; i < a.exceptionTable.size(); ++i) {
    EXPECT_EQ(a.exceptionTable[i].start, b.exceptionTable[i].start);
    EXPECT_EQ(a.exceptionTable[i].end, b.exceptionTable[i].end);
    EXPECT_EQ(a.exceptionTable[i].target, b.exceptionTable[i].target);
    EXPECT_EQ(a.exceptionTable[i].depth, b.exceptionTable[i].depth);
    EXPECT_EQ(a.exceptionTable[i].lasti, b.exceptionTable[i].lasti);
  }
  ASSERT_EQ(a.consts.size(), b.consts.size());
  for (size_t i = 0; i < a.consts.size(); ++i)
    expectSameConstant(*a.consts[i], *b.consts[i]);
}

} // namespace kiln::frontend::testing
