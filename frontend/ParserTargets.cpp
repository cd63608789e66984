//===- ParserTargets.cpp - Assignment, deletion and loop targets ---------===//
//
// Targets are parsed as expressions and then checked: CPython's grammar has
// separate target rules, but every valid target is also a valid expression,
// and checking afterwards yields the same AST and CPython's messages
// ("cannot assign to function call", "cannot delete literal", ...).
//
//===----------------------------------------------------------------------===//
#include "frontend/Parser.h"

namespace kiln::frontend {

const char *Parser::exprName(const Expr *e) {
  switch (e->nodeKind) {
  case NodeKind::Attribute: return "attribute";
  case NodeKind::Subscript: return "subscript";
  case NodeKind::Starred: return "starred";
  case NodeKind::Name: return "name";
  case NodeKind::List: return "list";
  case NodeKind::Tuple: return "tuple";
  case NodeKind::Lambda: return "lambda";
  case NodeKind::Call: return "function call";
  case NodeKind::BoolOp:
  case NodeKind::BinOp:
  case NodeKind::UnaryOp: return "expression";
  case NodeKind::GeneratorExp: return "generator expression";
  case NodeKind::Yield:
  case NodeKind::YieldFrom: return "yield expression";
  case NodeKind::Await: return "await expression";
  case NodeKind::ListComp: return "list comprehension";
  case NodeKind::SetComp: return "set comprehension";
  case NodeKind::DictComp: return "dict comprehension";
  case NodeKind::Dict: return "dict literal";
  case NodeKind::Set: return "set display";
  case NodeKind::JoinedStr:
  case NodeKind::FormattedValue: return "f-string expression";
  case NodeKind::ConstantExpr: {
    switch (cast<ConstantExpr>(e)->value->kind) {
    case Constant::Kind::None: return "None";
    case Constant::Kind::False: return "False";
    case Constant::Kind::True: return "True";
    case Constant::Kind::Ellipsis: return "ellipsis";
    default: return "literal";
    }
  }
  case NodeKind::Compare: return "comparison";
  case NodeKind::IfExp: return "conditional expression";
  case NodeKind::NamedExpr: return "named expression";
  default: return "expression";
  }
}

void Parser::setContext(Expr *e, ExprContext ctx) {
  switch (e->nodeKind) {
  case NodeKind::Name: cast<Name>(e)->ctx = ctx; break;
  case NodeKind::Attribute: cast<Attribute>(e)->ctx = ctx; break;
  case NodeKind::Subscript: cast<Subscript>(e)->ctx = ctx; break;
  case NodeKind::Starred:
    cast<Starred>(e)->ctx = ctx;
    setContext(cast<Starred>(e)->value, ctx);
    break;
  case NodeKind::List:
    cast<List>(e)->ctx = ctx;
    for (Expr *x : cast<List>(e)->elts)
      setContext(x, ctx);
    break;
  case NodeKind::Tuple:
    cast<Tuple>(e)->ctx = ctx;
    for (Expr *x : cast<Tuple>(e)->elts)
      setContext(x, ctx);
    break;
  default: break;
  }
}

// The first sub-expression that cannot be a target, searching lists and
// tuples (and, for loop targets, the left side of an `in` comparison).
const Expr *Parser::invalidTarget(const Expr *e, ExprContext ctx, bool forTarget) {
  switch (e->nodeKind) {
  case NodeKind::List:
    for (const Expr *x : cast<List>(e)->elts)
      if (const Expr *bad = invalidTarget(x, ctx, forTarget))
        return bad;
    return nullptr;
  case NodeKind::Tuple:
    for (const Expr *x : cast<Tuple>(e)->elts)
      if (const Expr *bad = invalidTarget(x, ctx, forTarget))
        return bad;
    return nullptr;
  case NodeKind::Starred:
    if (ctx == ExprContext::Del)
      return e;
    return invalidTarget(cast<Starred>(e)->value, ctx, forTarget);
  case NodeKind::Compare:
    if (forTarget) {
      const auto *c = cast<Compare>(e);
      if (c->ops[0] == CmpOpKind::In)
        return invalidTarget(c->left, ctx, forTarget);
      return nullptr;
    }
    return e;
  case NodeKind::Name:
  case NodeKind::Subscript:
  case NodeKind::Attribute: return nullptr;
  default: return e;
  }
}

void Parser::raiseInvalidTarget(const Expr *e, ExprContext ctx, bool forTarget) {
  const Expr *bad = invalidTarget(e, ctx, forTarget);
  if (!bad)
    failGeneric();
  raiseAtNode(bad, std::string(ctx == ExprContext::Del ? "cannot delete " : "cannot assign to ") +
                       exprName(bad));
}

// star_targets: star_target (',' star_target)* [','] -> Tuple when a comma
// star_target: '*' star_target | target_with_star_atom
Expr *Parser::starTargets(bool allowTuple) {
  auto one = [&]() -> Expr * {
    if (at(TokenKind::STAR)) {
      const Token &s = next();
      auto *st = make<Starred>(s);
      st->value = bitwiseOr();
      st->ctx = ExprContext::Store;
      return finish(st);
    }
    return bitwiseOr();
  };
  Expr *first = one();
  Expr *result = first;
  if (allowTuple && at(TokenKind::COMMA)) {
    auto *t = makeAt<Tuple>(first);
    t->elts.push_back(first);
    while (accept(TokenKind::COMMA)) {
      if (!atExpressionStart() && !at(TokenKind::STAR))
        break;
      t->elts.push_back(one());
    }
    result = finish(t);
  }
  if (invalidTarget(result, ExprContext::Store, true))
    raiseInvalidTarget(result, ExprContext::Store, true);
  setContext(result, ExprContext::Store);
  return result;
}

} // namespace kiln::frontend
