//===- Unparse.cpp - Expressions back to source text ---------------------===//
#include "frontend/Unparse.h"

#include <cmath>

namespace kiln::frontend {

namespace {

// Operator precedence, loosest first.
enum Prec : int {
  PrTuple, PrTest, PrOr, PrAnd, PrNot, PrCmp, PrExpr, PrBor = PrExpr, PrBxor, PrBand,
  PrShift, PrArith, PrTerm, PrFactor, PrPower, PrAwait, PrAtom
};

class Unparser {
public:
  std::string out;
  void expr(const Expr *e, int level);

private:
  void paren(bool open, bool cond) {
    if (cond)
      out += open ? "(" : ")";
  }
  void constant(const ConstantExpr *c);
  void comprehensions(const ComprehensionList &gens);
  void arguments(const Arguments *a);
  void fstringBody(const ExprList &values, std::string &body, bool isFormatSpec);
  void formattedValue(const FormattedValue *f, std::string &body);
  void slice(const Expr *e);
};

void Unparser::constant(const ConstantExpr *c) {
  if (c->value->kind == Constant::Kind::Ellipsis) {
    out += "...";
    return;
  }
  out += c->kind;
  std::string r = c->value->repr();
  if (c->value->kind == Constant::Kind::Float || c->value->kind == Constant::Kind::Complex) {
    // inf is written as an overflowing literal.
    size_t p;
    while ((p = r.find("inf")) != std::string::npos)
      r.replace(p, 3, "1e309");
  }
  out += r;
}

void Unparser::comprehensions(const ComprehensionList &gens) {
  for (const Comprehension *g : gens) {
    out += g->is_async ? " async for " : " for ";
    expr(g->target, PrTuple);
    out += " in ";
    expr(g->iter, PrTest + 1);
    for (const Expr *cond : g->ifs) {
      out += " if ";
      expr(cond, PrTest + 1);
    }
  }
}

void Unparser::arguments(const Arguments *a) {
  bool first = true;
  auto sep = [&]() {
    if (!first)
      out += ", ";
    first = false;
  };
  size_t positional = a->posonlyargs.size() + a->args.size();
  size_t defaultStart = positional - a->defaults.size();
  for (size_t i = 0; i < positional; ++i) {
    const Arg *arg = i < a->posonlyargs.size() ? a->posonlyargs[i]
                                               : a->args[i - a->posonlyargs.size()];
    sep();
    out += arg->arg;
    if (i >= defaultStart) {
      out += "=";
      expr(a->defaults[i - defaultStart], PrTest);
    }
    if (i + 1 == a->posonlyargs.size())
      out += ", /";
  }
  if (a->vararg || !a->kwonlyargs.empty()) {
    sep();
    out += "*";
    if (a->vararg)
      out += a->vararg->arg;
  }
  for (size_t i = 0; i < a->kwonlyargs.size(); ++i) {
    sep();
    out += a->kwonlyargs[i]->arg;
    if (a->kw_defaults[i]) {
      out += "=";
      expr(a->kw_defaults[i], PrTest);
    }
  }
  if (a->kwarg) {
    sep();
    out += "**" + a->kwarg->arg;
  }
}

void Unparser::formattedValue(const FormattedValue *f, std::string &body) {
  Unparser inner;
  inner.expr(f->value, PrTest + 1);
  body += inner.out.rfind('{', 0) == 0 ? "{ " : "{";
  body += inner.out;
  if (f->conversion > 0) {
    body += '!';
    body += char(f->conversion);
  }
  if (f->format_spec) {
    body += ':';
    fstringBody(cast<JoinedStr>(f->format_spec)->values, body, true);
  }
  body += '}';
}

void Unparser::fstringBody(const ExprList &values, std::string &body, bool isFormatSpec) {
  for (const Expr *v : values) {
    if (auto *c = dyn_cast<ConstantExpr>(v)) {
      for (char ch : c->value->text) {
        body += ch;
        if (ch == '{' || ch == '}')
          body += ch;
      }
    } else if (auto *f = dyn_cast<FormattedValue>(v)) {
      formattedValue(f, body);
    }
  }
  (void)isFormatSpec;
}

void Unparser::slice(const Expr *e) {
  if (auto *s = dyn_cast<Slice>(e)) {
    if (s->lower)
      expr(s->lower, PrTest);
    out += ":";
    if (s->upper)
      expr(s->upper, PrTest);
    if (s->step) {
      out += ":";
      expr(s->step, PrTest);
    }
    return;
  }
  if (auto *t = dyn_cast<Tuple>(e); t && !t->elts.empty()) {
    for (size_t i = 0; i < t->elts.size(); ++i) {
      if (i)
        out += ", ";
      slice(t->elts[i]);
    }
    if (t->elts.size() == 1)
      out += ",";
    return;
  }
  expr(e, PrTuple);
}

void Unparser::expr(const Expr *e, int level) {
  switch (e->nodeKind) {
  case NodeKind::BoolOp: {
    auto *b = cast<BoolOp>(e);
    int pr = b->op == BoolOpKind::And ? PrAnd : PrOr;
    paren(true, level > pr);
    for (size_t i = 0; i < b->values.size(); ++i) {
      if (i)
        out += b->op == BoolOpKind::And ? " and " : " or ";
      expr(b->values[i], pr + 1);
    }
    paren(false, level > pr);
    return;
  }
  case NodeKind::BinOp: {
    auto *b = cast<BinOp>(e);
    static const struct {
      const char *text;
      int pr;
    } ops[] = {{" + ", PrArith}, {" - ", PrArith},  {" * ", PrTerm},  {" @ ", PrTerm},
               {" / ", PrTerm},  {" % ", PrTerm},   {" ** ", PrPower}, {" << ", PrShift},
               {" >> ", PrShift}, {" | ", PrBor},   {" ^ ", PrBxor},  {" & ", PrBand},
               {" // ", PrTerm}};
    int pr = ops[int(b->op)].pr;
    bool rassoc = b->op == BinOpKind::Pow;
    paren(true, level > pr);
    expr(b->left, pr + (rassoc ? 1 : 0));
    out += ops[int(b->op)].text;
    expr(b->right, pr + (rassoc ? 0 : 1));
    paren(false, level > pr);
    return;
  }
  case NodeKind::UnaryOp: {
    auto *u = cast<UnaryOp>(e);
    static const char *ops[] = {"~", "not ", "+", "-"};
    int pr = u->op == UnaryOpKind::Not ? PrNot : PrFactor;
    paren(true, level > pr);
    out += ops[int(u->op)];
    expr(u->operand, pr);
    paren(false, level > pr);
    return;
  }
  case NodeKind::Lambda: {
    auto *l = cast<Lambda>(e);
    paren(true, level > PrTest);
    const Arguments *a = l->args;
    bool hasArgs = !a->posonlyargs.empty() || !a->args.empty() || a->vararg ||
                   !a->kwonlyargs.empty() || a->kwarg;
    out += hasArgs ? "lambda " : "lambda";
    arguments(a);
    out += ": ";
    expr(l->body, PrTest);
    paren(false, level > PrTest);
    return;
  }
  case NodeKind::IfExp: {
    auto *i = cast<IfExp>(e);
    paren(true, level > PrTest);
    expr(i->body, PrTest + 1);
    out += " if ";
    expr(i->test, PrTest + 1);
    out += " else ";
    expr(i->orelse, PrTest);
    paren(false, level > PrTest);
    return;
  }
  case NodeKind::Dict: {
    auto *d = cast<Dict>(e);
    out += "{";
    for (size_t i = 0; i < d->values.size(); ++i) {
      if (i)
        out += ", ";
      if (d->keys[i]) {
        expr(d->keys[i], PrTest);
        out += ": ";
        expr(d->values[i], PrTest);
      } else {
        out += "**";
        expr(d->values[i], PrExpr);
      }
    }
    out += "}";
    return;
  }
  case NodeKind::Set: {
    auto *s = cast<Set>(e);
    if (s->elts.empty()) {
      out += "{*()}";
      return;
    }
    out += "{";
    for (size_t i = 0; i < s->elts.size(); ++i) {
      if (i)
        out += ", ";
      expr(s->elts[i], PrTest);
    }
    out += "}";
    return;
  }
  case NodeKind::ListComp:
    out += "[";
    expr(cast<ListComp>(e)->elt, PrTest);
    comprehensions(cast<ListComp>(e)->generators);
    out += "]";
    return;
  case NodeKind::SetComp:
    out += "{";
    expr(cast<SetComp>(e)->elt, PrTest);
    comprehensions(cast<SetComp>(e)->generators);
    out += "}";
    return;
  case NodeKind::DictComp:
    out += "{";
    expr(cast<DictComp>(e)->key, PrTest);
    out += ": ";
    expr(cast<DictComp>(e)->value, PrTest);
    comprehensions(cast<DictComp>(e)->generators);
    out += "}";
    return;
  case NodeKind::GeneratorExp:
    out += "(";
    expr(cast<GeneratorExp>(e)->elt, PrTest);
    comprehensions(cast<GeneratorExp>(e)->generators);
    out += ")";
    return;
  case NodeKind::Await:
    paren(true, level > PrAwait);
    out += "await ";
    expr(cast<Await>(e)->value, PrAtom);
    paren(false, level > PrAwait);
    return;
  case NodeKind::Yield:
    out += "(yield";
    if (auto *v = cast<Yield>(e)->value) {
      out += " ";
      expr(v, PrTest);
    }
    out += ")";
    return;
  case NodeKind::YieldFrom:
    out += "(yield from ";
    expr(cast<YieldFrom>(e)->value, PrTest);
    out += ")";
    return;
  case NodeKind::Compare: {
    auto *c = cast<Compare>(e);
    static const char *ops[] = {" == ", " != ", " < ", " <= ", " > ",
                                " >= ", " is ", " is not ", " in ", " not in "};
    paren(true, level > PrCmp);
    expr(c->left, PrCmp + 1);
    for (size_t i = 0; i < c->ops.size(); ++i) {
      out += ops[int(c->ops[i])];
      expr(c->comparators[i], PrCmp + 1);
    }
    paren(false, level > PrCmp);
    return;
  }
  case NodeKind::Call: {
    auto *c = cast<Call>(e);
    expr(c->func, PrAtom);
    if (c->args.size() == 1 && c->keywords.empty() && isa<GeneratorExp>(c->args[0])) {
      expr(c->args[0], PrTest);
      return;
    }
    out += "(";
    bool first = true;
    for (const Expr *a : c->args) {
      if (!first)
        out += ", ";
      first = false;
      expr(a, PrTest);
    }
    for (const Keyword *k : c->keywords) {
      if (!first)
        out += ", ";
      first = false;
      if (k->arg.empty()) {
        out += "**";
        expr(k->value, PrTest);
      } else {
        out += k->arg + "=";
        expr(k->value, PrTest);
      }
    }
    out += ")";
    return;
  }
  case NodeKind::ConstantExpr: constant(cast<ConstantExpr>(e)); return;
  case NodeKind::JoinedStr: {
    std::string body;
    fstringBody(cast<JoinedStr>(e)->values, body, false);
    out += "f" + reprStr(body);
    return;
  }
  case NodeKind::FormattedValue: {
    std::string body;
    formattedValue(cast<FormattedValue>(e), body);
    out += "f" + reprStr(body);
    return;
  }
  case NodeKind::Attribute: {
    auto *a = cast<Attribute>(e);
    expr(a->value, PrAtom);
    auto *c = dyn_cast<ConstantExpr>(a->value);
    out += (c && c->value->kind == Constant::Kind::Int) ? " ." : ".";
    out += a->attr;
    return;
  }
  case NodeKind::Subscript: {
    auto *s = cast<Subscript>(e);
    expr(s->value, PrAtom);
    out += "[";
    slice(s->slice);
    out += "]";
    return;
  }
  case NodeKind::Starred:
    out += "*";
    expr(cast<Starred>(e)->value, PrExpr);
    return;
  case NodeKind::Name: out += cast<Name>(e)->id; return;
  case NodeKind::List: {
    auto *l = cast<List>(e);
    out += "[";
    for (size_t i = 0; i < l->elts.size(); ++i) {
      if (i)
        out += ", ";
      expr(l->elts[i], PrTest);
    }
    out += "]";
    return;
  }
  case NodeKind::Tuple: {
    auto *t = cast<Tuple>(e);
    if (t->elts.empty()) {
      out += "()";
      return;
    }
    paren(true, level > PrTuple);
    for (size_t i = 0; i < t->elts.size(); ++i) {
      if (i)
        out += ", ";
      expr(t->elts[i], PrTest);
    }
    if (t->elts.size() == 1)
      out += ",";
    paren(false, level > PrTuple);
    return;
  }
  case NodeKind::NamedExpr: {
    auto *n = cast<NamedExpr>(e);
    paren(true, level > PrTuple);
    expr(n->target, PrAtom);
    out += " := ";
    expr(n->value, PrAtom);
    paren(false, level > PrTuple);
    return;
  }
  case NodeKind::Slice: slice(e); return;
  default: return;
  }
}

} // namespace

std::string unparseExpr(const Expr *e) {
  Unparser u;
  u.expr(e, PrTest);
  return u.out;
}

} // namespace kiln::frontend
