//===- ParserStmt.cpp - Statements ---------------------------------------===//
//
// Grammar rules are quoted (simplified) above the functions that parse them.
//
//===----------------------------------------------------------------------===//
#include "frontend/Parser.h"

namespace kiln::frontend {

namespace {
std::optional<BinOpKind> augAssignOp(TokenKind k) {
  switch (k) {
  case TokenKind::PLUSEQUAL: return BinOpKind::Add;
  case TokenKind::MINEQUAL: return BinOpKind::Sub;
  case TokenKind::STAREQUAL: return BinOpKind::Mult;
  case TokenKind::ATEQUAL: return BinOpKind::MatMult;
  case TokenKind::SLASHEQUAL: return BinOpKind::Div;
  case TokenKind::PERCENTEQUAL: return BinOpKind::Mod;
  case TokenKind::AMPEREQUAL: return BinOpKind::BitAnd;
  case TokenKind::VBAREQUAL: return BinOpKind::BitOr;
  case TokenKind::CIRCUMFLEXEQUAL: return BinOpKind::BitXor;
  case TokenKind::LEFTSHIFTEQUAL: return BinOpKind::LShift;
  case TokenKind::RIGHTSHIFTEQUAL: return BinOpKind::RShift;
  case TokenKind::DOUBLESTAREQUAL: return BinOpKind::Pow;
  case TokenKind::DOUBLESLASHEQUAL: return BinOpKind::FloorDiv;
  default: return std::nullopt;
  }
}
} // namespace

// statements: statement+
StmtList Parser::statements(bool untilDedent) {
  StmtList out;
  for (;;) {
    if (at(TokenKind::ENDMARKER))
      break;
    if (untilDedent && at(TokenKind::DEDENT))
      break;
    statement(out);
  }
  return out;
}

// statement: compound_stmt | simple_stmts
void Parser::statement(StmtList &out) {
  Nest nest(*this);
  if (Stmt *s = compoundStatement()) {
    out.push_back(s);
    return;
  }
  simpleStatements(out);
}

// simple_stmts: ';'.simple_stmt+ [';'] NEWLINE
void Parser::simpleStatements(StmtList &out) {
  out.push_back(simpleStatement());
  while (accept(TokenKind::SEMI)) {
    if (at(TokenKind::NEWLINE))
      break;
    out.push_back(simpleStatement());
  }
  expect(TokenKind::NEWLINE);
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts
StmtList Parser::block(const Token &owner, const char *what) {
  if (at(TokenKind::NEWLINE)) {
    next();
    if (!at(TokenKind::INDENT)) {
      const Token &t = peek();
      std::string msg = "expected an indented block";
      if (what)
        msg += std::string(" after ") + what + " on line " + std::to_string(owner.line);
      raiseAt("IndentationError", msg, t.line, t.col, t.line, -1);
    }
    next();
    StmtList body = statements(true);
    expect(TokenKind::DEDENT);
    return body;
  }
  StmtList body;
  simpleStatements(body);
  return body;
}

Stmt *Parser::simpleStatement() {
  const Token &t = peek();
  switch (t.keyword) {
  case Kw::Pass: {
    next();
    return finish(make<Pass>(t));
  }
  case Kw::Break: {
    next();
    return finish(make<Break>(t));
  }
  case Kw::Continue: {
    next();
    return finish(make<Continue>(t));
  }
  case Kw::Return: {
    next();
    auto *r = make<Return>(t);
    if (!at(TokenKind::NEWLINE) && !at(TokenKind::SEMI))
      r->value = starExpressions();
    return finish(r);
  }
  case Kw::Raise: {
    next();
    auto *r = make<Raise>(t);
    if (!at(TokenKind::NEWLINE) && !at(TokenKind::SEMI)) {
      r->exc = expression();
      if (acceptKw(Kw::From))
        r->cause = expression();
    }
    return finish(r);
  }
  case Kw::Global:
  case Kw::Nonlocal: {
    next();
    IdentifierList names;
    do {
      if (!atName())
        failGeneric();
      names.push_back(identifier(next()));
    } while (accept(TokenKind::COMMA));
    if (t.keyword == Kw::Global) {
      auto *g = make<Global>(t);
      g->names = std::move(names);
      return finish(g);
    }
    auto *g = make<Nonlocal>(t);
    g->names = std::move(names);
    return finish(g);
  }
  case Kw::Del: {
    next();
    auto *d = make<Delete>(t);
    do {
      if (at(TokenKind::NEWLINE) || at(TokenKind::SEMI))
        break;
      Expr *e = bitwiseOr();
      d->targets.push_back(e);
    } while (accept(TokenKind::COMMA));
    if (!at(TokenKind::NEWLINE) && !at(TokenKind::SEMI)) {
      // invalid_del_stmt: 'del' star_expressions
      failGeneric();
    }
    if (d->targets.empty())
      failGeneric();
    for (Expr *e : d->targets) {
      if (invalidTarget(e, ExprContext::Del, false))
        raiseInvalidTarget(e, ExprContext::Del, false);
      setContext(e, ExprContext::Del);
    }
    return finish(d);
  }
  case Kw::Assert: {
    next();
    auto *a = make<Assert>(t);
    a->test = expression();
    if (accept(TokenKind::COMMA))
      a->msg = expression();
    return finish(a);
  }
  case Kw::Import: return importName();
  case Kw::From: return importFrom();
  default: break;
  }
  return expressionStatement();
}

// assignment | star_expressions
Stmt *Parser::expressionStatement() {
  const Token &start = peek();
  // NAME ':' expression ['=' annotated_rhs]
  Expr *first;
  if (atKw(Kw::Yield))
    first = yieldExpression();
  else
    first = starExpressions();

  if (at(TokenKind::COLON)) {
    // Annotated assignment.
    const char *bad = nullptr;
    if (auto *tup = dyn_cast<Tuple>(first)) {
      (void)tup;
      bad = "tuple";
    } else if (isa<List>(first)) {
      bad = "list";
    }
    if (bad)
      raiseAtNode(first, std::string("only single target (not ") + bad + ") can be annotated");
    if (!isa<Name>(first) && !isa<Attribute>(first) && !isa<Subscript>(first))
      raiseAtNode(first, "illegal target for annotation");
    next();
    auto *s = make<AnnAssign>(start);
    setContext(first, ExprContext::Store);
    s->target = first;
    s->simple = isa<Name>(first) && !first->parenthesized ? 1 : 0;
    s->annotation = expression();
    if (accept(TokenKind::EQUAL))
      s->value = atKw(Kw::Yield) ? yieldExpression() : starExpressions();
    return finish(s);
  }
  if (at(TokenKind::EQUAL)) {
    ExprList targets{first};
    Expr *value = nullptr;
    while (accept(TokenKind::EQUAL)) {
      Expr *v = atKw(Kw::Yield) ? yieldExpression() : starExpressions();
      if (at(TokenKind::EQUAL))
        targets.push_back(v);
      else
        value = v;
    }
    for (size_t i = 0; i < targets.size(); ++i) {
      if (isa<Yield>(targets[i]) || isa<YieldFrom>(targets[i]))
        raiseAtNode(targets[i], "assignment to yield expression not possible");
      if (invalidTarget(targets[i], ExprContext::Store, false)) {
        // `f() = 1`: CPython suggests '==' when a lone expression is
        // followed by '=' and a simple right-hand side.
        Expr *t = targets[i];
        bool suggest = i == 0 && targets.size() == 1 && !isa<List>(t) && !isa<Tuple>(t) &&
                       !isa<GeneratorExp>(t) && !t->parenthesized &&
                       !isa<Compare>(t) && !isa<BoolOp>(t) && !isa<IfExp>(t) &&
                       !isa<Lambda>(t) && !isa<Starred>(t) && !isa<NamedExpr>(t) &&
                       !(isa<UnaryOp>(t) && cast<UnaryOp>(t)->op == UnaryOpKind::Not);
        if (auto *c = dyn_cast<ConstantExpr>(t)) {
          auto k = c->value->kind;
          if (k == Constant::Kind::True || k == Constant::Kind::False ||
              k == Constant::Kind::None)
            suggest = false;
        }
        if (suggest && value && !isa<Tuple>(value) && !isa<Compare>(value) &&
            !isa<BoolOp>(value) && !isa<IfExp>(value) && !isa<Lambda>(value) &&
            !isa<Yield>(value) && !isa<Starred>(value) && !isa<YieldFrom>(value))
          raiseAtNode(t, std::string("cannot assign to ") + exprName(t) +
                             " here. Maybe you meant '==' instead of '='?");
        raiseInvalidTarget(targets[i], ExprContext::Store, false);
      }
      setContext(targets[i], ExprContext::Store);
    }
    auto *s = make<Assign>(start);
    s->targets = std::move(targets);
    s->value = value;
    return finish(s);
  }
  if (auto op = augAssignOp(peek().kind)) {
    if (!isa<Name>(first) && !isa<Attribute>(first) && !isa<Subscript>(first))
      raiseAtNode(first, std::string("'") + exprName(first) +
                             "' is an illegal expression for augmented assignment");
    next();
    setContext(first, ExprContext::Store);
    auto *s = make<AugAssign>(start);
    s->target = first;
    s->op = *op;
    s->value = atKw(Kw::Yield) ? yieldExpression() : starExpressions();
    return finish(s);
  }
  // invalid_legacy_expression: print "x" / exec "x"
  if (auto *n = dyn_cast<Name>(first)) {
    if ((n->id == "print" || n->id == "exec") && !first->parenthesized &&
        atExpressionStart() && !at(TokenKind::LPAR)) {
      size_t m = mark();
      Expr *arg = nullptr;
      try {
        arg = starExpressions();
      } catch (const ParseFailure &f) {
        if (f.lexical)
          throw;
        arg = nullptr;
      }
      reset(m);
      if (arg)
        raiseRange(first, arg,
                   "Missing parentheses in call to '" + n->id + "'. Did you mean " + n->id +
                       "(...)?");
    }
  }
  auto *s = make<ExprStmt>(start);
  s->value = first;
  return finish(s);
}

// import_name: 'import' dotted_as_names
Stmt *Parser::importName() {
  const Token &start = next();
  auto *s = make<Import>(start);
  do {
    const Token &first = peek();
    if (!atName())
      failGeneric();
    std::string name = identifier(next());
    while (accept(TokenKind::DOT)) {
      if (!atName())
        failGeneric();
      name += "." + identifier(next());
    }
    auto *a = make<Alias>(first);
    a->name = name;
    if (acceptKw(Kw::As)) {
      if (!atName())
        failGeneric();
      a->asname = identifier(next());
    }
    s->names.push_back(finish(a));
  } while (accept(TokenKind::COMMA));
  return finish(s);
}

// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//            | 'from' ('.' | '...')+ 'import' import_from_targets
Stmt *Parser::importFrom() {
  const Token &start = next();
  auto *s = make<ImportFrom>(start);
  int level = 0;
  for (;;) {
    if (accept(TokenKind::DOT))
      level += 1;
    else if (accept(TokenKind::ELLIPSIS))
      level += 3;
    else
      break;
  }
  if (atName()) {
    std::string name = identifier(next());
    while (accept(TokenKind::DOT)) {
      if (!atName())
        failGeneric();
      name += "." + identifier(next());
    }
    s->module = name;
  } else if (level == 0) {
    failGeneric();
  }
  s->level = level;
  expectKw(Kw::Import);
  if (at(TokenKind::STAR)) {
    const Token &star = next();
    auto *a = make<Alias>(star);
    a->name = "*";
    s->names.push_back(finish(a));
    return finish(s);
  }
  bool paren = accept(TokenKind::LPAR);
  do {
    if (paren && at(TokenKind::RPAR) && !s->names.empty())
      break;
    const Token &first = peek();
    if (!atName())
      failGeneric();
    auto *a = make<Alias>(first);
    a->name = identifier(next());
    if (acceptKw(Kw::As)) {
      if (!atName())
        failGeneric();
      a->asname = identifier(next());
    }
    s->names.push_back(finish(a));
  } while (accept(TokenKind::COMMA) && (paren || !at(TokenKind::NEWLINE) ||
                                         (raiseAtToken(prevToken(),
                                                       "trailing comma not allowed without "
                                                       "surrounding parentheses"),
                                          false)));
  if (paren)
    expect(TokenKind::RPAR);
  return finish(s);
}

Stmt *Parser::compoundStatement() {
  const Token &t = peek();
  switch (t.keyword) {
  case Kw::If: return ifStatement(false);
  case Kw::While: return whileStatement();
  case Kw::For: return forStatement(nullptr);
  case Kw::With: return withStatement(nullptr);
  case Kw::Try: return tryStatement();
  case Kw::Def: return functionDef({}, nullptr);
  case Kw::Class: return classDef({}, nullptr);
  case Kw::Async: {
    const Token &n = peek(1);
    if (n.keyword == Kw::Def)
      return functionDef({}, nullptr);
    if (n.keyword == Kw::For) {
      const Token &a = next();
      return forStatement(&a);
    }
    if (n.keyword == Kw::With) {
      const Token &a = next();
      return withStatement(&a);
    }
    return nullptr;
  }
  default: break;
  }
  if (t.kind == TokenKind::AT) {
    // decorators: ('@' named_expression NEWLINE)+
    ExprList decorators;
    while (accept(TokenKind::AT)) {
      decorators.push_back(namedExpression());
      expect(TokenKind::NEWLINE);
    }
    if (atKw(Kw::Class))
      return classDef(std::move(decorators), nullptr);
    if (atKw(Kw::Def) || (atKw(Kw::Async) && atKw(Kw::Def, 1)))
      return functionDef(std::move(decorators), nullptr);
    failGeneric();
  }
  if (t.isName("match"))
    return matchStatement();
  return nullptr;
}

// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
Stmt *Parser::ifStatement(bool isElif) {
  Nest nest(*this); // elif chains recurse
  const Token &kw = next();
  auto *s = make<If>(kw);
  s->test = namedExpression();
  if (!at(TokenKind::COLON)) {
    if (at(TokenKind::NEWLINE))
      raiseAtToken(peek(), "expected ':'");
    failGeneric();
  }
  next();
  s->body = block(kw, isElif ? "'elif' statement" : "'if' statement");
  if (atKw(Kw::Elif)) {
    Stmt *e = ifStatement(true);
    s->orelse.push_back(e);
    s->end_lineno = e->end_lineno;
    s->end_col_offset = e->end_col_offset;
    return s;
  }
  s->orelse = elseBlock();
  return finish(s);
}

// else_block: 'else' &&':' block
StmtList Parser::elseBlock() {
  if (!atKw(Kw::Else))
    return {};
  const Token &kw = next();
  expectForced(TokenKind::COLON, ":");
  StmtList body = block(kw, "'else' statement");
  if (atKw(Kw::Elif))
    raiseAtToken(peek(), "'elif' block follows an 'else' block");
  return body;
}

// while_stmt: 'while' named_expression ':' block [else_block]
Stmt *Parser::whileStatement() {
  const Token &kw = next();
  auto *s = make<While>(kw);
  s->test = namedExpression();
  if (!at(TokenKind::COLON)) {
    if (at(TokenKind::NEWLINE))
      raiseAtToken(peek(), "expected ':'");
    failGeneric();
  }
  next();
  s->body = block(kw, "'while' statement");
  s->orelse = elseBlock();
  return finish(s);
}

// for_stmt: ['async'] 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
Stmt *Parser::forStatement(const Token *asyncTok) {
  const Token &kw = next();
  const Token &start = asyncTok ? *asyncTok : kw;
  Expr *target = starTargets();
  if (!atKw(Kw::In)) {
    failGeneric();
  }
  next();
  Expr *iter = starExpressions();
  if (!at(TokenKind::COLON)) {
    if (at(TokenKind::NEWLINE))
      raiseAtToken(peek(), "expected ':'");
    failGeneric();
  }
  next();
  StmtList body = block(kw, "'for' statement");
  StmtList orelse = elseBlock();
  if (asyncTok) {
    auto *s = make<AsyncFor>(start);
    s->target = target;
    s->iter = iter;
    s->body = std::move(body);
    s->orelse = std::move(orelse);
    return finish(s);
  }
  auto *s = make<For>(start);
  s->target = target;
  s->iter = iter;
  s->body = std::move(body);
  s->orelse = std::move(orelse);
  return finish(s);
}

// with_stmt: ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
//          | ['async'] 'with' ','.with_item+ ':' block
// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
Stmt *Parser::withStatement(const Token *asyncTok) {
  const Token &kw = next();
  const Token &start = asyncTok ? *asyncTok : kw;
  WithItemList items;
  auto item = [&]() {
    auto *w = arena_.make<WithItem>();
    w->context_expr = expression();
    if (acceptKw(Kw::As)) {
      Expr *t = starTargets(false);
      if (!at(TokenKind::COMMA) && !at(TokenKind::RPAR) && !at(TokenKind::COLON))
        failGeneric();
      w->optional_vars = t;
    }
    return w;
  };
  bool parsed = false;
  if (at(TokenKind::LPAR)) {
    // Try the parenthesized form; fall back to a parenthesized expression.
    size_t m = mark();
    try {
      next();
      WithItemList tmp;
      tmp.push_back(item());
      while (accept(TokenKind::COMMA)) {
        if (at(TokenKind::RPAR))
          break;
        tmp.push_back(item());
      }
      expect(TokenKind::RPAR);
      if (!at(TokenKind::COLON))
        failGeneric();
      items = std::move(tmp);
      parsed = true;
    } catch (const ParseFailure &f) {
      if (f.lexical || errorSet_)
        throw;
      reset(m);
    }
  }
  if (!parsed) {
    items.push_back(item());
    while (accept(TokenKind::COMMA))
      items.push_back(item());
  }
  if (!at(TokenKind::COLON)) {
    if (at(TokenKind::NEWLINE))
      raiseAtToken(peek(), "expected ':'");
    failGeneric();
  }
  next();
  StmtList body = block(kw, "'with' statement");
  if (asyncTok) {
    auto *s = make<AsyncWith>(start);
    s->items = std::move(items);
    s->body = std::move(body);
    return finish(s);
  }
  auto *s = make<With>(start);
  s->items = std::move(items);
  s->body = std::move(body);
  return finish(s);
}

// try_stmt: 'try' &&':' block (finally_block | except_block+ [else] [finally]
//                              | except_star_block+ [else] [finally])
Stmt *Parser::tryStatement() {
  const Token &kw = next();
  expectForced(TokenKind::COLON, ":");
  StmtList body = block(kw, "'try' statement");
  ExceptHandlerList handlers;
  bool star = false, sawPlain = false;
  while (atKw(Kw::Except)) {
    const Token &ex = next();
    bool thisStar = accept(TokenKind::STAR);
    if (thisStar)
      star = true;
    else
      sawPlain = true;
    if (star && sawPlain)
      raiseAtToken(ex, "cannot have both 'except' and 'except*' on the same 'try'");
    auto *h = make<ExceptHandler>(ex);
    if (!at(TokenKind::COLON)) {
      if (thisStar && at(TokenKind::NEWLINE))
        raiseAtToken(peek(), "expected one or more exception types");
      if (at(TokenKind::NEWLINE))
        raiseAtToken(peek(), "expected ':'");
      h->type = expression();
      if (at(TokenKind::COMMA)) {
        // except A, B: (Python 2) -> needs parentheses
        size_t m = mark();
        next();
        Expr *rest = expressions();
        (void)rest;
        if (atKw(Kw::As) || at(TokenKind::COLON))
          raiseAt("SyntaxError", "multiple exception types must be parenthesized",
                  h->type->lineno, h->type->col_offset, prevToken().endLine, prevToken().endCol);
        reset(m);
      }
      if (acceptKw(Kw::As)) {
        if (!atName())
          failGeneric();
        h->name = identifier(next());
      }
    } else if (thisStar) {
      raiseAtToken(peek(), "expected one or more exception types");
    }
    if (!at(TokenKind::COLON)) {
      if (at(TokenKind::NEWLINE))
        raiseAtToken(peek(), "expected ':'");
      failGeneric();
    }
    next();
    h->body = block(ex, thisStar ? "'except*' statement" : "'except' statement");
    handlers.push_back(finish(h));
  }
  StmtList orelse, finalbody;
  if (!handlers.empty())
    orelse = elseBlock();
  if (atKw(Kw::Finally)) {
    const Token &f = next();
    expectForced(TokenKind::COLON, ":");
    finalbody = block(f, "'finally' statement");
  }
  if (handlers.empty() && finalbody.empty())
    raiseAtToken(peek(), "expected 'except' or 'finally' block");
  if (star) {
    auto *s = make<TryStar>(kw);
    s->body = std::move(body);
    s->handlers = std::move(handlers);
    s->orelse = std::move(orelse);
    s->finalbody = std::move(finalbody);
    return finish(s);
  }
  auto *s = make<Try>(kw);
  s->body = std::move(body);
  s->handlers = std::move(handlers);
  s->orelse = std::move(orelse);
  s->finalbody = std::move(finalbody);
  return finish(s);
}

// function_def: decorators? ['async'] 'def' NAME &&'(' [params] ')'
//               ['->' expression] &&':' block
Stmt *Parser::functionDef(ExprList decorators, const Token *) {
  const Token &start = peek();
  bool isAsync = acceptKw(Kw::Async);
  const Token &kw = expectKw(Kw::Def);
  if (!atName())
    failGeneric();
  std::string name = identifier(next());
  expectForced(TokenKind::LPAR, "(");
  Arguments *args = parameters(false);
  expect(TokenKind::RPAR);
  Expr *returns = nullptr;
  if (accept(TokenKind::RARROW))
    returns = expression();
  expectForced(TokenKind::COLON, ":");
  ++functionDepth_;
  StmtList body = block(kw, "function definition");
  --functionDepth_;
  if (isAsync) {
    auto *s = make<AsyncFunctionDef>(start);
    s->name = name;
    s->args = args;
    s->body = std::move(body);
    s->decorator_list = std::move(decorators);
    s->returns = returns;
    return finish(s);
  }
  auto *s = make<FunctionDef>(start);
  s->name = name;
  s->args = args;
  s->body = std::move(body);
  s->decorator_list = std::move(decorators);
  s->returns = returns;
  return finish(s);
}

// class_def: decorators? 'class' NAME ['(' [arguments] ')'] ':' block
Stmt *Parser::classDef(ExprList decorators, const Token *) {
  const Token &kw = next();
  if (!atName())
    failGeneric();
  auto *s = make<ClassDef>(kw);
  s->name = identifier(next());
  if (at(TokenKind::LPAR)) {
    const Token &lp = next();
    Call tmp;
    tmp.lineno = lp.line;
    callArguments(&tmp);
    expect(TokenKind::RPAR);
    s->bases = std::move(tmp.args);
    s->keywords = std::move(tmp.keywords);
  }
  if (!at(TokenKind::COLON)) {
    if (at(TokenKind::NEWLINE))
      raiseAtToken(peek(), "expected ':'");
    failGeneric();
  }
  next();
  s->body = block(kw, "class definition");
  s->decorator_list = std::move(decorators);
  return finish(s);
}

} // namespace kiln::frontend
