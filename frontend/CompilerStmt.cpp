//===- CompilerStmt.cpp - Statements -------------------------------------===//
//
// Each lowering mirrors CPython 3.11's; try/with regions are bracketed by
// SETUP_* ... POP_BLOCK pseudo-instructions from which the assembler builds
// the exception table.
//
//===----------------------------------------------------------------------===//
#include "frontend/Compiler.h"

namespace kiln::frontend::detail {

namespace {
int inplaceOp(BinOpKind op) {
  switch (op) {
  case BinOpKind::Add: return NB_INPLACE_ADD;
  case BinOpKind::Sub: return NB_INPLACE_SUBTRACT;
  case BinOpKind::Mult: return NB_INPLACE_MULTIPLY;
  case BinOpKind::MatMult: return NB_INPLACE_MATRIX_MULTIPLY;
  case BinOpKind::Div: return NB_INPLACE_TRUE_DIVIDE;
  case BinOpKind::Mod: return NB_INPLACE_REMAINDER;
  case BinOpKind::Pow: return NB_INPLACE_POWER;
  case BinOpKind::LShift: return NB_INPLACE_LSHIFT;
  case BinOpKind::RShift: return NB_INPLACE_RSHIFT;
  case BinOpKind::BitOr: return NB_INPLACE_OR;
  case BinOpKind::BitXor: return NB_INPLACE_XOR;
  case BinOpKind::BitAnd: return NB_INPLACE_AND;
  case BinOpKind::FloorDiv: return NB_INPLACE_FLOOR_DIVIDE;
  }
  return NB_INPLACE_ADD;
}
} // namespace

void Compiler::stmt(const Stmt *s) {
  setLoc(s);
  switch (s->nodeKind) {
  case NodeKind::FunctionDef:
  case NodeKind::AsyncFunctionDef: functionDef(s); break;
  case NodeKind::ClassDef: classDef(cast<ClassDef>(s)); break;
  case NodeKind::Return: returnStmt(cast<Return>(s)); break;
  case NodeKind::Delete: deleteStmt(cast<Delete>(s)); break;
  case NodeKind::Assign: {
    auto *a = cast<Assign>(s);
    expr(a->value);
    for (size_t i = 0; i < a->targets.size(); ++i) {
      if (i + 1 < a->targets.size())
        emit(Opcode::COPY, 1);
      assignTargets(a->targets[i]);
    }
    break;
  }
  case NodeKind::AugAssign: augAssign(cast<AugAssign>(s)); break;
  case NodeKind::AnnAssign: annAssign(cast<AnnAssign>(s)); break;
  case NodeKind::For: forStmt(cast<For>(s)); break;
  case NodeKind::AsyncFor: asyncFor(cast<AsyncFor>(s)); break;
  case NodeKind::While: whileStmt(cast<While>(s)); break;
  case NodeKind::If: ifStmt(cast<If>(s)); break;
  case NodeKind::With: withStmt(cast<With>(s), 0); break;
  case NodeKind::AsyncWith: asyncWith(cast<AsyncWith>(s), 0); break;
  case NodeKind::Match: matchStmt(cast<Match>(s)); break;
  case NodeKind::Raise: raiseStmt(cast<Raise>(s)); break;
  case NodeKind::Try: tryStmt(cast<Try>(s)); break;
  case NodeKind::TryStar: tryStar(cast<TryStar>(s)); break;
  case NodeKind::Assert: assertStmt(cast<Assert>(s)); break;
  case NodeKind::Import: importStmt(cast<Import>(s)); break;
  case NodeKind::ImportFrom: importFrom(cast<ImportFrom>(s)); break;
  case NodeKind::Global:
  case NodeKind::Nonlocal: break;
  case NodeKind::ExprStmt: exprStmt(cast<ExprStmt>(s)); break;
  case NodeKind::Pass: emit(Opcode::NOP); break;
  case NodeKind::Break: breakStmt(s); break;
  case NodeKind::Continue: continueStmt(s); break;
  default: fail("compiler error: unknown statement");
  }
}

void Compiler::assignTargets(const Expr *target) { expr(target); }

void Compiler::exprStmt(const ExprStmt *s) {
  if (mode_ == ParseMode::Single && stack_.size() == 1) {
    expr(s->value);
    emit(Opcode::PRINT_EXPR);
    return;
  }
  if (isa<ConstantExpr>(s->value)) {
    emit(Opcode::NOP); // a constant statement does nothing
    return;
  }
  expr(s->value);
  emit(Opcode::POP_TOP);
}

void Compiler::deleteStmt(const Delete *s) {
  for (const Expr *t : s->targets)
    expr(t);
}

void Compiler::augAssign(const AugAssign *s) {
  const Expr *e = s->target;
  switch (e->nodeKind) {
  case NodeKind::Attribute: {
    auto *a = cast<Attribute>(e);
    expr(a->value);
    setLoc(e);
    emit(Opcode::COPY, 1);
    emitName(Opcode::LOAD_ATTR, a->attr);
    break;
  }
  case NodeKind::Subscript: {
    auto *sub = cast<Subscript>(e);
    expr(sub->value);
    expr(sub->slice);
    setLoc(e);
    emit(Opcode::COPY, 2);
    emit(Opcode::COPY, 2);
    emit(Opcode::BINARY_SUBSCR);
    break;
  }
  case NodeKind::Name:
    // The load has the target's position (tracebacks underline it).
    setLoc(e);
    nameOp(cast<Name>(e)->id, ExprContext::Load);
    break;
  default: fail("compiler error: invalid node type for augmented assignment");
  }
  setLoc(s);
  expr(s->value);
  emit(Opcode::BINARY_OP, inplaceOp(s->op));
  setLoc(e);
  switch (e->nodeKind) {
  case NodeKind::Attribute:
    emit(Opcode::SWAP, 2);
    emitName(Opcode::STORE_ATTR, cast<Attribute>(e)->attr);
    break;
  case NodeKind::Subscript:
    emit(Opcode::SWAP, 3);
    emit(Opcode::SWAP, 2);
    emit(Opcode::STORE_SUBSCR);
    break;
  default: nameOp(cast<Name>(e)->id, ExprContext::Store); break;
  }
}

void Compiler::annAssign(const AnnAssign *s) {
  const Expr *target = s->target;
  if (s->value) {
    expr(s->value);
    expr(target);
  }
  bool futureAnnotations = future_ & CO_FUTURE_ANNOTATIONS;
  bool moduleOrClass = unit_->kind == UnitKind::Module || unit_->kind == UnitKind::Class;
  switch (target->nodeKind) {
  case NodeKind::Name: {
    const std::string &id = cast<Name>(target)->id;
    forbiddenName(id, ExprContext::Store);
    if (s->simple && moduleOrClass) {
      setLoc(s);
      if (futureAnnotations)
        loadConst(Constant::str(unparse(s->annotation)));
      else
        expr(s->annotation);
      emitName(Opcode::LOAD_NAME, "__annotations__");
      loadConst(Constant::str(mangle(unit_->privateName, id)));
      emit(Opcode::STORE_SUBSCR);
    }
    break;
  }
  case NodeKind::Attribute: {
    auto *a = cast<Attribute>(target);
    forbiddenName(a->attr, ExprContext::Store);
    if (!s->value) {
      expr(a->value);
      emit(Opcode::POP_TOP);
    }
    break;
  }
  case NodeKind::Subscript: {
    auto *sub = cast<Subscript>(target);
    if (!s->value) {
      expr(sub->value);
      emit(Opcode::POP_TOP);
      // check_ann_subscr: evaluate the index (slices piece by piece)
      std::vector<const Expr *> parts;
      if (auto *t = dyn_cast<Tuple>(sub->slice))
        parts.assign(t->elts.begin(), t->elts.end());
      else
        parts.push_back(sub->slice);
      for (const Expr *p : parts) {
        if (auto *sl = dyn_cast<Slice>(p)) {
          for (const Expr *x : {sl->lower, sl->upper, sl->step})
            if (x) {
              expr(x);
              emit(Opcode::POP_TOP);
            }
        } else {
          expr(p);
          emit(Opcode::POP_TOP);
        }
      }
    }
    break;
  }
  default: fail("compiler error: invalid node type for annotated assignment");
  }
  // Complex targets: the annotation is evaluated (unless stringized).
  if (!s->simple && !futureAnnotations && moduleOrClass) {
    expr(s->annotation);
    emit(Opcode::POP_TOP);
  }
}

void Compiler::forStmt(const For *s) {
  BasicBlock *start = newBlock(), *bodyBlock = newBlock(), *cleanup = newBlock(),
             *end = newBlock();
  pushFBlock(FBlockKind::ForLoop, start, end, nullptr);
  expr(s->iter);
  emit(Opcode::GET_ITER);
  useNextBlock(start);
  emitJump(int(Opcode::FOR_ITER), cleanup);
  useNextBlock(bodyBlock);
  expr(s->target);
  stmts(s->body);
  unsetLoc();
  emitJump(JUMP, start);
  useNextBlock(cleanup);
  popFBlock(FBlockKind::ForLoop, start);
  stmts(s->orelse);
  useNextBlock(end);
}

void Compiler::asyncFor(const AsyncFor *s) {
  if (unit_->kind != UnitKind::AsyncFunction)
    fail("'async for' outside async function");
  BasicBlock *start = newBlock(), *except = newBlock(), *end = newBlock();
  expr(s->iter);
  emit(Opcode::GET_AITER);
  useNextBlock(start);
  pushFBlock(FBlockKind::ForLoop, start, end, nullptr);
  emitJump(SETUP_FINALLY, except);
  emit(Opcode::GET_ANEXT);
  loadConst(Constant::none());
  addYieldFrom(true);
  emitPseudo(POP_BLOCK);
  expr(s->target);
  stmts(s->body);
  unsetLoc();
  emitJump(JUMP, start);
  popFBlock(FBlockKind::ForLoop, start);
  useNextBlock(except);
  setLoc(s->iter);
  emit(Opcode::END_ASYNC_FOR);
  stmts(s->orelse);
  useNextBlock(end);
}

void Compiler::whileStmt(const While *s) {
  BasicBlock *loop = newBlock(), *bodyBlock = newBlock(), *anchor = newBlock(),
             *end = newBlock();
  useNextBlock(loop);
  pushFBlock(FBlockKind::WhileLoop, loop, end, nullptr);
  jumpIf(s->test, anchor, false);
  useNextBlock(bodyBlock);
  stmts(s->body);
  setLoc(s);
  jumpIf(s->test, bodyBlock, true);
  popFBlock(FBlockKind::WhileLoop, loop);
  useNextBlock(anchor);
  stmts(s->orelse);
  useNextBlock(end);
}

void Compiler::ifStmt(const If *s) {
  BasicBlock *end = newBlock();
  BasicBlock *next = s->orelse.empty() ? end : newBlock();
  jumpIf(s->test, next, false);
  stmts(s->body);
  if (!s->orelse.empty()) {
    emitJumpNoLine(JUMP, end);
    useNextBlock(next);
    stmts(s->orelse);
  }
  useNextBlock(end);
}

void Compiler::returnStmt(const Return *s) {
  bool preserveTos = s->value && !isa<ConstantExpr>(s->value);
  if (unit_->ste->type != BlockType::Function)
    fail("'return' outside function");
  if (s->value && unit_->ste->coroutine && unit_->ste->generator)
    fail("'return' with value in async generator");
  if (preserveTos) {
    expr(s->value);
  } else if (s->value) {
    setLoc(s->value);
    emit(Opcode::NOP);
  }
  if (!s->value || s->value->lineno != s->lineno) {
    setLoc(s);
    emit(Opcode::NOP);
  }
  unwindFBlockStack(preserveTos, nullptr);
  if (!s->value)
    loadConst(Constant::none());
  else if (!preserveTos)
    loadConst(cast<ConstantExpr>(s->value)->value);
  emit(Opcode::RETURN_VALUE);
  nextBlock();
}

void Compiler::breakStmt(const Stmt *s) {
  emit(Opcode::NOP);
  FBlock loop{};
  if (!unwindFBlockStack(false, &loop)) {
    setLoc(s);
    fail("'break' outside loop");
  }
  unwindFBlock(loop, false);
  emitJump(JUMP, loop.exit);
  nextBlock();
}

void Compiler::continueStmt(const Stmt *s) {
  emit(Opcode::NOP);
  FBlock loop{};
  if (!unwindFBlockStack(false, &loop)) {
    setLoc(s);
    fail("'continue' not properly in loop");
  }
  emitJump(JUMP, loop.block);
  nextBlock();
}

void Compiler::pushFBlock(FBlockKind kind, BasicBlock *block, BasicBlock *exit,
                          const void *datum) {
  if (unit_->fblocks.size() >= 20)
    fail("too many statically nested blocks");
  unit_->fblocks.push_back(FBlock{kind, block, exit, datum});
}

void Compiler::popFBlock(FBlockKind kind, BasicBlock *block) {
  (void)kind;
  (void)block;
  unit_->fblocks.pop_back();
}

void Compiler::popExceptAndReraise() {
  emit(Opcode::COPY, 3);
  emit(Opcode::POP_EXCEPT);
  emit(Opcode::RERAISE, 1);
}

void Compiler::callExitWithNones() {
  loadConst(Constant::none());
  loadConst(Constant::none());
  loadConst(Constant::none());
  emit(Opcode::PRECALL, 2);
  emit(Opcode::CALL, 2);
}

// What leaving one region on return/break/continue must do.
void Compiler::unwindFBlock(const FBlock &f, bool preserveTos) {
  switch (f.kind) {
  case FBlockKind::WhileLoop:
  case FBlockKind::ExceptionHandler:
  case FBlockKind::ExceptionGroupHandler:
  case FBlockKind::AsyncComprehensionGenerator: return;
  case FBlockKind::ForLoop:
    if (preserveTos)
      emit(Opcode::SWAP, 2);
    emit(Opcode::POP_TOP);
    return;
  case FBlockKind::TryExcept: emitPseudo(POP_BLOCK); return;
  case FBlockKind::FinallyTry:
    emitPseudo(POP_BLOCK);
    if (preserveTos)
      pushFBlock(FBlockKind::PopValue, nullptr, nullptr, nullptr);
    stmts(*static_cast<const StmtList *>(f.datum));
    if (preserveTos)
      popFBlock(FBlockKind::PopValue, nullptr);
    unsetLoc(); // the finally body appears to run after the statement
    return;
  case FBlockKind::FinallyEnd:
    if (preserveTos)
      emit(Opcode::SWAP, 2);
    emit(Opcode::POP_TOP); // exc_value
    if (preserveTos)
      emit(Opcode::SWAP, 2);
    emitPseudo(POP_BLOCK);
    emit(Opcode::POP_EXCEPT);
    return;
  case FBlockKind::With:
  case FBlockKind::AsyncWith:
    setLoc(static_cast<const Stmt *>(f.datum));
    emitPseudo(POP_BLOCK);
    if (preserveTos)
      emit(Opcode::SWAP, 2);
    callExitWithNones();
    if (f.kind == FBlockKind::AsyncWith) {
      emit(Opcode::GET_AWAITABLE, 2);
      loadConst(Constant::none());
      addYieldFrom(true);
    }
    emit(Opcode::POP_TOP);
    unsetLoc();
    return;
  case FBlockKind::HandlerCleanup: {
    const auto *name = static_cast<const std::string *>(f.datum);
    if (name)
      emitPseudo(POP_BLOCK);
    if (preserveTos)
      emit(Opcode::SWAP, 2);
    emitPseudo(POP_BLOCK);
    emit(Opcode::POP_EXCEPT);
    if (name) {
      loadConst(Constant::none());
      nameOp(*name, ExprContext::Store);
      nameOp(*name, ExprContext::Del);
    }
    return;
  }
  case FBlockKind::PopValue:
    if (preserveTos)
      emit(Opcode::SWAP, 2);
    emit(Opcode::POP_TOP);
    return;
  }
}

// Unwinds the regions from the innermost outwards, stopping at a loop when
// \p loop is given (which then receives it). Each region is popped while
// its unwinding code is generated, so a finally body compiled here sees
// only the regions around it.
bool Compiler::unwindFBlockStack(bool preserveTos, FBlock *loop) {
  auto &fb = unit_->fblocks;
  if (fb.empty())
    return false;
  FBlock top = fb.back();
  if (top.kind == FBlockKind::ExceptionGroupHandler)
    fail("'break', 'continue' and 'return' cannot appear in an except* block");
  if (loop && (top.kind == FBlockKind::WhileLoop || top.kind == FBlockKind::ForLoop)) {
    *loop = top;
    return true;
  }
  fb.pop_back();
  unwindFBlock(top, preserveTos);
  bool found = unwindFBlockStack(preserveTos, loop);
  fb.push_back(top);
  return found;
}

void Compiler::tryStmt(const Try *s) {
  if (!s->finalbody.empty())
    tryFinally(s);
  else
    tryExcept(s);
}

// try: <tryBody> finally: <finalbody>, for both try and try/except*:
// the finally body is compiled twice, once on the normal path and once in
// the handler that re-raises.
void Compiler::tryFinallyRegion(const StmtList &finalbody,
                                const std::function<void()> &tryBody) {
  BasicBlock *bodyBlock = newBlock(), *end = newBlock(), *exit = newBlock(),
             *cleanup = newBlock();
  emitJump(SETUP_FINALLY, end);
  useNextBlock(bodyBlock);
  pushFBlock(FBlockKind::FinallyTry, bodyBlock, end, &finalbody);
  tryBody();
  emitNoLine(POP_BLOCK);
  popFBlock(FBlockKind::FinallyTry, bodyBlock);
  stmts(finalbody);
  emitJumpNoLine(JUMP, exit);
  useNextBlock(end);
  unsetLoc();
  emitJump(SETUP_CLEANUP, cleanup);
  emit(Opcode::PUSH_EXC_INFO);
  pushFBlock(FBlockKind::FinallyEnd, end, nullptr, nullptr);
  stmts(finalbody);
  popFBlock(FBlockKind::FinallyEnd, end);
  unsetLoc();
  emit(Opcode::RERAISE, 0);
  useNextBlock(cleanup);
  popExceptAndReraise();
  useNextBlock(exit);
}

void Compiler::tryFinally(const Try *s) {
  tryFinallyRegion(s->finalbody, [&] {
    if (!s->handlers.empty())
      tryExcept(s);
    else
      stmts(s->body);
  });
}

void Compiler::tryExcept(const Try *s) {
  BasicBlock *bodyBlock = newBlock(), *except = newBlock(), *end = newBlock(),
             *cleanup = newBlock();
  emitJump(SETUP_FINALLY, except);
  useNextBlock(bodyBlock);
  pushFBlock(FBlockKind::TryExcept, bodyBlock, nullptr, nullptr);
  stmts(s->body);
  popFBlock(FBlockKind::TryExcept, bodyBlock);
  emitNoLine(POP_BLOCK);
  stmts(s->orelse);
  emitJumpNoLine(JUMP, end);
  useNextBlock(except);
  unsetLoc();
  emitJump(SETUP_CLEANUP, cleanup);
  emit(Opcode::PUSH_EXC_INFO);
  pushFBlock(FBlockKind::ExceptionHandler, nullptr, nullptr, nullptr);
  size_t n = s->handlers.size();
  for (size_t i = 0; i < n; ++i) {
    const ExceptHandler *h = s->handlers[i];
    setLoc(h);
    if (!h->type && i + 1 < n)
      fail("default 'except:' must be last");
    BasicBlock *nextExcept = newBlock();
    if (h->type) {
      expr(h->type);
      emit(Opcode::CHECK_EXC_MATCH);
      emitJump(POP_JUMP_IF_FALSE, nextExcept);
    }
    if (!h->name.empty()) {
      BasicBlock *cleanupEnd = newBlock(), *cleanupBody = newBlock();
      nameOp(h->name, ExprContext::Store);
      // try: body  finally: name = None; del name
      emitJump(SETUP_CLEANUP, cleanupEnd);
      useNextBlock(cleanupBody);
      pushFBlock(FBlockKind::HandlerCleanup, cleanupBody, nullptr, &h->name);
      stmts(h->body);
      popFBlock(FBlockKind::HandlerCleanup, cleanupBody);
      unsetLoc();
      emitPseudo(POP_BLOCK);
      emitPseudo(POP_BLOCK);
      emit(Opcode::POP_EXCEPT);
      loadConst(Constant::none());
      nameOp(h->name, ExprContext::Store);
      nameOp(h->name, ExprContext::Del);
      emitJump(JUMP, end);
      useNextBlock(cleanupEnd);
      unsetLoc();
      loadConst(Constant::none());
      nameOp(h->name, ExprContext::Store);
      nameOp(h->name, ExprContext::Del);
      emit(Opcode::RERAISE, 1);
    } else {
      BasicBlock *cleanupBody = newBlock();
      emit(Opcode::POP_TOP);
      useNextBlock(cleanupBody);
      pushFBlock(FBlockKind::HandlerCleanup, cleanupBody, nullptr, nullptr);
      stmts(h->body);
      popFBlock(FBlockKind::HandlerCleanup, cleanupBody);
      unsetLoc();
      emitPseudo(POP_BLOCK);
      emit(Opcode::POP_EXCEPT);
      emitJump(JUMP, end);
    }
    useNextBlock(nextExcept);
  }
  unsetLoc();
  popFBlock(FBlockKind::ExceptionHandler, nullptr);
  emit(Opcode::RERAISE, 0);
  useNextBlock(cleanup);
  popExceptAndReraise();
  useNextBlock(end);
}

void Compiler::tryStar(const TryStar *s) {
  if (!s->finalbody.empty())
    tryStarFinally(s);
  else
    tryStarExcept(s);
}

void Compiler::tryStarFinally(const TryStar *s) {
  tryFinallyRegion(s->finalbody, [&] {
    if (!s->handlers.empty())
      tryStarExcept(s);
    else
      stmts(s->body);
  });
}

// try/except*: each handler takes its part of the exception group; what
// no handler took, and what the handlers raised, is collected in a list and
// re-raised together at the end (PREP_RERAISE_STAR).
//   stack in the handlers: [orig, raised_list, rest_of_group]
void Compiler::tryStarExcept(const TryStar *s) {
  BasicBlock *bodyBlock = newBlock(), *except = newBlock(), *orelse = newBlock(),
             *end = newBlock(), *cleanup = newBlock(), *reraiseStar = newBlock();
  emitJump(SETUP_FINALLY, except);
  useNextBlock(bodyBlock);
  pushFBlock(FBlockKind::TryExcept, bodyBlock, nullptr, nullptr);
  stmts(s->body);
  popFBlock(FBlockKind::TryExcept, bodyBlock);
  emitNoLine(POP_BLOCK);
  emitJumpNoLine(JUMP, orelse);
  size_t n = s->handlers.size();
  useNextBlock(except);
  unsetLoc();
  emitJump(SETUP_CLEANUP, cleanup);
  emit(Opcode::PUSH_EXC_INFO);
  pushFBlock(FBlockKind::ExceptionGroupHandler, nullptr, nullptr, nullptr);
  for (size_t i = 0; i < n; ++i) {
    const ExceptHandler *h = s->handlers[i];
    setLoc(h);
    BasicBlock *nextExcept = newBlock(), *exceptWithError = newBlock(),
               *matched = newBlock();
    if (i == 0) {
      emit(Opcode::COPY, 1);       // [orig, exc]
      emit(Opcode::BUILD_LIST, 0); // [orig, exc, []]
      emit(Opcode::SWAP, 2);       // [orig, [], exc]
    }
    if (h->type) {
      expr(h->type);
      emit(Opcode::CHECK_EG_MATCH); // [orig, [], rest, match]
      emit(Opcode::COPY, 1);
      emitJump(POP_JUMP_IF_NOT_NONE, matched);
      emit(Opcode::POP_TOP);
      emitJump(JUMP, nextExcept);
    }
    useNextBlock(matched);
    BasicBlock *cleanupEnd = newBlock(), *cleanupBody = newBlock();
    if (!h->name.empty())
      nameOp(h->name, ExprContext::Store);
    else
      emit(Opcode::POP_TOP);
    emitJump(SETUP_CLEANUP, cleanupEnd);
    useNextBlock(cleanupBody);
    pushFBlock(FBlockKind::HandlerCleanup, cleanupBody, nullptr,
               h->name.empty() ? nullptr : &h->name);
    stmts(h->body);
    popFBlock(FBlockKind::HandlerCleanup, cleanupBody);
    unsetLoc();
    emitPseudo(POP_BLOCK);
    if (!h->name.empty()) {
      loadConst(Constant::none());
      nameOp(h->name, ExprContext::Store);
      nameOp(h->name, ExprContext::Del);
    }
    emitJump(JUMP, nextExcept);
    useNextBlock(cleanupEnd);
    unsetLoc();
    if (!h->name.empty()) {
      loadConst(Constant::none());
      nameOp(h->name, ExprContext::Store);
      nameOp(h->name, ExprContext::Del);
    }
    emit(Opcode::LIST_APPEND, 3); // the raised exception joins the list
    emit(Opcode::POP_TOP);        // lasti
    emitJump(JUMP, exceptWithError);
    useNextBlock(nextExcept);
    emit(Opcode::NOP);
    emitJump(JUMP, exceptWithError);
    useNextBlock(exceptWithError);
    if (i + 1 == n) {
      emit(Opcode::LIST_APPEND, 1); // the unhandled rest, if any
      emitJump(JUMP, reraiseStar);
    }
  }
  unsetLoc();
  popFBlock(FBlockKind::ExceptionGroupHandler, nullptr);
  BasicBlock *reraise = newBlock();
  useNextBlock(reraiseStar);
  emit(Opcode::PREP_RERAISE_STAR);
  emit(Opcode::COPY, 1);
  emitJump(POP_JUMP_IF_NOT_NONE, reraise);
  emit(Opcode::POP_TOP);
  emitPseudo(POP_BLOCK);
  emit(Opcode::POP_EXCEPT);
  emitJump(JUMP, end);
  useNextBlock(reraise);
  emitPseudo(POP_BLOCK);
  emit(Opcode::SWAP, 2);
  emit(Opcode::POP_EXCEPT);
  emit(Opcode::RERAISE, 0);
  useNextBlock(cleanup);
  popExceptAndReraise();
  useNextBlock(orelse);
  stmts(s->orelse);
  useNextBlock(end);
}

void Compiler::withExceptFinish(BasicBlock *cleanup) {
  unsetLoc();
  BasicBlock *exit = newBlock();
  emitJump(POP_JUMP_IF_TRUE, exit);
  emit(Opcode::RERAISE, 2);
  useNextBlock(cleanup);
  popExceptAndReraise();
  useNextBlock(exit);
  emit(Opcode::POP_TOP); // exc_value
  emitPseudo(POP_BLOCK);
  emit(Opcode::POP_EXCEPT);
  emit(Opcode::POP_TOP);
  emit(Opcode::POP_TOP);
}

void Compiler::withStmt(const With *s, size_t pos) {
  const WithItem *item = s->items[pos];
  BasicBlock *block = newBlock(), *final = newBlock(), *exit = newBlock(),
             *cleanup = newBlock();
  expr(item->context_expr);
  emit(Opcode::BEFORE_WITH);
  emitJump(SETUP_WITH, final);
  useNextBlock(block);
  pushFBlock(FBlockKind::With, block, final, s);
  if (item->optional_vars)
    expr(item->optional_vars);
  else
    emit(Opcode::POP_TOP);
  if (pos + 1 == s->items.size())
    stmts(s->body);
  else
    withStmt(s, pos + 1);
  unsetLoc();
  emitPseudo(POP_BLOCK);
  popFBlock(FBlockKind::With, block);
  setLoc(s);
  callExitWithNones();
  emit(Opcode::POP_TOP);
  emitJump(JUMP, exit);
  useNextBlock(final);
  emitJump(SETUP_CLEANUP, cleanup);
  emit(Opcode::PUSH_EXC_INFO);
  emit(Opcode::WITH_EXCEPT_START);
  withExceptFinish(cleanup);
  useNextBlock(exit);
}

void Compiler::asyncWith(const AsyncWith *s, size_t pos) {
  if (unit_->kind != UnitKind::AsyncFunction)
    fail("'async with' outside async function");
  const WithItem *item = s->items[pos];
  BasicBlock *block = newBlock(), *final = newBlock(), *exit = newBlock(),
             *cleanup = newBlock();
  expr(item->context_expr);
  emit(Opcode::BEFORE_ASYNC_WITH);
  emit(Opcode::GET_AWAITABLE, 1);
  loadConst(Constant::none());
  addYieldFrom(true);
  emitJump(SETUP_WITH, final);
  useNextBlock(block);
  pushFBlock(FBlockKind::AsyncWith, block, final, s);
  if (item->optional_vars)
    expr(item->optional_vars);
  else
    emit(Opcode::POP_TOP);
  if (pos + 1 == s->items.size())
    stmts(s->body);
  else
    asyncWith(s, pos + 1);
  popFBlock(FBlockKind::AsyncWith, block);
  unsetLoc();
  emitPseudo(POP_BLOCK);
  setLoc(s);
  callExitWithNones();
  emit(Opcode::GET_AWAITABLE, 2);
  loadConst(Constant::none());
  addYieldFrom(true);
  emit(Opcode::POP_TOP);
  emitJump(JUMP, exit);
  useNextBlock(final);
  emitJump(SETUP_CLEANUP, cleanup);
  emit(Opcode::PUSH_EXC_INFO);
  emit(Opcode::WITH_EXCEPT_START);
  emit(Opcode::GET_AWAITABLE, 2);
  loadConst(Constant::none());
  addYieldFrom(true);
  withExceptFinish(cleanup);
  useNextBlock(exit);
}

void Compiler::importAs(const std::string &name, const std::string &asname) {
  size_t dot = name.find('.');
  if (dot == std::string::npos) {
    nameOp(asname, ExprContext::Store);
    return;
  }
  for (;;) {
    size_t pos = dot + 1;
    dot = name.find('.', pos);
    std::string attr = name.substr(pos, dot == std::string::npos ? std::string::npos : dot - pos);
    emit(Opcode::IMPORT_FROM, unit_->names.add(attr));
    if (dot == std::string::npos)
      break;
    emit(Opcode::SWAP, 2);
    emit(Opcode::POP_TOP);
  }
  nameOp(asname, ExprContext::Store);
  emit(Opcode::POP_TOP);
}

void Compiler::importStmt(const Import *s) {
  for (const Alias *a : s->names) {
    loadConst(Constant::integer(0));
    loadConst(Constant::none());
    emitName(Opcode::IMPORT_NAME, a->name);
    if (!a->asname.empty()) {
      importAs(a->name, a->asname);
    } else {
      size_t dot = a->name.find('.');
      nameOp(dot == std::string::npos ? a->name : a->name.substr(0, dot), ExprContext::Store);
    }
  }
}

void Compiler::importFrom(const ImportFrom *s) {
  loadConst(Constant::integer(s->level));
  std::vector<ConstantRef> names;
  for (const Alias *a : s->names)
    names.push_back(Constant::str(a->name));
  loadConst(Constant::tuple(std::move(names)));
  if (s->lineno > futureLocation.line && s->module == "__future__")
    fail("from __future__ imports must occur at the beginning of the file");
  emitName(Opcode::IMPORT_NAME, s->module);
  for (size_t i = 0; i < s->names.size(); ++i) {
    const Alias *a = s->names[i];
    if (i == 0 && a->name == "*") {
      emit(Opcode::IMPORT_STAR);
      return;
    }
    emitName(Opcode::IMPORT_FROM, a->name);
    nameOp(a->asname.empty() ? a->name : a->asname, ExprContext::Store);
  }
  emit(Opcode::POP_TOP);
}

void Compiler::raiseStmt(const Raise *s) {
  int n = 0;
  if (s->exc) {
    expr(s->exc);
    ++n;
    if (s->cause) {
      expr(s->cause);
      ++n;
    }
  }
  setLoc(s);
  emit(Opcode::RAISE_VARARGS, n);
  nextBlock();
}

void Compiler::assertStmt(const Assert *s) {
  checkAssert(s); // even when asserts are compiled away
  if (optimize_)
    return;
  BasicBlock *end = newBlock();
  jumpIf(s->test, end, true);
  emit(Opcode::LOAD_ASSERTION_ERROR);
  if (s->msg) {
    expr(s->msg);
    emit(Opcode::PRECALL, 0);
    emit(Opcode::CALL, 0);
  }
  emit(Opcode::RAISE_VARARGS, 1);
  useNextBlock(end);
}

} // namespace kiln::frontend::detail
