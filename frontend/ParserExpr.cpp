//===- ParserExpr.cpp - Expressions --------------------------------------===//
//
// Precedence climbing written out rule by rule, as in CPython's grammar:
// expression > disjunction > conjunction > inversion > comparison >
// bitwise_or > bitwise_xor > bitwise_and > shift_expr > sum > term > factor
// > power > await_primary > primary > atom.
//
//===----------------------------------------------------------------------===//
#include "frontend/Parser.h"

#include <cstdlib>
#include <cstring>

namespace kiln::frontend {

namespace {
template <typename T> T *spanBinary(T *n, const Node *left, const Node *right) {
  n->setSpan(left, right);
  return n;
}
} // namespace

bool Parser::atExpressionStart(int ahead) {
  const Token &t = peek(ahead);
  switch (t.kind) {
  case TokenKind::NAME:
    switch (t.keyword) {
    case Kw::NotAKeyword:
    case Kw::None:
    case Kw::True:
    case Kw::False:
    case Kw::Not:
    case Kw::Lambda:
    case Kw::Await: return true;
    default: return false;
    }
  case TokenKind::NUMBER:
  case TokenKind::STRING:
  case TokenKind::LPAR:
  case TokenKind::LSQB:
  case TokenKind::LBRACE:
  case TokenKind::MINUS:
  case TokenKind::PLUS:
  case TokenKind::TILDE:
  case TokenKind::ELLIPSIS: return true;
  default: return false;
  }
}

// expressions: expression (',' expression)* [',']
Expr *Parser::expressions() {
  Expr *first = expression();
  if (!at(TokenKind::COMMA))
    return first;
  auto *t = makeAt<Tuple>(first);
  t->elts.push_back(first);
  while (accept(TokenKind::COMMA)) {
    if (!atExpressionStart())
      break;
    t->elts.push_back(expression());
  }
  t->ctx = ExprContext::Load;
  return finish(t);
}

// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
Expr *Parser::expression() {
  Nest nest(*this);
  const Token &startTok = peek();
  if (atKw(Kw::Lambda))
    return lambdef();
  Expr *body = disjunction();
  if (atKw(Kw::If)) {
    next();
    Expr *test = disjunction();
    if (!atKw(Kw::Else)) {
      if (!at(TokenKind::COLON))
        raiseRange(body, test, "expected 'else' after 'if' expression");
      failGeneric();
    }
    next();
    auto *e = makeAt<IfExp>(body);
    e->test = test;
    e->body = body;
    e->orelse = expression();
    return finish(e);
  }
  // invalid_expression: two expressions in a row inside brackets.
  if (peek().level > 0 && atExpressionStart() && !atKw(Kw::Not) &&
      !(startTok.kind == TokenKind::NAME && body->end_col_offset == startTok.endCol &&
        body->lineno == startTok.line && at(TokenKind::STRING)) &&
      !(startTok.isName("match") || startTok.isName("case") || startTok.isName("_"))) {
    size_t m = mark();
    Expr *b = nullptr;
    try {
      b = atKw(Kw::Lambda) ? lambdef() : disjunction();
      if (atKw(Kw::If)) {
        next();
        disjunction();
        if (acceptKw(Kw::Else))
          b = expression();
      }
    } catch (const ParseFailure &f) {
      if (f.lexical)
        throw;
      errorSet_ = false;
      b = nullptr;
    }
    if (b && prevToken().level > 0)
      raiseRange(body, b, "invalid syntax. Perhaps you forgot a comma?");
    reset(m);
  }
  return body;
}

// named_expression: NAME ':=' expression | expression !':='
Expr *Parser::namedExpression() {
  if (atName() && at(TokenKind::COLONEQUAL, 1)) {
    const Token &n = next();
    next();
    auto *e = make<NamedExpr>(n);
    e->target = makeName(n, ExprContext::Store);
    e->value = expression();
    return finish(e);
  }
  const Token &startTok = peek();
  Expr *e = expression();
  if (at(TokenKind::COLONEQUAL))
    raiseAtNode(e, std::string("cannot use assignment expressions with ") + exprName(e));
  if (at(TokenKind::EQUAL)) {
    // invalid_named_expression: `if x = 1:` and `if f() = 1:`.
    size_t m = mark();
    next();
    Expr *rhs = nullptr;
    try {
      rhs = bitwiseOr();
    } catch (const ParseFailure &f) {
      if (f.lexical)
        throw;
      errorSet_ = false;
    }
    bool followedByAssign = at(TokenKind::EQUAL) || at(TokenKind::COLONEQUAL);
    reset(m);
    if (rhs && !followedByAssign) {
      if (isa<Name>(e) && !e->parenthesized && startTok.kind == TokenKind::NAME)
        raiseRange(e, rhs, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      bool excluded = isa<List>(e) || isa<Tuple>(e) || isa<GeneratorExp>(e);
      if (auto *c = dyn_cast<ConstantExpr>(e)) {
        auto k = c->value->kind;
        excluded |= k == Constant::Kind::True || k == Constant::Kind::False ||
                    k == Constant::Kind::None;
      }
      bool bitwiseLevel = !isa<Compare>(e) && !isa<BoolOp>(e) && !isa<IfExp>(e) &&
                          !isa<Lambda>(e) &&
                          !(isa<UnaryOp>(e) && cast<UnaryOp>(e)->op == UnaryOpKind::Not);
      if (!excluded && (bitwiseLevel || e->parenthesized))
        raiseAtNode(e, std::string("cannot assign to ") + exprName(e) +
                           " here. Maybe you meant '==' instead of '='?");
    }
  }
  return e;
}

// star_expressions: star_expression (',' star_expression)* [',']
Expr *Parser::starExpressions() {
  Expr *first = starExpression();
  if (!at(TokenKind::COMMA))
    return first;
  auto *t = makeAt<Tuple>(first);
  t->elts.push_back(first);
  while (accept(TokenKind::COMMA)) {
    if (!atExpressionStart() && !at(TokenKind::STAR))
      break;
    t->elts.push_back(starExpression());
  }
  t->ctx = ExprContext::Load;
  return finish(t);
}

// star_expression: '*' bitwise_or | expression
Expr *Parser::starExpression() {
  if (at(TokenKind::STAR)) {
    const Token &s = next();
    auto *e = make<Starred>(s);
    e->value = bitwiseOr();
    e->ctx = ExprContext::Load;
    return finish(e);
  }
  return expression();
}

// star_named_expression: '*' bitwise_or | named_expression
Expr *Parser::starNamedExpression() {
  if (at(TokenKind::STAR))
    return starExpression();
  return namedExpression();
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
Expr *Parser::yieldExpression() {
  const Token &kw = expectKw(Kw::Yield);
  if (acceptKw(Kw::From)) {
    auto *y = make<YieldFrom>(kw);
    y->value = expression();
    return finish(y);
  }
  auto *y = make<Yield>(kw);
  if (atExpressionStart() || at(TokenKind::STAR))
    y->value = starExpressions();
  return finish(y);
}

// disjunction: conjunction ('or' conjunction)*
Expr *Parser::disjunction() {
  Expr *first = conjunction();
  if (!atKw(Kw::Or))
    return first;
  auto *b = makeAt<BoolOp>(first);
  b->op = BoolOpKind::Or;
  b->values.push_back(first);
  while (acceptKw(Kw::Or))
    b->values.push_back(conjunction());
  return finish(b);
}

// conjunction: inversion ('and' inversion)*
Expr *Parser::conjunction() {
  Expr *first = inversion();
  if (!atKw(Kw::And))
    return first;
  auto *b = makeAt<BoolOp>(first);
  b->op = BoolOpKind::And;
  b->values.push_back(first);
  while (acceptKw(Kw::And))
    b->values.push_back(inversion());
  return finish(b);
}

// inversion: 'not' inversion | comparison
Expr *Parser::inversion() {
  Nest nest(*this);
  if (atKw(Kw::Not)) {
    const Token &t = next();
    auto *u = make<UnaryOp>(t);
    u->op = UnaryOpKind::Not;
    u->operand = inversion();
    return finish(u);
  }
  return comparison();
}

// comparison: bitwise_or (compare_op bitwise_or)*
Expr *Parser::comparison() {
  Expr *left = bitwiseOr();
  Compare *c = nullptr;
  for (;;) {
    std::optional<CmpOpKind> op;
    const Token &t = peek();
    switch (t.kind) {
    case TokenKind::EQEQUAL: op = CmpOpKind::Eq; break;
    case TokenKind::NOTEQUAL: op = CmpOpKind::NotEq; break;
    case TokenKind::LESS: op = CmpOpKind::Lt; break;
    case TokenKind::LESSEQUAL: op = CmpOpKind::LtE; break;
    case TokenKind::GREATER: op = CmpOpKind::Gt; break;
    case TokenKind::GREATEREQUAL: op = CmpOpKind::GtE; break;
    case TokenKind::NAME:
      if (t.keyword == Kw::In) {
        op = CmpOpKind::In;
      } else if (t.keyword == Kw::Is) {
        op = atKw(Kw::Not, 1) ? CmpOpKind::IsNot : CmpOpKind::Is;
      } else if (t.keyword == Kw::Not && atKw(Kw::In, 1)) {
        op = CmpOpKind::NotIn;
      }
      break;
    default: break;
    }
    if (!op)
      break;
    next();
    if (*op == CmpOpKind::IsNot || *op == CmpOpKind::NotIn)
      next();
    if (!c) {
      c = makeAt<Compare>(left);
      c->left = left;
    }
    c->ops.push_back(*op);
    c->comparators.push_back(bitwiseOr());
  }
  if (!c)
    return left;
  return finish(c);
}

#define KILN_BINARY_LEVEL(Func, Next, ...)                                     \
  Expr *Parser::Func() {                                                       \
    Expr *left = Next();                                                       \
    for (;;) {                                                                 \
      std::optional<BinOpKind> op;                                             \
      switch (peek().kind) {                                                   \
        __VA_ARGS__                                                            \
      default: break;                                                          \
      }                                                                        \
      if (!op)                                                                 \
        return left;                                                           \
      next();                                                                  \
      Expr *right = Next();                                                    \
      auto *b = arena_.make<BinOp>();                                          \
      b->left = left;                                                          \
      b->op = *op;                                                             \
      b->right = right;                                                        \
      left = spanBinary(b, left, right);                                       \
    }                                                                          \
  }

// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor (and so on down)
KILN_BINARY_LEVEL(bitwiseOr, bitwiseXor, case TokenKind::VBAR : op = BinOpKind::BitOr; break;)
KILN_BINARY_LEVEL(bitwiseXor, bitwiseAnd,
                  case TokenKind::CIRCUMFLEX : op = BinOpKind::BitXor; break;)
KILN_BINARY_LEVEL(bitwiseAnd, shiftExpr, case TokenKind::AMPER : op = BinOpKind::BitAnd; break;)
KILN_BINARY_LEVEL(shiftExpr, sum, case TokenKind::LEFTSHIFT : op = BinOpKind::LShift; break;
                  case TokenKind::RIGHTSHIFT : op = BinOpKind::RShift; break;)
KILN_BINARY_LEVEL(sum, term, case TokenKind::PLUS : op = BinOpKind::Add; break;
                  case TokenKind::MINUS : op = BinOpKind::Sub; break;)
KILN_BINARY_LEVEL(term, factor, case TokenKind::STAR : op = BinOpKind::Mult; break;
                  case TokenKind::SLASH : op = BinOpKind::Div; break;
                  case TokenKind::DOUBLESLASH : op = BinOpKind::FloorDiv; break;
                  case TokenKind::PERCENT : op = BinOpKind::Mod; break;
                  case TokenKind::AT : op = BinOpKind::MatMult; break;)
#undef KILN_BINARY_LEVEL

// factor: ('+' | '-' | '~') factor | power
Expr *Parser::factor() {
  Nest nest(*this);
  std::optional<UnaryOpKind> op;
  switch (peek().kind) {
  case TokenKind::PLUS: op = UnaryOpKind::UAdd; break;
  case TokenKind::MINUS: op = UnaryOpKind::USub; break;
  case TokenKind::TILDE: op = UnaryOpKind::Invert; break;
  default: return power();
  }
  const Token &t = next();
  auto *u = make<UnaryOp>(t);
  u->op = *op;
  u->operand = factor();
  return finish(u);
}

// power: await_primary '**' factor | await_primary
Expr *Parser::power() {
  Expr *left = awaitPrimary();
  if (!at(TokenKind::DOUBLESTAR))
    return left;
  next();
  Expr *right = factor();
  auto *b = arena_.make<BinOp>();
  b->left = left;
  b->op = BinOpKind::Pow;
  b->right = right;
  return spanBinary(b, left, right);
}

// await_primary: 'await' primary | primary
Expr *Parser::awaitPrimary() {
  if (atKw(Kw::Await)) {
    const Token &t = next();
    auto *a = make<Await>(t);
    a->value = primary();
    return finish(a);
  }
  return primary();
}

// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
//        | primary '[' slices ']' | atom
Expr *Parser::primary() {
  Expr *e = atom();
  for (;;) {
    if (at(TokenKind::DOT)) {
      next();
      if (!atName())
        failGeneric();
      const Token &n = next();
      auto *a = makeAt<Attribute>(e);
      a->value = e;
      a->attr = identifier(n);
      a->ctx = ExprContext::Load;
      e = finish(a);
    } else if (at(TokenKind::LPAR)) {
      next();
      auto *c = makeAt<Call>(e);
      c->func = e;
      callArguments(c);
      expect(TokenKind::RPAR);
      e = finish(c);
      // A lone generator argument spans the call's parentheses.
      if (c->args.size() == 1 && c->keywords.empty() && isa<GeneratorExp>(c->args[0]) &&
          c->args[0]->lineno == 0) {
      }
    } else if (at(TokenKind::LSQB)) {
      next();
      auto *s = makeAt<Subscript>(e);
      s->value = e;
      s->slice = slices();
      expect(TokenKind::RSQB);
      s->ctx = ExprContext::Load;
      e = finish(s);
    } else {
      return e;
    }
  }
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
Expr *Parser::slices() {
  const Token &start = peek();
  Expr *first = at(TokenKind::STAR) ? starExpression() : slice();
  if (!at(TokenKind::COMMA) && !isa<Starred>(first))
    return first;
  auto *t = make<Tuple>(start);
  t->elts.push_back(first);
  while (accept(TokenKind::COMMA)) {
    if (at(TokenKind::RSQB))
      break;
    t->elts.push_back(at(TokenKind::STAR) ? starExpression() : slice());
  }
  t->ctx = ExprContext::Load;
  return finish(t);
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
Expr *Parser::slice() {
  const Token &start = peek();
  Expr *lower = nullptr;
  if (!at(TokenKind::COLON)) {
    lower = namedExpression();
    if (!at(TokenKind::COLON))
      return lower;
    if (isa<NamedExpr>(lower) && !lower->parenthesized)
      failGeneric();
  }
  auto *s = make<Slice>(start);
  s->lower = lower;
  expect(TokenKind::COLON);
  if (!at(TokenKind::COLON) && !at(TokenKind::COMMA) && !at(TokenKind::RSQB))
    s->upper = expression();
  if (accept(TokenKind::COLON)) {
    if (!at(TokenKind::COMMA) && !at(TokenKind::RSQB))
      s->step = expression();
  }
  return finish(s);
}

// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple | group
//     | genexp | list | listcomp | dict | set | dictcomp | setcomp | '...'
Expr *Parser::atom() {
  Nest nest(*this);
  const Token &t = peek();
  switch (t.kind) {
  case TokenKind::NAME:
    switch (t.keyword) {
    case Kw::NotAKeyword: next(); return makeName(t, ExprContext::Load);
    case Kw::True:
    case Kw::False:
    case Kw::None: {
      next();
      auto *c = make<ConstantExpr>(t);
      c->value = t.keyword == Kw::None ? Constant::none()
                                            : Constant::boolean(t.keyword == Kw::True);
      return finish(c);
    }
    default: failGeneric();
    }
  case TokenKind::NUMBER: next(); return number(t);
  case TokenKind::STRING: return strings();
  case TokenKind::LPAR: return parenthesized();
  case TokenKind::LSQB: return bracketed();
  case TokenKind::LBRACE: return braced();
  case TokenKind::ELLIPSIS: {
    next();
    auto *c = make<ConstantExpr>(t);
    c->value = Constant::ellipsis();
    return finish(c);
  }
  default: failGeneric();
  }
}

Expr *Parser::number(const Token &t) {
  std::string s;
  for (char c : t.text)
    if (c != '_')
      s += c;
  auto *c = make<ConstantExpr>(t);
  finish(c);
  char last = s.back();
  if (last == 'j' || last == 'J') {
    s.pop_back();
    c->value = Constant::complex(0.0, std::strtod(s.c_str(), nullptr));
    return c;
  }
  bool isFloat = false;
  if (!(s.size() > 1 && s[0] == '0' && std::strchr("xXoObB", s[1]))) {
    isFloat = s.find_first_of(".eE") != std::string::npos;
  }
  if (isFloat) {
    c->value = Constant::floating(std::strtod(s.c_str(), nullptr));
    return c;
  }
  int base = 10;
  std::string digits = s;
  if (s.size() > 1 && s[0] == '0') {
    switch (s[1]) {
    case 'x': case 'X': base = 16; digits = s.substr(2); break;
    case 'o': case 'O': base = 8; digits = s.substr(2); break;
    case 'b': case 'B': base = 2; digits = s.substr(2); break;
    default: break;
    }
  }
  // CPython refuses decimal literals longer than its int/str conversion
  // limit; the report shows the literal itself.
  constexpr size_t kMaxStrDigits = 4300;
  if (base == 10 && digits.size() > kMaxStrDigits) {
    error_ = SyntaxErrorInfo();
    error_.msg = "Exceeds the limit (4300 digits) for integer string conversion: value has " +
                 std::to_string(digits.size()) +
                 " digits; use sys.set_int_max_str_digits() to increase the limit";
    error_.filename = source_.filename();
    error_.line = t.line;
    error_.col = -1;
    error_.text = std::string(t.text);
    errorSet_ = true;
    throw ParseFailure{false};
  }
  mpz_class v;
  v.set_str(digits, base);
  c->value = Constant::integer(v);
  return c;
}

// group: '(' (yield_expr | named_expression) ')'
// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
Expr *Parser::parenthesized() {
  const Token &lp = next();
  if (at(TokenKind::RPAR)) {
    next();
    auto *t = make<Tuple>(lp);
    t->ctx = ExprContext::Load;
    return finish(t);
  }
  if (atKw(Kw::Yield)) {
    Expr *y = yieldExpression();
    const Token &rp = expect(TokenKind::RPAR);
    y->parenthesized = true;
    y->outerLineno = lp.line;
    y->outerCol = lp.col;
    y->outerEndLineno = rp.endLine;
    y->outerEndCol = rp.endCol;
    return y;
  }
  if (at(TokenKind::DOUBLESTAR)) {
    const Token &ds = peek();
    raiseAtToken(ds, "cannot use double starred expression here");
  }
  Expr *first = starNamedExpression();
  if (atKw(Kw::For) || (atKw(Kw::Async) && atKw(Kw::For, 1))) {
    if (isa<Starred>(first))
      raiseAtNode(first, "iterable unpacking cannot be used in comprehension");
    auto *g = make<GeneratorExp>(lp);
    g->elt = first;
    g->generators = forIfClauses();
    expect(TokenKind::RPAR);
    return finish(g);
  }
  if (at(TokenKind::COMMA)) {
    auto *t = make<Tuple>(lp);
    t->elts.push_back(first);
    while (accept(TokenKind::COMMA)) {
      if (at(TokenKind::RPAR))
        break;
      t->elts.push_back(starNamedExpression());
    }
    expect(TokenKind::RPAR);
    t->ctx = ExprContext::Load;
    return finish(t);
  }
  if (!at(TokenKind::RPAR))
    failGeneric();
  if (isa<Starred>(first))
    raiseAtNode(first, "cannot use starred expression here");
  const Token &rp = next();
  first->parenthesized = true;
  first->outerLineno = lp.line;
  first->outerCol = lp.col;
  first->outerEndLineno = rp.endLine;
  first->outerEndCol = rp.endCol;
  return first;
}

// list: '[' [star_named_expressions] ']'
// listcomp: '[' named_expression for_if_clauses ']'
Expr *Parser::bracketed() {
  const Token &lb = next();
  if (at(TokenKind::RSQB)) {
    next();
    auto *l = make<List>(lb);
    l->ctx = ExprContext::Load;
    return finish(l);
  }
  Expr *first = starNamedExpression();
  if (atKw(Kw::For) || (atKw(Kw::Async) && atKw(Kw::For, 1))) {
    if (isa<Starred>(first))
      raiseAtNode(first, "iterable unpacking cannot be used in comprehension");
    auto *c = make<ListComp>(lb);
    c->elt = first;
    c->generators = forIfClauses();
    expect(TokenKind::RSQB);
    return finish(c);
  }
  auto *l = make<List>(lb);
  l->elts.push_back(first);
  while (accept(TokenKind::COMMA)) {
    if (at(TokenKind::RSQB))
      break;
    l->elts.push_back(starNamedExpression());
  }
  if (atKw(Kw::For) && l->elts.size() > 1)
    raiseRange(l->elts.front(), l->elts.back(),
               "did you forget parentheses around the comprehension target?");
  expect(TokenKind::RSQB);
  l->ctx = ExprContext::Load;
  return finish(l);
}

// dict: '{' [double_starred_kvpairs] '}'   set: '{' star_named_expressions '}'
// dictcomp: '{' kvpair for_if_clauses '}'  setcomp: '{' named_expression for_if_clauses '}'
Expr *Parser::braced() {
  const Token &lb = next();
  if (at(TokenKind::RBRACE)) {
    next();
    return finish(make<Dict>(lb));
  }
  // First item decides dict or set.
  Expr *key = nullptr, *value = nullptr;
  bool isDict;
  if (at(TokenKind::DOUBLESTAR)) {
    next();
    value = bitwiseOr();
    isDict = true;
  } else {
    key = starNamedExpression();
    if (accept(TokenKind::COLON)) {
      if (isa<Starred>(key))
        failGeneric();
      if (at(TokenKind::RBRACE) || at(TokenKind::COMMA))
        raiseAtToken(prevToken(), "expression expected after dictionary key and ':'");
      value = expression();
      isDict = true;
    } else {
      isDict = false;
    }
  }
  bool isComp = atKw(Kw::For) || (atKw(Kw::Async) && atKw(Kw::For, 1));
  if (isDict) {
    if (isComp) {
      if (!key)
        raiseAtToken(lb, "dict unpacking cannot be used in dict comprehension");
      auto *c = make<DictComp>(lb);
      c->key = key;
      c->value = value;
      c->generators = forIfClauses();
      expect(TokenKind::RBRACE);
      return finish(c);
    }
    auto *d = make<Dict>(lb);
    d->keys.push_back(key);
    d->values.push_back(value);
    while (accept(TokenKind::COMMA)) {
      if (at(TokenKind::RBRACE))
        break;
      if (accept(TokenKind::DOUBLESTAR)) {
        d->keys.push_back(nullptr);
        d->values.push_back(bitwiseOr());
        continue;
      }
      Expr *k = expression();
      if (!at(TokenKind::COLON)) {
        if (at(TokenKind::RBRACE) || at(TokenKind::COMMA))
          raiseAt("SyntaxError", "':' expected after dictionary key", k->lineno,
                  k->end_col_offset - 1, k->end_lineno, -1);
        failGeneric();
      }
      next();
      if (at(TokenKind::RBRACE) || at(TokenKind::COMMA))
        raiseAtToken(prevToken(), "expression expected after dictionary key and ':'");
      d->keys.push_back(k);
      d->values.push_back(expression());
    }
    expect(TokenKind::RBRACE);
    return finish(d);
  }
  if (isComp) {
    if (isa<Starred>(key))
      raiseAtNode(key, "iterable unpacking cannot be used in comprehension");
    auto *c = make<SetComp>(lb);
    c->elt = key;
    c->generators = forIfClauses();
    expect(TokenKind::RBRACE);
    return finish(c);
  }
  auto *s = make<Set>(lb);
  s->elts.push_back(key);
  while (accept(TokenKind::COMMA)) {
    if (at(TokenKind::RBRACE))
      break;
    s->elts.push_back(starNamedExpression());
  }
  expect(TokenKind::RBRACE);
  return finish(s);
}

// for_if_clause: ['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
ComprehensionList Parser::forIfClauses() {
  ComprehensionList out;
  while (atKw(Kw::For) || (atKw(Kw::Async) && atKw(Kw::For, 1))) {
    auto *c = arena_.make<Comprehension>();
    c->is_async = acceptKw(Kw::Async) ? 1 : 0;
    next(); // 'for'
    c->target = starTargets();
    if (!atKw(Kw::In))
      raiseAtToken(peek(), "'in' expected after for-loop variables");
    next();
    c->iter = disjunction();
    while (atKw(Kw::If)) {
      next();
      c->ifs.push_back(disjunction());
    }
    out.push_back(c);
  }
  return out;
}

// arguments: args [','] &')'
// args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
//       [',' kwargs] | kwargs
void Parser::callArguments(Call *call) {
  bool sawKeyword = false, sawDoubleStar = false;
  const Token *openParen = &prevToken();
  while (!at(TokenKind::RPAR)) {
    const Token &t = peek();
    if (at(TokenKind::STAR)) {
      next();
      auto *s = make<Starred>(t);
      s->value = expression();
      s->ctx = ExprContext::Load;
      finish(s);
      if (sawDoubleStar)
        raiseAt("SyntaxError", "iterable argument unpacking follows keyword argument unpacking",
                t.line, t.col, t.line, -1);
      call->args.push_back(s);
    } else if (at(TokenKind::DOUBLESTAR)) {
      next();
      auto *k = make<Keyword>(t);
      k->value = expression();
      call->keywords.push_back(finish(k));
      sawDoubleStar = true;
    } else if (t.kind == TokenKind::NAME && at(TokenKind::EQUAL, 1)) {
      if (t.keyword == Kw::True || t.keyword == Kw::False ||
          t.keyword == Kw::None) {
        const Token &eq = peek(1);
        raiseAt("SyntaxError", std::string("cannot assign to ") + std::string(t.text), t.line,
                t.col, eq.endLine, eq.endCol);
      }
      if (t.keyword != Kw::NotAKeyword)
        failGeneric();
      next();
      const Token &eq = next();
      auto *k = make<Keyword>(t);
      k->arg = identifier(t);
      if (at(TokenKind::COMMA) || at(TokenKind::RPAR))
        raiseAt("SyntaxError", "expected argument value expression", t.line, t.col,
                eq.endLine, eq.endCol);
      k->value = expression();
      if (atKw(Kw::For))
        raiseAt("SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                t.line, t.col, eq.endLine, eq.endCol);
      call->keywords.push_back(finish(k));
      sawKeyword = true;
    } else {
      Expr *e = namedExpression();
      if (at(TokenKind::EQUAL)) {
        raiseRange(e, e, "expression cannot contain assignment, perhaps you meant \"==\"?");
      }
      if (atKw(Kw::For) || (atKw(Kw::Async) && atKw(Kw::For, 1))) {
        auto *g = arena_.make<GeneratorExp>();
        g->elt = e;
        g->generators = forIfClauses();
        bool alone = call->args.empty() && call->keywords.empty() && at(TokenKind::RPAR);
        if (alone) {
          // The generator spans the call's parentheses.
          g->lineno = openParen->line;
          g->col_offset = openParen->col;
          const Token &rp = peek();
          g->end_lineno = rp.endLine;
          g->end_col_offset = rp.endCol;
        } else {
          finish(g);
          g->lineno = e->lineno;
          g->col_offset = e->col_offset;
          const Comprehension *lastComp = g->generators.back();
          const Expr *lastItem = lastComp->ifs.empty() ? lastComp->iter : lastComp->ifs.back();
          raiseRange(e, lastItem, "Generator expression must be parenthesized");
        }
        call->args.push_back(g);
      } else {
        if (sawKeyword || sawDoubleStar) {
          if (isa<Starred>(e))
            ;
          // CPython reports this at the token after the argument.
          raiseAtToken(peek(), sawDoubleStar
                                   ? "positional argument follows keyword argument unpacking"
                                   : "positional argument follows keyword argument");
        }
        call->args.push_back(e);
      }
    }
    if (!accept(TokenKind::COMMA))
      break;
  }
}

// lambdef: 'lambda' [lambda_params] ':' expression
Expr *Parser::lambdef() {
  const Token &kw = next();
  auto *l = make<Lambda>(kw);
  l->args = parameters(true);
  expect(TokenKind::COLON);
  ++functionDepth_;
  l->body = expression();
  --functionDepth_;
  return finish(l);
}

// param: NAME annotation?     (lambda parameters have no annotation)
Arg *Parser::parameter(bool isLambda, bool starAnnotation) {
  if (!atName())
    failGeneric();
  const Token &n = next();
  auto *a = make<Arg>(n);
  a->arg = identifier(n);
  if (!isLambda && accept(TokenKind::COLON))
    a->annotation = starAnnotation && at(TokenKind::STAR) ? starExpression() : expression();
  return finish(a);
}

// parameters / lambda_parameters, in one pass over the list:
//   posonly... '/' , args [= default]..., '*' [vararg], kwonly..., '**' kwarg
Arguments *Parser::parameters(bool isLambda) {
  auto *args = arena_.make<Arguments>();
  TokenKind close = isLambda ? TokenKind::COLON : TokenKind::RPAR;
  bool seenSlash = false, seenStar = false, seenDefault = false;
  const char *what = "argument";
  (void)what;
  while (!at(close)) {
    const Token &t = peek();
    if (at(TokenKind::SLASH)) {
      if (seenStar)
        raiseAtToken(t, "/ must be ahead of *");
      if (seenSlash)
        raiseAtToken(t, "/ may appear only once");
      if (args->args.empty())
        raiseAtToken(t, "at least one argument must precede /");
      next();
      seenSlash = true;
      args->posonlyargs = std::move(args->args);
      args->args.clear();
    } else if (at(TokenKind::STAR)) {
      if (seenStar)
        raiseAtToken(t, "* may appear only once");
      next();
      seenStar = true;
      if (at(TokenKind::COMMA) || at(close)) {
        // bare '*': keyword-only parameters must follow
        if (at(close) || at(TokenKind::DOUBLESTAR, 1) || (at(TokenKind::COMMA) && at(close, 1)))
          raiseAtToken(t, "named arguments must follow bare *");
      } else {
        args->vararg = parameter(isLambda, true);
        if (at(TokenKind::EQUAL))
          raiseAtToken(peek(), "var-positional argument cannot have default value");
      }
    } else if (at(TokenKind::DOUBLESTAR)) {
      next();
      args->kwarg = parameter(isLambda, false);
      if (at(TokenKind::EQUAL))
        raiseAtToken(peek(), "var-keyword argument cannot have default value");
      if (accept(TokenKind::COMMA) && !at(close)) {
        const Token &bad = peek();
        raiseAtToken(bad, "arguments cannot follow var-keyword argument");
      }
      break;
    } else {
      if (at(TokenKind::LPAR) && !isLambda)
        failGeneric();
      Arg *a = parameter(isLambda, false);
      Expr *def = nullptr;
      if (accept(TokenKind::EQUAL)) {
        if (at(TokenKind::COMMA) || at(close))
          raiseAtToken(prevToken(), "expected default value expression");
        def = expression();
      }
      if (seenStar) {
        args->kwonlyargs.push_back(a);
        args->kw_defaults.push_back(def);
      } else {
        if (def) {
          args->defaults.push_back(def);
          seenDefault = true;
        } else if (seenDefault) {
          raiseAtNode(a, "non-default argument follows default argument");
        }
        args->args.push_back(a);
      }
    }
    if (!accept(TokenKind::COMMA))
      break;
  }
  if (!at(close))
    failGeneric();
  return args;
}

} // namespace kiln::frontend
