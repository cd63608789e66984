//===- AstOptimizer.h - Constant folding on the AST ----------------------===//
///
/// CPython 3.11 folds constants in the AST before scope analysis and code
/// generation (ast_opt.c): operators on constants (within size limits),
/// tuples of constants, subscripts of constants, `__debug__`, list and set
/// displays iterated by `for` or tested with `in` (to tuples and
/// frozensets), and `not` over `is`/`in` comparisons. Kiln does the same so
/// that its code objects carry the same constants.
///
//===----------------------------------------------------------------------===//
#pragma once

#include "frontend/Ast.h"

namespace kiln::frontend {

/// The AST nesting past which compiling fails with CPython's RecursionError
/// ("maximum recursion depth exceeded during compilation").
constexpr int kMaxCompileDepth = 2990;

/// Folds \p mod in place; new nodes are allocated in \p arena. Returns
/// false if the tree is nested deeper than kMaxCompileDepth.
bool optimizeAst(Mod *mod, AstArena &arena, int optimize, bool futureAnnotations);

} // namespace kiln::frontend
