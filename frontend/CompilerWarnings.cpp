//===- CompilerWarnings.cpp - CPython's compile-time SyntaxWarnings -------===//
//
// The compiler warns, as CPython 3.11's does, about code that is valid but
// almost surely a mistake: `x is 1`, calling or subscripting a literal,
// indexing a literal sequence with a non-integer, `assert (x, "msg")`. The
// warnings are collected with their lines; whoever compiled the code
// reports them (the runtime prints them as the warnings module would).
//
//===----------------------------------------------------------------------===//
#include "frontend/Compiler.h"

#include <cstring>

namespace kiln::frontend::detail {

namespace {

using K = Constant::Kind;

const char *constantTypeName(const Constant &c) {
  switch (c.kind) {
  case K::None: return "NoneType";
  case K::True:
  case K::False: return "bool";
  case K::Ellipsis: return "ellipsis";
  case K::Int: return "int";
  case K::Float: return "float";
  case K::Complex: return "complex";
  case K::Str: return "str";
  case K::Bytes: return "bytes";
  case K::Tuple: return "tuple";
  case K::FrozenSet: return "frozenset";
  case K::Code: return "code";
  }
  return "object";
}

/// The type an expression certainly has (CPython's infer_type), or null.
const char *inferType(const Expr *e) {
  switch (e->nodeKind) {
  case NodeKind::Tuple: return "tuple";
  case NodeKind::List:
  case NodeKind::ListComp: return "list";
  case NodeKind::Dict:
  case NodeKind::DictComp: return "dict";
  case NodeKind::Set:
  case NodeKind::SetComp: return "set";
  case NodeKind::GeneratorExp: return "generator";
  case NodeKind::Lambda: return "function";
  case NodeKind::JoinedStr:
  case NodeKind::FormattedValue: return "str";
  case NodeKind::Slice: return "slice";
  case NodeKind::ConstantExpr: return constantTypeName(*cast<ConstantExpr>(e)->value);
  default: return nullptr;
  }
}

/// `is` may compare with None, True, False and ... without a warning.
bool fineForIs(const Expr *e) {
  auto *c = dyn_cast<ConstantExpr>(e);
  if (!c)
    return true;
  K k = c->value->kind;
  return k == K::None || k == K::True || k == K::False || k == K::Ellipsis;
}

} // namespace

void Compiler::warn(const Node *at, std::string msg) {
  warnings.push_back(CompileWarning{at->lineno, std::move(msg)});
}

void Compiler::checkCompare(const Compare *e) {
  const Expr *left = e->left;
  for (size_t i = 0; i < e->ops.size(); i++) {
    const Expr *right = e->comparators[i];
    CmpOpKind op = e->ops[i];
    if ((op == CmpOpKind::Is || op == CmpOpKind::IsNot) && (!fineForIs(left) || !fineForIs(right))) {
      warn(e, op == CmpOpKind::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                  : "\"is not\" with a literal. Did you mean \"!=\"?");
      return; // one warning per comparison chain
    }
    left = right;
  }
}

void Compiler::checkCaller(const Call *e) {
  const Expr *f = e->func;
  switch (f->nodeKind) {
  case NodeKind::ConstantExpr:
  case NodeKind::Tuple:
  case NodeKind::List:
  case NodeKind::ListComp:
  case NodeKind::Dict:
  case NodeKind::DictComp:
  case NodeKind::Set:
  case NodeKind::SetComp:
  case NodeKind::GeneratorExp:
  case NodeKind::JoinedStr:
  case NodeKind::FormattedValue:
    warn(e, std::string("'") + inferType(f) + "' object is not callable; perhaps you missed a comma?");
    break;
  default: break;
  }
}

void Compiler::checkSubscript(const Subscript *e) {
  const Expr *v = e->value;
  bool notSubscriptable = false;
  switch (v->nodeKind) {
  case NodeKind::ConstantExpr: {
    K k = cast<ConstantExpr>(v)->value->kind;
    notSubscriptable = k == K::None || k == K::Ellipsis || k == K::Int || k == K::True ||
                       k == K::False || k == K::Float || k == K::Complex || k == K::FrozenSet;
    break;
  }
  case NodeKind::Set:
  case NodeKind::SetComp:
  case NodeKind::GeneratorExp:
  case NodeKind::Lambda: notSubscriptable = true; break;
  default: break;
  }
  if (notSubscriptable) {
    warn(e, std::string("'") + inferType(v) +
                "' object is not subscriptable; perhaps you missed a comma?");
    return;
  }
  // A literal sequence indexed by something that is surely no integer.
  const char *index = inferType(e->slice);
  if (!index || !strcmp(index, "int") || !strcmp(index, "bool") || !strcmp(index, "slice"))
    return;
  switch (v->nodeKind) {
  case NodeKind::ConstantExpr: {
    K k = cast<ConstantExpr>(v)->value->kind;
    if (k != K::Str && k != K::Bytes && k != K::Tuple)
      return;
    break;
  }
  case NodeKind::Tuple:
  case NodeKind::List:
  case NodeKind::ListComp:
  case NodeKind::JoinedStr:
  case NodeKind::FormattedValue: break;
  default: return;
  }
  warn(e, std::string(inferType(v)) + " indices must be integers or slices, not " + index +
              "; perhaps you missed a comma?");
}

void Compiler::checkAssert(const Assert *s) {
  auto *t = dyn_cast<Tuple>(s->test);
  if (t && !t->elts.empty())
    warn(s, "assertion is always true, perhaps remove parentheses?");
}

} // namespace kiln::frontend::detail
