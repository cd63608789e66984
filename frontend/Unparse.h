//===- Unparse.h - Expressions back to source text -----------------------===//
///
/// What CPython's compiler stores for an annotation under `from __future__
/// import annotations`: the expression written back as source, with the
/// fewest parentheses that keep its meaning (CPython's ast_unparse.c rules).
///
//===----------------------------------------------------------------------===//
#pragma once

#include "frontend/Ast.h"

#include <string>

namespace kiln::frontend {

std::string unparseExpr(const Expr *e);

} // namespace kiln::frontend
