//===- CompilerExpr.cpp - Expressions ------------------------------------===//
#include "frontend/Compiler.h"

namespace kiln::frontend::detail {

namespace {
constexpr size_t kStackUseGuideline = 30;

int binaryOp(BinOpKind op) {
  switch (op) {
  case BinOpKind::Add: return NB_ADD;
  case BinOpKind::Sub: return NB_SUBTRACT;
  case BinOpKind::Mult: return NB_MULTIPLY;
  case BinOpKind::MatMult: return NB_MATRIX_MULTIPLY;
  case BinOpKind::Div: return NB_TRUE_DIVIDE;
  case BinOpKind::Mod: return NB_REMAINDER;
  case BinOpKind::Pow: return NB_POWER;
  case BinOpKind::LShift: return NB_LSHIFT;
  case BinOpKind::RShift: return NB_RSHIFT;
  case BinOpKind::BitOr: return NB_OR;
  case BinOpKind::BitXor: return NB_XOR;
  case BinOpKind::BitAnd: return NB_AND;
  case BinOpKind::FloorDiv: return NB_FLOOR_DIVIDE;
  }
  return NB_ADD;
}

bool allConstant(const ExprList &elts, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i)
    if (!elts[i] || !isa<ConstantExpr>(elts[i]))
      return false;
  return true;
}

enum { CompGenexp, CompListcomp, CompSetcomp, CompDictcomp };
} // namespace

void Compiler::expr(const Expr *e) {
  Location saved = unit_->loc;
  setLoc(e);
  switch (e->nodeKind) {
  case NodeKind::NamedExpr: {
    auto *n = cast<NamedExpr>(e);
    expr(n->value);
    emit(Opcode::COPY, 1);
    expr(n->target);
    break;
  }
  case NodeKind::BoolOp: boolOp(cast<BoolOp>(e)); break;
  case NodeKind::BinOp:
    expr(cast<BinOp>(e)->left);
    expr(cast<BinOp>(e)->right);
    emit(Opcode::BINARY_OP, binaryOp(cast<BinOp>(e)->op));
    break;
  case NodeKind::UnaryOp: {
    auto *u = cast<UnaryOp>(e);
    expr(u->operand);
    static const Opcode ops[] = {Opcode::UNARY_INVERT, Opcode::UNARY_NOT,
                                 Opcode::UNARY_POSITIVE, Opcode::UNARY_NEGATIVE};
    emit(ops[int(u->op)]);
    break;
  }
  case NodeKind::Lambda: lambda(cast<Lambda>(e)); break;
  case NodeKind::IfExp: {
    auto *i = cast<IfExp>(e);
    BasicBlock *end = newBlock(), *next = newBlock();
    jumpIf(i->test, next, false);
    expr(i->body);
    emitJumpNoLine(JUMP, end);
    useNextBlock(next);
    expr(i->orelse);
    useNextBlock(end);
    break;
  }
  case NodeKind::Dict: dict(cast<Dict>(e)); break;
  case NodeKind::Set:
    starunpackHelper(cast<Set>(e)->elts, 0, Opcode::BUILD_SET, Opcode::SET_ADD,
                     Opcode::SET_UPDATE, false);
    break;
  case NodeKind::GeneratorExp:
    comprehension(e, "<genexpr>", CompGenexp, cast<GeneratorExp>(e)->generators,
                  cast<GeneratorExp>(e)->elt, nullptr);
    break;
  case NodeKind::ListComp:
    comprehension(e, "<listcomp>", CompListcomp, cast<ListComp>(e)->generators,
                  cast<ListComp>(e)->elt, nullptr);
    break;
  case NodeKind::SetComp:
    comprehension(e, "<setcomp>", CompSetcomp, cast<SetComp>(e)->generators,
                  cast<SetComp>(e)->elt, nullptr);
    break;
  case NodeKind::DictComp:
    comprehension(e, "<dictcomp>", CompDictcomp, cast<DictComp>(e)->generators,
                  cast<DictComp>(e)->key, cast<DictComp>(e)->value);
    break;
  case NodeKind::Yield: {
    if (unit_->ste->type != BlockType::Function)
      fail("'yield' outside function");
    auto *y = cast<Yield>(e);
    if (y->value)
      expr(y->value);
    else
      loadConst(Constant::none());
    if (unit_->ste->coroutine)
      emit(Opcode::ASYNC_GEN_WRAP);
    emit(Opcode::YIELD_VALUE);
    emit(Opcode::RESUME, RESUME_AFTER_YIELD);
    break;
  }
  case NodeKind::YieldFrom:
    if (unit_->ste->type != BlockType::Function)
      fail("'yield' outside function");
    if (unit_->kind == UnitKind::AsyncFunction)
      fail("'yield from' inside async function");
    expr(cast<YieldFrom>(e)->value);
    emit(Opcode::GET_YIELD_FROM_ITER);
    loadConst(Constant::none());
    addYieldFrom(false);
    break;
  case NodeKind::Await:
    if (unit_->ste->type != BlockType::Function)
      fail("'await' outside function");
    if (unit_->kind != UnitKind::AsyncFunction && unit_->kind != UnitKind::Comprehension)
      fail("'await' outside async function");
    expr(cast<Await>(e)->value);
    emit(Opcode::GET_AWAITABLE, 0);
    loadConst(Constant::none());
    addYieldFrom(true);
    break;
  case NodeKind::Compare: compare(cast<Compare>(e)); break;
  case NodeKind::Call: call(cast<Call>(e)); break;
  case NodeKind::FormattedValue: formattedValue(cast<FormattedValue>(e)); break;
  case NodeKind::JoinedStr: joinedStr(cast<JoinedStr>(e)); break;
  case NodeKind::ConstantExpr: loadConst(cast<ConstantExpr>(e)->value); break;
  case NodeKind::Attribute: {
    auto *a = cast<Attribute>(e);
    if (a->ctx != ExprContext::Load)
      forbiddenName(a->attr, a->ctx);
    expr(a->value);
    setLoc(e);
    // The attribute's own instruction is located at the attribute name.
    unit_->loc.line = e->end_lineno;
    switch (a->ctx) {
    case ExprContext::Load: emitName(Opcode::LOAD_ATTR, a->attr); break;
    case ExprContext::Store: emitName(Opcode::STORE_ATTR, a->attr); break;
    case ExprContext::Del: emitName(Opcode::DELETE_ATTR, a->attr); break;
    }
    break;
  }
  case NodeKind::Subscript: {
    auto *s = cast<Subscript>(e);
    if (s->ctx == ExprContext::Load)
      checkSubscript(s);
    expr(s->value);
    expr(s->slice);
    setLoc(e);
    emit(s->ctx == ExprContext::Load    ? Opcode::BINARY_SUBSCR
         : s->ctx == ExprContext::Store ? Opcode::STORE_SUBSCR
                                        : Opcode::DELETE_SUBSCR);
    break;
  }
  case NodeKind::Starred:
    if (cast<Starred>(e)->ctx == ExprContext::Store)
      fail("starred assignment target must be in a list or tuple");
    fail("can't use starred expression here");
  case NodeKind::Slice: slice(cast<Slice>(e)); break;
  case NodeKind::Name: nameOp(cast<Name>(e)->id, cast<Name>(e)->ctx); break;
  case NodeKind::List: {
    auto *l = cast<List>(e);
    if (l->ctx == ExprContext::Store)
      assignmentHelper(l->elts);
    else if (l->ctx == ExprContext::Load)
      starunpackHelper(l->elts, 0, Opcode::BUILD_LIST, Opcode::LIST_APPEND,
                       Opcode::LIST_EXTEND, false);
    else
      exprs(l->elts);
    break;
  }
  case NodeKind::Tuple: {
    auto *t = cast<Tuple>(e);
    if (t->ctx == ExprContext::Store)
      assignmentHelper(t->elts);
    else if (t->ctx == ExprContext::Load)
      starunpackHelper(t->elts, 0, Opcode::BUILD_LIST, Opcode::LIST_APPEND,
                       Opcode::LIST_EXTEND, true);
    else
      exprs(t->elts);
    break;
  }
  default: fail("compiler error: unknown expression");
  }
  unit_->loc = saved;
}

void Compiler::slice(const Slice *s) {
  int n = 2;
  if (s->lower)
    expr(s->lower);
  else
    loadConst(Constant::none());
  if (s->upper)
    expr(s->upper);
  else
    loadConst(Constant::none());
  if (s->step) {
    ++n;
    expr(s->step);
  }
  emit(Opcode::BUILD_SLICE, n);
}

void Compiler::addYieldFrom(bool await) {
  BasicBlock *start = newBlock(), *resume = newBlock(), *exit = newBlock();
  useNextBlock(start);
  emitJump(int(Opcode::SEND), exit);
  useNextBlock(resume);
  emit(Opcode::YIELD_VALUE);
  emit(Opcode::RESUME, await ? RESUME_AFTER_AWAIT : RESUME_AFTER_YIELD_FROM);
  emitJump(JUMP_NO_INTERRUPT, start);
  useNextBlock(exit);
}

void Compiler::boolOp(const BoolOp *e) {
  Opcode op = e->op == BoolOpKind::And ? Opcode::JUMP_IF_FALSE_OR_POP
                                       : Opcode::JUMP_IF_TRUE_OR_POP;
  BasicBlock *end = newBlock();
  for (size_t i = 0; i + 1 < e->values.size(); ++i) {
    expr(e->values[i]);
    emitJump(int(op), end);
    nextBlock();
  }
  expr(e->values.back());
  useNextBlock(end);
}

void Compiler::compareOp(CmpOpKind op) {
  switch (op) {
  case CmpOpKind::Eq: emit(Opcode::COMPARE_OP, CMP_EQ); break;
  case CmpOpKind::NotEq: emit(Opcode::COMPARE_OP, CMP_NE); break;
  case CmpOpKind::Lt: emit(Opcode::COMPARE_OP, CMP_LT); break;
  case CmpOpKind::LtE: emit(Opcode::COMPARE_OP, CMP_LE); break;
  case CmpOpKind::Gt: emit(Opcode::COMPARE_OP, CMP_GT); break;
  case CmpOpKind::GtE: emit(Opcode::COMPARE_OP, CMP_GE); break;
  case CmpOpKind::Is: emit(Opcode::IS_OP, 0); break;
  case CmpOpKind::IsNot: emit(Opcode::IS_OP, 1); break;
  case CmpOpKind::In: emit(Opcode::CONTAINS_OP, 0); break;
  case CmpOpKind::NotIn: emit(Opcode::CONTAINS_OP, 1); break;
  }
}

// a < b < c  ->  a, b, SWAP 2, COPY 2, <, JUMP_IF_FALSE_OR_POP cleanup, c, <
void Compiler::compare(const Compare *e) {
  checkCompare(e);
  expr(e->left);
  size_t n = e->ops.size() - 1;
  if (n == 0) {
    expr(e->comparators[0]);
    compareOp(e->ops[0]);
    return;
  }
  BasicBlock *cleanup = newBlock();
  for (size_t i = 0; i < n; ++i) {
    expr(e->comparators[i]);
    emit(Opcode::SWAP, 2);
    emit(Opcode::COPY, 2);
    compareOp(e->ops[i]);
    emitJump(int(Opcode::JUMP_IF_FALSE_OR_POP), cleanup);
    nextBlock();
  }
  expr(e->comparators[n]);
  compareOp(e->ops[n]);
  BasicBlock *end = newBlock();
  emitJumpNoLine(JUMP, end);
  useNextBlock(cleanup);
  emit(Opcode::SWAP, 2);
  emit(Opcode::POP_TOP);
  useNextBlock(end);
}

// Branches to \p next when the truth of \p e equals \p cond, without
// materializing booleans for not/and/or/conditional/comparison chains.
void Compiler::jumpIf(const Expr *e, BasicBlock *next, bool cond) {
  switch (e->nodeKind) {
  case NodeKind::UnaryOp:
    if (cast<UnaryOp>(e)->op == UnaryOpKind::Not) {
      jumpIf(cast<UnaryOp>(e)->operand, next, !cond);
      return;
    }
    break;
  case NodeKind::BoolOp: {
    auto *b = cast<BoolOp>(e);
    bool isOr = b->op == BoolOpKind::Or;
    BasicBlock *next2 = next;
    if (!cond != !isOr)
      next2 = newBlock();
    for (size_t i = 0; i + 1 < b->values.size(); ++i)
      jumpIf(b->values[i], next2, isOr);
    jumpIf(b->values.back(), next, cond);
    if (next2 != next)
      useNextBlock(next2);
    return;
  }
  case NodeKind::IfExp: {
    auto *i = cast<IfExp>(e);
    BasicBlock *end = newBlock(), *next2 = newBlock();
    jumpIf(i->test, next2, false);
    jumpIf(i->body, next, cond);
    emitJumpNoLine(JUMP, end);
    useNextBlock(next2);
    jumpIf(i->orelse, next, cond);
    useNextBlock(end);
    return;
  }
  case NodeKind::Compare: {
    auto *c = cast<Compare>(e);
    size_t n = c->ops.size() - 1;
    if (n > 0) {
      checkCompare(c);
      BasicBlock *cleanup = newBlock();
      // CPython 3.11 leaves the location at the comparison from here on
      // (observed: later jumps of an enclosing and/or carry its line).
      setLoc(e);
      expr(c->left);
      for (size_t i = 0; i < n; ++i) {
        expr(c->comparators[i]);
        emit(Opcode::SWAP, 2);
        emit(Opcode::COPY, 2);
        compareOp(c->ops[i]);
        emitJump(POP_JUMP_IF_FALSE, cleanup);
        nextBlock();
      }
      expr(c->comparators[n]);
      compareOp(c->ops[n]);
      emitJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
      BasicBlock *end = newBlock();
      emitJumpNoLine(JUMP, end);
      useNextBlock(cleanup);
      emit(Opcode::POP_TOP);
      if (!cond)
        emitJumpNoLine(JUMP, next);
      useNextBlock(end);
      return;
    }
    break;
  }
  default: break;
  }
  // The jump keeps the location of the enclosing statement or expression,
  // except after a comparison, whose location stays (as in CPython 3.11).
  expr(e);
  if (isa<Compare>(e))
    setLoc(e);
  emitJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
}

void Compiler::validateKeywords(const KeywordList &keywords) {
  for (size_t i = 0; i < keywords.size(); ++i) {
    const Keyword *k = keywords[i];
    if (k->arg.empty())
      continue;
    forbiddenName(k->arg, ExprContext::Store);
    for (size_t j = i + 1; j < keywords.size(); ++j) {
      if (keywords[j]->arg == k->arg) {
        setLoc(keywords[j]);
        fail("keyword argument repeated: " + k->arg);
      }
    }
  }
}

bool Compiler::isImportOriginated(const Expr *e) {
  auto *n = dyn_cast<Name>(e);
  if (!n)
    return false;
  const Symbol *s = st_.top()->lookup(n->id);
  return s && (s->flags & DefImport);
}

// obj.meth(args) -> LOAD_METHOD, args, PRECALL, CALL
bool Compiler::maybeOptimizeMethodCall(const Call *e) {
  auto *meth = dyn_cast<Attribute>(e->func);
  if (!meth || meth->ctx != ExprContext::Load)
    return false;
  if (isImportOriginated(meth->value))
    return false;
  size_t argsl = e->args.size(), kwdsl = e->keywords.size();
  if (argsl + kwdsl + (kwdsl != 0) >= kStackUseGuideline)
    return false;
  for (const Expr *a : e->args)
    if (isa<Starred>(a))
      return false;
  for (const Keyword *k : e->keywords)
    if (k->arg.empty())
      return false;
  expr(meth->value);
  Location saved = unit_->loc;
  setLoc(meth);
  unit_->loc.line = meth->end_lineno;
  emitName(Opcode::LOAD_METHOD, meth->attr);
  unit_->loc = saved;
  exprs(e->args);
  if (kwdsl) {
    for (const Keyword *k : e->keywords)
      visitKeyword(k);
    callSimpleKwHelper(e->keywords);
  }
  setLoc(e);
  unit_->loc.line = meth->end_lineno;
  emit(Opcode::PRECALL, int(argsl + kwdsl));
  emit(Opcode::CALL, int(argsl + kwdsl));
  return true;
}

void Compiler::call(const Call *e) {
  validateKeywords(e->keywords);
  checkCaller(e);
  if (maybeOptimizeMethodCall(e))
    return;
  setLoc(e->func);
  emit(Opcode::PUSH_NULL);
  setLoc(e);
  expr(e->func);
  callHelper(0, e->args, e->keywords);
}

void Compiler::callSimpleKwHelper(const KeywordList &keywords) {
  std::vector<ConstantRef> names;
  for (const Keyword *k : keywords)
    names.push_back(Constant::str(k->arg));
  emit(Opcode::KW_NAMES, addConst(Constant::tuple(std::move(names))));
}

void Compiler::subkwargs(const KeywordList &keywords, size_t begin, size_t end) {
  size_t n = end - begin;
  bool big = n * 2 > kStackUseGuideline;
  if (n > 1 && !big) {
    std::vector<ConstantRef> keys;
    for (size_t i = begin; i < end; ++i) {
      expr(keywords[i]->value);
      keys.push_back(Constant::str(keywords[i]->arg));
    }
    loadConst(Constant::tuple(std::move(keys)));
    emit(Opcode::BUILD_CONST_KEY_MAP, int(n));
    return;
  }
  if (big)
    emitNoLine(int(Opcode::BUILD_MAP), 0);
  for (size_t i = begin; i < end; ++i) {
    loadConst(Constant::str(keywords[i]->arg));
    expr(keywords[i]->value);
    if (big)
      emitNoLine(int(Opcode::MAP_ADD), 1);
  }
  if (!big)
    emit(Opcode::BUILD_MAP, int(n));
}

// f(a, b, k=v) -> args, KW_NAMES, PRECALL n, CALL n; with * or ** unpacking
// -> a tuple and a dict, CALL_FUNCTION_EX.
void Compiler::callHelper(int n, const ExprList &args, const KeywordList &keywords) {
  size_t nelts = args.size(), nkwelts = keywords.size();
  bool exCall = nelts + nkwelts * 2 > kStackUseGuideline;
  for (const Expr *a : args)
    exCall |= isa<Starred>(a);
  for (const Keyword *k : keywords)
    exCall |= k->arg.empty();
  if (!exCall) {
    exprs(args);
    if (nkwelts) {
      for (const Keyword *k : keywords)
        visitKeyword(k);
      callSimpleKwHelper(keywords);
    }
    emit(Opcode::PRECALL, n + int(nelts + nkwelts));
    emit(Opcode::CALL, n + int(nelts + nkwelts));
    return;
  }
  if (n == 0 && nelts == 1 && isa<Starred>(args[0]))
    expr(cast<Starred>(args[0])->value);
  else
    starunpackHelper(args, n, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND,
                     true);
  if (nkwelts) {
    bool haveDict = false;
    size_t nseen = 0;
    for (size_t i = 0; i < nkwelts; ++i) {
      const Keyword *k = keywords[i];
      if (k->arg.empty()) {
        if (nseen) {
          subkwargs(keywords, i - nseen, i);
          if (haveDict)
            emit(Opcode::DICT_MERGE, 1);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) {
          emit(Opcode::BUILD_MAP, 0);
          haveDict = true;
        }
        expr(k->value);
        emit(Opcode::DICT_MERGE, 1);
      } else {
        ++nseen;
      }
    }
    if (nseen) {
      subkwargs(keywords, nkwelts - nseen, nkwelts);
      if (haveDict)
        emit(Opcode::DICT_MERGE, 1);
    }
  }
  emit(Opcode::CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
}

// Builds a list/tuple/set from elements some of which may be starred.
void Compiler::starunpackHelper(const ExprList &elts, int pushed, Opcode build, Opcode add,
                                Opcode extend, bool tuple) {
  size_t n = elts.size();
  if (n > 2 && allConstant(elts, 0, n)) {
    std::vector<ConstantRef> items;
    for (const Expr *x : elts)
      items.push_back(cast<ConstantExpr>(x)->value);
    if (tuple && !pushed) {
      loadConst(Constant::tuple(std::move(items)));
    } else {
      emit(build, pushed);
      loadConst(add == Opcode::SET_ADD ? Constant::frozenset(std::move(items))
                                       : Constant::tuple(std::move(items)));
      emit(extend, 1);
      if (tuple)
        emit(Opcode::LIST_TO_TUPLE);
    }
    return;
  }
  bool big = n + size_t(pushed) > kStackUseGuideline;
  bool seenStar = false;
  for (const Expr *x : elts)
    seenStar |= isa<Starred>(x);
  if (!seenStar && !big) {
    exprs(elts);
    emit(tuple ? Opcode::BUILD_TUPLE : build, int(n) + pushed);
    return;
  }
  bool built = false;
  if (big) {
    emit(build, pushed);
    built = true;
  }
  for (size_t i = 0; i < n; ++i) {
    const Expr *x = elts[i];
    if (auto *st = dyn_cast<Starred>(x)) {
      if (!built) {
        emit(build, int(i) + pushed);
        built = true;
      }
      expr(st->value);
      emit(extend, 1);
    } else {
      expr(x);
      if (built)
        emit(add, 1);
    }
  }
  if (tuple)
    emit(Opcode::LIST_TO_TUPLE);
}

void Compiler::unpackHelper(const ExprList &elts) {
  size_t n = elts.size();
  bool seenStar = false;
  for (size_t i = 0; i < n; ++i) {
    if (!isa<Starred>(elts[i]))
      continue;
    if (seenStar)
      fail("multiple starred expressions in assignment");
    if (i >= (1 << 8) || n - i - 1 >= (INT32_MAX >> 8))
      fail("too many expressions in star-unpacking assignment");
    emit(Opcode::UNPACK_EX, int(i + ((n - i - 1) << 8)));
    seenStar = true;
  }
  if (!seenStar)
    emit(Opcode::UNPACK_SEQUENCE, int(n));
}

void Compiler::assignmentHelper(const ExprList &elts) {
  unpackHelper(elts);
  for (const Expr *x : elts)
    expr(isa<Starred>(x) ? cast<Starred>(x)->value : x);
}

void Compiler::subdict(const Dict *e, size_t begin, size_t end) {
  size_t n = end - begin;
  bool big = n * 2 > kStackUseGuideline;
  if (n > 1 && !big && allConstant(e->keys, begin, end)) {
    std::vector<ConstantRef> keys;
    for (size_t i = begin; i < end; ++i)
      expr(e->values[i]);
    for (size_t i = begin; i < end; ++i)
      keys.push_back(cast<ConstantExpr>(e->keys[i])->value);
    loadConst(Constant::tuple(std::move(keys)));
    emit(Opcode::BUILD_CONST_KEY_MAP, int(n));
    return;
  }
  if (big)
    emit(Opcode::BUILD_MAP, 0);
  for (size_t i = begin; i < end; ++i) {
    expr(e->keys[i]);
    expr(e->values[i]);
    if (big)
      emit(Opcode::MAP_ADD, 1);
  }
  if (!big)
    emit(Opcode::BUILD_MAP, int(n));
}

void Compiler::dict(const Dict *e) {
  size_t n = e->values.size(), elements = 0;
  bool haveDict = false;
  for (size_t i = 0; i < n; ++i) {
    if (!e->keys[i]) {
      if (elements) {
        subdict(e, i - elements, i);
        if (haveDict)
          emit(Opcode::DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        emit(Opcode::BUILD_MAP, 0);
        haveDict = true;
      }
      expr(e->values[i]);
      emit(Opcode::DICT_UPDATE, 1);
    } else if (elements * 2 > kStackUseGuideline) {
      subdict(e, i - elements, i + 1);
      if (haveDict)
        emit(Opcode::DICT_UPDATE, 1);
      haveDict = true;
      elements = 0;
    } else {
      ++elements;
    }
  }
  if (elements) {
    subdict(e, n - elements, n);
    if (haveDict)
      emit(Opcode::DICT_UPDATE, 1);
    haveDict = true;
  }
  if (!haveDict)
    emit(Opcode::BUILD_MAP, 0);
}

// The comprehension runs as a function of its own, called with the
// outermost iterator: [x for x in it] -> MAKE_FUNCTION, it, GET_ITER, CALL 0.
void Compiler::comprehension(const Expr *e, const std::string &name, int type,
                             const ComprehensionList &gens, const Expr *elt,
                             const Expr *val) {
  UnitKind parentKind = unit_->kind;
  const Comprehension *outermost = gens[0];
  enterScope(name, UnitKind::Comprehension, e, e->lineno);
  setLoc(e);
  bool isAsyncGenerator = unit_->ste->coroutine;
  if (isAsyncGenerator && type != CompGenexp && parentKind != UnitKind::AsyncFunction &&
      parentKind != UnitKind::Comprehension)
    fail("asynchronous comprehension outside of an asynchronous function");
  if (type != CompGenexp)
    emit(type == CompListcomp ? Opcode::BUILD_LIST
         : type == CompSetcomp ? Opcode::BUILD_SET
                               : Opcode::BUILD_MAP,
         0);
  comprehensionGenerator(gens, 0, 0, elt, val, type);
  if (type != CompGenexp)
    emit(Opcode::RETURN_VALUE);
  else if (!unit_->assembler.currentEndsWithTerminator()) {
    unsetLoc();
    loadConst(Constant::none());
    emit(Opcode::RETURN_VALUE);
  }
  auto code = exitScope();
  setLoc(e);
  makeClosure(code, 0);
  expr(outermost->iter);
  setLoc(e);
  emit(outermost->is_async ? Opcode::GET_AITER : Opcode::GET_ITER);
  emit(Opcode::PRECALL, 0);
  emit(Opcode::CALL, 0);
  if (isAsyncGenerator && type != CompGenexp) {
    emit(Opcode::GET_AWAITABLE, 0);
    loadConst(Constant::none());
    addYieldFrom(true);
  }
}

void Compiler::comprehensionGenerator(const ComprehensionList &gens, size_t index, int depth,
                                      const Expr *elt, const Expr *val, int type) {
  if (gens[index]->is_async)
    asyncComprehensionGenerator(gens, index, depth, elt, val, type);
  else
    syncComprehensionGenerator(gens, index, depth, elt, val, type);
}

namespace {
void comprehensionElement(Compiler &c, const Expr *elt, const Expr *val, int type, int depth) {
  switch (type) {
  case CompGenexp:
    c.expr(elt);
    if (c.u().ste->coroutine) // an async generator expression
      c.emit(Opcode::ASYNC_GEN_WRAP);
    c.emit(Opcode::YIELD_VALUE);
    c.emit(Opcode::RESUME, RESUME_AFTER_YIELD);
    c.emit(Opcode::POP_TOP);
    break;
  case CompListcomp:
    c.expr(elt);
    c.emit(Opcode::LIST_APPEND, depth + 1);
    break;
  case CompSetcomp:
    c.expr(elt);
    c.emit(Opcode::SET_ADD, depth + 1);
    break;
  default: // dict: key before value
    c.expr(elt);
    c.expr(val);
    c.emit(Opcode::MAP_ADD, depth + 1);
    break;
  }
}
} // namespace

void Compiler::syncComprehensionGenerator(const ComprehensionList &gens, size_t index,
                                          int depth, const Expr *elt, const Expr *val,
                                          int type) {
  BasicBlock *start = newBlock(), *ifCleanup = newBlock(), *anchor = newBlock();
  const Comprehension *gen = gens[index];
  if (index == 0) {
    // The outermost iterator is the implicit argument .0.
    unit_->argcount = 1;
    emit(Opcode::LOAD_FAST, 0);
  } else {
    // `for y in [f(x)]` binds without iterating.
    const ExprList *elts = nullptr;
    if (auto *l = dyn_cast<List>(gen->iter))
      elts = &l->elts;
    else if (auto *t = dyn_cast<Tuple>(gen->iter))
      elts = &t->elts;
    if (elts && elts->size() == 1 && !isa<Starred>((*elts)[0])) {
      expr((*elts)[0]);
      start = nullptr;
    } else {
      expr(gen->iter);
      emit(Opcode::GET_ITER);
    }
  }
  if (start) {
    ++depth;
    useNextBlock(start);
    emitJump(int(Opcode::FOR_ITER), anchor);
    nextBlock();
  }
  expr(gen->target);
  for (const Expr *cond : gen->ifs)
    jumpIf(cond, ifCleanup, false);
  if (index + 1 < gens.size())
    comprehensionGenerator(gens, index + 1, depth, elt, val, type);
  else
    comprehensionElement(*this, elt, val, type, depth);
  useNextBlock(ifCleanup);
  if (start) {
    emitJump(JUMP, start);
    useNextBlock(anchor);
  }
}

void Compiler::asyncComprehensionGenerator(const ComprehensionList &gens, size_t index,
                                           int depth, const Expr *elt, const Expr *val,
                                           int type) {
  BasicBlock *start = newBlock(), *except = newBlock(), *ifCleanup = newBlock();
  const Comprehension *gen = gens[index];
  if (index == 0) {
    unit_->argcount = 1;
    emit(Opcode::LOAD_FAST, 0);
  } else {
    expr(gen->iter);
    emit(Opcode::GET_AITER);
  }
  useNextBlock(start);
  pushFBlock(FBlockKind::AsyncComprehensionGenerator, start, nullptr, nullptr);
  emitJump(SETUP_FINALLY, except);
  emit(Opcode::GET_ANEXT);
  loadConst(Constant::none());
  addYieldFrom(true);
  emitPseudo(POP_BLOCK);
  expr(gen->target);
  for (const Expr *cond : gen->ifs)
    jumpIf(cond, ifCleanup, false);
  ++depth;
  if (index + 1 < gens.size())
    comprehensionGenerator(gens, index + 1, depth, elt, val, type);
  else
    comprehensionElement(*this, elt, val, type, depth);
  useNextBlock(ifCleanup);
  emitJump(JUMP, start);
  popFBlock(FBlockKind::AsyncComprehensionGenerator, start);
  useNextBlock(except);
  emit(Opcode::END_ASYNC_FOR);
}

void Compiler::formattedValue(const FormattedValue *e) {
  expr(e->value);
  int oparg = FVC_NONE;
  switch (e->conversion) {
  case 's': oparg = FVC_STR; break;
  case 'r': oparg = FVC_REPR; break;
  case 'a': oparg = FVC_ASCII; break;
  default: break;
  }
  if (e->format_spec) {
    expr(e->format_spec);
    oparg |= FVS_HAVE_SPEC;
  }
  emit(Opcode::FORMAT_VALUE, oparg);
}

void Compiler::joinedStr(const JoinedStr *e) {
  size_t n = e->values.size();
  if (n > kStackUseGuideline) {
    loadConst(Constant::str(""));
    emitName(Opcode::LOAD_METHOD, "join");
    emit(Opcode::BUILD_LIST, 0);
    for (const Expr *v : e->values) {
      expr(v);
      emit(Opcode::LIST_APPEND, 1);
    }
    emit(Opcode::PRECALL, 1);
    emit(Opcode::CALL, 1);
    return;
  }
  exprs(e->values);
  if (n != 1)
    emit(Opcode::BUILD_STRING, int(n));
}

} // namespace kiln::frontend::detail
