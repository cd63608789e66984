//===- CompilerPattern.cpp - The match statement -------------------------===//
#include "frontend/Compiler.h"

namespace kiln::frontend::detail {

void Compiler::matchStmt(const Match *s) { fail("match statement: not yet compiled"); }


} // namespace kiln::frontend::detail
