//===- ParserPattern.cpp - The match statement and its patterns ----------===//
#include "frontend/Parser.h"

namespace kiln::frontend {

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
// `match` is a soft keyword: when what follows is not a subject and a
// colon, the line is an ordinary statement (`match(x)`, `match = 1`).
Stmt *Parser::matchStatement() {
  size_t m = mark();
  const Token &kw = next();
  Expr *subject = nullptr;
  try {
    // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    if (!atExpressionStart() && !at(TokenKind::STAR))
      failGeneric();
    Expr *first = starNamedExpression();
    if (at(TokenKind::COMMA)) {
      auto *t = makeAt<Tuple>(first);
      t->elts.push_back(first);
      while (accept(TokenKind::COMMA)) {
        if (!atExpressionStart() && !at(TokenKind::STAR))
          break;
        t->elts.push_back(starNamedExpression());
      }
      t->ctx = ExprContext::Load;
      subject = finish(t);
    } else {
      subject = first;
    }
    if (!at(TokenKind::COLON)) {
      if (at(TokenKind::NEWLINE) && isa<Name>(subject) == false && false)
        raiseAtToken(peek(), "expected ':'");
      failGeneric();
    }
  } catch (const ParseFailure &f) {
    if (f.lexical)
      throw;
    errorSet_ = false;
    reset(m);
    return nullptr;
  }
  next(); // ':'
  auto *s = make<Match>(kw);
  s->subject = subject;
  expect(TokenKind::NEWLINE);
  if (!at(TokenKind::INDENT)) {
    const Token &t = peek();
    raiseAt("IndentationError",
            "expected an indented block after 'match' statement on line " +
                std::to_string(kw.line),
            t.line, t.col, t.endLine, t.endCol);
  }
  next();
  do {
    const Token &caseTok = peek();
    if (!caseTok.isName("case"))
      failGeneric();
    next();
    auto *c = arena_.make<MatchCase>();
    c->pattern = patterns();
    if (acceptKw(Kw::If))
      c->guard = namedExpression();
    if (!at(TokenKind::COLON)) {
      if (at(TokenKind::NEWLINE))
        raiseAtToken(peek(), "expected ':'");
      failGeneric();
    }
    next();
    c->body = block(caseTok, "'case' statement");
    s->cases.push_back(c);
  } while (!at(TokenKind::DEDENT) && !at(TokenKind::ENDMARKER));
  expect(TokenKind::DEDENT);
  return finish(s);
}

// patterns: open_sequence_pattern -> MatchSequence | pattern
Pattern *Parser::patterns() {
  const Token &start = peek();
  Pattern *first = maybeStarPattern();
  if (!at(TokenKind::COMMA)) {
    if (isa<MatchStar>(first))
      failGeneric();
    return first;
  }
  auto *seq = make<MatchSequence>(start);
  seq->patterns.push_back(first);
  while (accept(TokenKind::COMMA)) {
    if (at(TokenKind::COLON) || atKw(Kw::If))
      break;
    seq->patterns.push_back(maybeStarPattern());
  }
  return finish(seq);
}

// maybe_star_pattern: '*' (capture | '_') | pattern
Pattern *Parser::maybeStarPattern() {
  if (at(TokenKind::STAR)) {
    const Token &s = next();
    auto *p = make<MatchStar>(s);
    if (!atName())
      failGeneric();
    const Token &n = next();
    if (n.text != "_")
      p->name = identifier(n);
    return finish(p);
  }
  return pattern();
}

// pattern: or_pattern 'as' pattern_capture_target | or_pattern
Pattern *Parser::pattern() {
  Pattern *p = orPattern();
  if (atKw(Kw::As)) {
    next();
    if (!atName())
      failGeneric();
    const Token &n = peek();
    if (n.text == "_")
      raiseAtToken(n, "cannot use '_' as a target");
    next();
    if (at(TokenKind::DOT) || at(TokenKind::LPAR) || at(TokenKind::EQUAL))
      failGeneric();
    auto *as = makeAt<MatchAs>(p);
    as->pattern = p;
    as->name = identifier(n);
    return finish(as);
  }
  return p;
}

// or_pattern: '|'.closed_pattern+
Pattern *Parser::orPattern() {
  Pattern *first = closedPattern();
  if (!at(TokenKind::VBAR))
    return first;
  auto *o = makeAt<MatchOr>(first);
  o->patterns.push_back(first);
  while (accept(TokenKind::VBAR))
    o->patterns.push_back(closedPattern());
  return finish(o);
}

// signed_number: NUMBER | '-' NUMBER
Expr *Parser::signedNumber() {
  if (at(TokenKind::MINUS)) {
    const Token &m = next();
    if (!at(TokenKind::NUMBER))
      failGeneric();
    auto *u = make<UnaryOp>(m);
    u->op = UnaryOpKind::USub;
    u->operand = number(next());
    return finish(u);
  }
  if (!at(TokenKind::NUMBER))
    failGeneric();
  return number(next());
}

// literal_expr / the value of literal_pattern: signed_number, complex_number,
// strings, None/True/False; with \p allowAttribute also dotted names.
Expr *Parser::patternValueExpr(bool allowAttribute) {
  if (at(TokenKind::STRING))
    return strings();
  if (at(TokenKind::NUMBER) || at(TokenKind::MINUS)) {
    Expr *real = signedNumber();
    if (at(TokenKind::PLUS) || at(TokenKind::MINUS)) {
      bool plus = at(TokenKind::PLUS);
      next();
      if (!at(TokenKind::NUMBER))
        failGeneric();
      Expr *imag = number(next());
      auto *b = makeAt<BinOp>(real);
      b->left = real;
      b->op = plus ? BinOpKind::Add : BinOpKind::Sub;
      b->right = imag;
      return finish(b);
    }
    return real;
  }
  if (allowAttribute && atName()) {
    const Token &n = next();
    Expr *e = makeName(n, ExprContext::Load);
    if (!at(TokenKind::DOT))
      failGeneric();
    while (accept(TokenKind::DOT)) {
      if (!atName())
        failGeneric();
      const Token &a = next();
      auto *attr = makeAt<Attribute>(e);
      attr->value = e;
      attr->attr = identifier(a);
      attr->ctx = ExprContext::Load;
      e = finish(attr);
    }
    return e;
  }
  failGeneric();
}

// closed_pattern: literal | capture | wildcard | value | group | sequence
//               | mapping | class
Pattern *Parser::closedPattern() {
  Nest nest(*this);
  const Token &t = peek();
  if (t.kind == TokenKind::NAME) {
    if (t.keyword == Kw::None || t.keyword == Kw::True ||
        t.keyword == Kw::False) {
      next();
      auto *p = make<MatchSingleton>(t);
      p->value = t.keyword == Kw::None ? Constant::none()
                                            : Constant::boolean(t.keyword == Kw::True);
      return finish(p);
    }
    if (t.keyword != Kw::NotAKeyword)
      failGeneric();
    // capture, wildcard, value (dotted) or class pattern
    next();
    Expr *e = nullptr;
    if (at(TokenKind::DOT) || at(TokenKind::LPAR)) {
      e = makeName(t, ExprContext::Load);
      while (accept(TokenKind::DOT)) {
        if (!atName())
          failGeneric();
        const Token &a = next();
        auto *attr = makeAt<Attribute>(e);
        attr->value = e;
        attr->attr = identifier(a);
        attr->ctx = ExprContext::Load;
        e = finish(attr);
      }
    }
    if (at(TokenKind::LPAR)) {
      next();
      auto *c = make<MatchClass>(t);
      c->cls = e;
      bool sawKeyword = false;
      while (!at(TokenKind::RPAR)) {
        if (atName() && at(TokenKind::EQUAL, 1)) {
          const Token &k = next();
          next();
          c->kwd_attrs.push_back(identifier(k));
          c->kwd_patterns.push_back(pattern());
          sawKeyword = true;
        } else {
          Pattern *p = pattern();
          if (sawKeyword)
            raiseAtNode(p, "positional patterns follow keyword patterns");
          c->patterns.push_back(p);
        }
        if (!accept(TokenKind::COMMA))
          break;
      }
      expect(TokenKind::RPAR);
      return finish(c);
    }
    if (e) {
      if (at(TokenKind::EQUAL))
        failGeneric();
      auto *v = make<MatchValue>(t);
      v->value = e;
      return finish(v);
    }
    if (at(TokenKind::EQUAL))
      failGeneric();
    auto *as = make<MatchAs>(t);
    if (t.text != "_")
      as->name = identifier(t);
    return finish(as);
  }
  if (t.kind == TokenKind::NUMBER || t.kind == TokenKind::MINUS ||
      t.kind == TokenKind::STRING) {
    auto *v = make<MatchValue>(t);
    v->value = patternValueExpr(false);
    return finish(v);
  }
  if (t.kind == TokenKind::LPAR || t.kind == TokenKind::LSQB) {
    bool paren = t.kind == TokenKind::LPAR;
    TokenKind close = paren ? TokenKind::RPAR : TokenKind::RSQB;
    next();
    if (accept(close)) {
      auto *seq = make<MatchSequence>(t);
      return finish(seq);
    }
    Pattern *first = maybeStarPattern();
    if (paren && at(TokenKind::RPAR) && !isa<MatchStar>(first)) {
      const Token &rp = next();
      first->parenthesized = true; // group pattern: enclosing ranges cover the parens
      first->outerLineno = t.line;
      first->outerCol = t.col;
      first->outerEndLineno = rp.endLine;
      first->outerEndCol = rp.endCol;
      return first;
    }
    auto *seq = make<MatchSequence>(t);
    seq->patterns.push_back(first);
    if (paren && !at(TokenKind::COMMA))
      failGeneric();
    while (accept(TokenKind::COMMA)) {
      if (at(close))
        break;
      seq->patterns.push_back(maybeStarPattern());
    }
    expect(close);
    return finish(seq);
  }
  if (t.kind == TokenKind::LBRACE) {
    next();
    auto *m = make<MatchMapping>(t);
    while (!at(TokenKind::RBRACE)) {
      if (at(TokenKind::DOUBLESTAR)) {
        const Token &ds = next();
        (void)ds;
        if (!atName() || peek().text == "_")
          failGeneric();
        m->rest = identifier(next());
        accept(TokenKind::COMMA);
        if (!at(TokenKind::RBRACE))
          failGeneric();
        break;
      }
      Expr *key;
      const Token &kt = peek();
      if (kt.keyword == Kw::None || kt.keyword == Kw::True ||
          kt.keyword == Kw::False) {
        next();
        auto *c = make<ConstantExpr>(kt);
        c->value = kt.keyword == Kw::None ? Constant::none()
                                               : Constant::boolean(kt.keyword == Kw::True);
        key = finish(c);
      } else {
        key = patternValueExpr(true);
      }
      expect(TokenKind::COLON);
      m->keys.push_back(key);
      m->patterns.push_back(pattern());
      if (!accept(TokenKind::COMMA))
        break;
    }
    expect(TokenKind::RBRACE);
    return finish(m);
  }
  failGeneric();
}

} // namespace kiln::frontend
