//===- CompilerPattern.cpp - The match statement -------------------------===//
//
// As in CPython 3.11, a pattern is matched against the subject on top of
// the stack; captured values are kept on the stack (below whatever the
// pattern still needs on top) and stored only once the whole case matched.
// A failed check jumps to fail_pop[n], a chain of blocks that pops the n
// values the pattern had pushed so far.
//
//===----------------------------------------------------------------------===//
#include "frontend/Compiler.h"

#include <algorithm>

namespace kiln::frontend::detail {

namespace {

bool isWildcard(const Pattern *p) {
  auto *a = dyn_cast<MatchAs>(p);
  return a && !a->pattern && a->name.empty();
}

bool isStarWildcard(const Pattern *p) {
  auto *s = dyn_cast<MatchStar>(p);
  return s && s->name.empty();
}

/// The constant a literal pattern value denotes: `-1` and `1+2j` are
/// folded as CPython's AST optimizer folds them.
ConstantRef foldPatternValue(const Expr *e) {
  if (auto *c = dyn_cast<ConstantExpr>(e))
    return c->value;
  if (auto *u = dyn_cast<UnaryOp>(e)) {
    if (u->op != UnaryOpKind::USub)
      return nullptr;
    ConstantRef v = foldPatternValue(u->operand);
    if (!v)
      return nullptr;
    switch (v->kind) {
    case Constant::Kind::Int: return Constant::integer(-v->intValue);
    case Constant::Kind::Float: return Constant::floating(-v->real);
    case Constant::Kind::Complex: return Constant::complex(-v->real, -v->imag);
    default: return nullptr;
    }
  }
  if (auto *b = dyn_cast<BinOp>(e)) {
    if (b->op != BinOpKind::Add && b->op != BinOpKind::Sub)
      return nullptr;
    ConstantRef l = foldPatternValue(b->left), r = foldPatternValue(b->right);
    if (!l || !r || r->kind != Constant::Kind::Complex)
      return nullptr;
    double real = l->kind == Constant::Kind::Int     ? l->intValue.get_d()
                  : l->kind == Constant::Kind::Float ? l->real
                                                     : l->real;
    double imag = l->kind == Constant::Kind::Complex ? l->imag : 0.0;
    double sign = b->op == BinOpKind::Add ? 1.0 : -1.0;
    return Constant::complex(real + sign * r->real, imag + sign * r->imag);
  }
  return nullptr;
}

} // namespace

struct PatternCompiler {
  Compiler &c;
  std::vector<std::string> stores;
  bool allowIrrefutable = false;
  std::vector<BasicBlock *> failPop;
  int onTop = 0;

  explicit PatternCompiler(Compiler &c) : c(c) {}

  void ensureFailPop(size_t n) {
    while (failPop.size() < n + 1)
      failPop.push_back(c.newBlock());
  }
  void jumpToFailPop(int op) {
    size_t pops = size_t(onTop) + stores.size();
    ensureFailPop(pops);
    c.emitJump(op, failPop[pops]);
    c.nextBlock();
  }
  void emitAndResetFailPop() {
    if (failPop.empty())
      return;
    for (size_t i = failPop.size() - 1; i > 0; --i) {
      c.useNextBlock(failPop[i]);
      c.emit(Opcode::POP_TOP);
    }
    c.useNextBlock(failPop[0]);
    failPop.clear();
  }
  void rotate(int count) {
    while (count > 1)
      c.emit(Opcode::SWAP, count--);
  }
  void storeName(const std::string &name) {
    if (name.empty()) {
      c.emit(Opcode::POP_TOP);
      return;
    }
    c.forbiddenName(name, ExprContext::Store);
    if (std::find(stores.begin(), stores.end(), name) != stores.end())
      c.fail("multiple assignments to name " + reprStr(name) + " in pattern");
    rotate(onTop + int(stores.size()) + 1);
    stores.push_back(name);
  }
  void subpattern(const Pattern *p) {
    bool saved = allowIrrefutable;
    allowIrrefutable = true;
    pattern(p);
    allowIrrefutable = saved;
  }
  void loadValue(const Expr *e) {
    if (ConstantRef k = foldPatternValue(e)) {
      c.setLoc(e);
      c.loadConst(k);
      return;
    }
    c.expr(e);
  }

  void pattern(const Pattern *p) {
    c.setLoc(p);
    switch (p->nodeKind) {
    case NodeKind::MatchValue: {
      const Expr *v = cast<MatchValue>(p)->value;
      if (!foldPatternValue(v) && !isa<Attribute>(v))
        c.fail("patterns may only match literals and attribute lookups");
      loadValue(v);
      c.setLoc(p);
      c.compareOp(CmpOpKind::Eq);
      jumpToFailPop(POP_JUMP_IF_FALSE);
      return;
    }
    case NodeKind::MatchSingleton:
      c.loadConst(cast<MatchSingleton>(p)->value);
      c.compareOp(CmpOpKind::Is);
      jumpToFailPop(POP_JUMP_IF_FALSE);
      return;
    case NodeKind::MatchSequence: sequence(cast<MatchSequence>(p)); return;
    case NodeKind::MatchMapping: mapping(cast<MatchMapping>(p)); return;
    case NodeKind::MatchClass: classPattern(cast<MatchClass>(p)); return;
    case NodeKind::MatchStar: storeName(cast<MatchStar>(p)->name); return;
    case NodeKind::MatchAs: {
      auto *a = cast<MatchAs>(p);
      if (!a->pattern) {
        if (!allowIrrefutable) {
          if (!a->name.empty())
            c.fail("name capture " + reprStr(a->name) +
                   " makes remaining patterns unreachable");
          c.fail("wildcard makes remaining patterns unreachable");
        }
        storeName(a->name);
        return;
      }
      ++onTop;
      c.emit(Opcode::COPY, 1);
      pattern(a->pattern);
      --onTop;
      storeName(a->name);
      return;
    }
    case NodeKind::MatchOr: orPattern(cast<MatchOr>(p)); return;
    default: c.fail("invalid match pattern node in AST");
    }
  }

  void unpack(const PatternList &elts) {
    size_t n = elts.size();
    bool seenStar = false;
    for (size_t i = 0; i < n; ++i) {
      if (!isa<MatchStar>(elts[i]))
        continue;
      if (seenStar)
        c.fail("multiple starred expressions in sequence pattern");
      c.emit(Opcode::UNPACK_EX, int(i + ((n - i - 1) << 8)));
      seenStar = true;
    }
    if (!seenStar)
      c.emit(Opcode::UNPACK_SEQUENCE, int(n));
  }

  void sequence(const MatchSequence *p) {
    const PatternList &patterns = p->patterns;
    int size = int(patterns.size());
    int star = -1;
    bool onlyWildcard = true, starWildcard = false;
    for (int i = 0; i < size; ++i) {
      const Pattern *q = patterns[size_t(i)];
      if (isa<MatchStar>(q)) {
        if (star >= 0)
          c.fail("multiple starred names in sequence pattern");
        starWildcard = isStarWildcard(q);
        onlyWildcard &= starWildcard;
        star = i;
        continue;
      }
      onlyWildcard &= isWildcard(q);
    }
    ++onTop;
    c.emit(Opcode::MATCH_SEQUENCE);
    jumpToFailPop(POP_JUMP_IF_FALSE);
    if (star < 0) {
      c.emit(Opcode::GET_LEN);
      c.loadConst(Constant::integer(size));
      c.compareOp(CmpOpKind::Eq);
      jumpToFailPop(POP_JUMP_IF_FALSE);
    } else if (size - 1 > 0) {
      // A star: len(subject) >= size - 1, when that says anything.
      c.emit(Opcode::GET_LEN);
      c.loadConst(Constant::integer(size - 1));
      c.compareOp(CmpOpKind::GtE);
      jumpToFailPop(POP_JUMP_IF_FALSE);
    }
    --onTop;
    if (onlyWildcard) {
      c.emit(Opcode::POP_TOP);
    } else if (starWildcard) {
      // [first, *_, last]: index instead of unpacking.
      ++onTop;
      for (int i = 0; i < size; ++i) {
        const Pattern *q = patterns[size_t(i)];
        if (isWildcard(q) || i == star)
          continue;
        c.emit(Opcode::COPY, 1);
        if (i < star) {
          c.loadConst(Constant::integer(i));
        } else {
          c.emit(Opcode::GET_LEN);
          c.loadConst(Constant::integer(size - i));
          c.emit(Opcode::BINARY_OP, NB_SUBTRACT);
        }
        c.emit(Opcode::BINARY_SUBSCR);
        subpattern(q);
      }
      --onTop;
      c.emit(Opcode::POP_TOP);
    } else {
      unpack(patterns);
      onTop += size;
      for (int i = 0; i < size; ++i) {
        --onTop;
        subpattern(patterns[size_t(i)]);
      }
    }
  }

  void mapping(const MatchMapping *p) {
    size_t size = p->keys.size();
    ++onTop;
    c.emit(Opcode::MATCH_MAPPING);
    jumpToFailPop(POP_JUMP_IF_FALSE);
    if (!size && p->rest.empty()) {
      --onTop;
      c.emit(Opcode::POP_TOP);
      return;
    }
    if (size) {
      c.emit(Opcode::GET_LEN);
      c.loadConst(Constant::integer(long(size)));
      c.compareOp(CmpOpKind::GtE);
      jumpToFailPop(POP_JUMP_IF_FALSE);
    }
    std::vector<ConstantRef> seen;
    for (const Expr *key : p->keys) {
      if (ConstantRef k = foldPatternValue(key)) {
        for (const ConstantRef &s : seen)
          if (s->identical(*k))
            c.fail("mapping pattern checks duplicate key (" + k->repr() + ")");
        seen.push_back(k);
      } else if (!isa<Attribute>(key)) {
        c.fail("mapping pattern keys may only match literals and attribute lookups");
      }
      loadValue(key);
    }
    c.setLoc(p);
    c.emit(Opcode::BUILD_TUPLE, int(size));
    c.emit(Opcode::MATCH_KEYS);
    onTop += 2;
    c.emit(Opcode::COPY, 1);
    c.loadConst(Constant::none());
    c.emit(Opcode::IS_OP, 1);
    jumpToFailPop(POP_JUMP_IF_FALSE);
    c.emit(Opcode::UNPACK_SEQUENCE, int(size));
    onTop += int(size) - 1;
    for (size_t i = 0; i < size; ++i) {
      --onTop;
      subpattern(p->patterns[i]);
    }
    onTop -= 2;
    if (!p->rest.empty()) {
      // rest = dict(subject); del rest[key] for each key
      c.emit(Opcode::BUILD_MAP, 0);
      c.emit(Opcode::SWAP, 3);
      c.emit(Opcode::DICT_UPDATE, 2);
      c.emit(Opcode::UNPACK_SEQUENCE, int(size));
      for (int n = int(size); n > 0; --n) {
        c.emit(Opcode::COPY, 1 + n);
        c.emit(Opcode::SWAP, 2);
        c.emit(Opcode::DELETE_SUBSCR);
      }
      storeName(p->rest);
    } else {
      c.emit(Opcode::POP_TOP);
      c.emit(Opcode::POP_TOP);
    }
  }

  void classPattern(const MatchClass *p) {
    size_t nargs = p->patterns.size(), nattrs = p->kwd_attrs.size();
    if (nattrs) {
      for (size_t i = 0; i < nattrs; ++i) {
        c.setLoc(p->kwd_patterns[i]);
        c.forbiddenName(p->kwd_attrs[i], ExprContext::Store);
        for (size_t j = i + 1; j < nattrs; ++j) {
          if (p->kwd_attrs[j] == p->kwd_attrs[i]) {
            c.setLoc(p->kwd_patterns[j]);
            c.fail("attribute name repeated in class pattern: " + p->kwd_attrs[i]);
          }
        }
      }
      c.setLoc(p);
    }
    c.expr(p->cls);
    std::vector<ConstantRef> names;
    for (const std::string &a : p->kwd_attrs)
      names.push_back(Constant::str(a));
    c.loadConst(Constant::tuple(std::move(names)));
    c.emit(Opcode::MATCH_CLASS, int(nargs));
    c.emit(Opcode::COPY, 1);
    c.loadConst(Constant::none());
    c.emit(Opcode::IS_OP, 1);
    ++onTop;
    jumpToFailPop(POP_JUMP_IF_FALSE);
    c.emit(Opcode::UNPACK_SEQUENCE, int(nargs + nattrs));
    onTop += int(nargs + nattrs) - 1;
    for (size_t i = 0; i < nargs + nattrs; ++i) {
      --onTop;
      const Pattern *q = i < nargs ? p->patterns[i] : p->kwd_patterns[i - nargs];
      if (isWildcard(q)) {
        c.emit(Opcode::POP_TOP);
        continue;
      }
      subpattern(q);
    }
  }

  void orPattern(const MatchOr *p) {
    BasicBlock *end = c.newBlock();
    size_t size = p->patterns.size();
    std::vector<std::string> oldStores = stores;
    bool oldAllow = allowIrrefutable;
    std::vector<BasicBlock *> oldFailPop = failPop;
    int oldOnTop = onTop;
    std::vector<std::string> control;
    for (size_t i = 0; i < size; ++i) {
      const Pattern *alt = p->patterns[i];
      c.setLoc(alt);
      stores.clear();
      allowIrrefutable = (i == size - 1) && oldAllow;
      failPop.clear();
      onTop = 0;
      c.emit(Opcode::COPY, 1);
      pattern(alt);
      if (i == 0) {
        control = stores;
      } else if (stores.size() != control.size()) {
        c.fail("alternative patterns bind different names");
      } else if (!stores.empty()) {
        // Reorder the captures on the stack to the first alternative's order.
        for (size_t icontrol = control.size(); icontrol-- > 0;) {
          auto it = std::find(stores.begin(), stores.end(), control[icontrol]);
          if (it == stores.end())
            c.fail("alternative patterns bind different names");
          size_t istores = size_t(it - stores.begin());
          if (icontrol != istores) {
            size_t rotations = istores + 1;
            std::vector<std::string> rotated(stores.begin(), stores.begin() + long(rotations));
            stores.erase(stores.begin(), stores.begin() + long(rotations));
            stores.insert(stores.begin() + long(icontrol - istores), rotated.begin(),
                          rotated.end());
            while (rotations--)
              rotate(int(icontrol) + 1);
          }
        }
      }
      c.emitJump(JUMP, end);
      emitAndResetFailPop();
    }
    stores = oldStores;
    allowIrrefutable = oldAllow;
    failPop = oldFailPop;
    onTop = oldOnTop;
    // No alternative matched: drop the copy of the subject and fail.
    c.emit(Opcode::POP_TOP);
    jumpToFailPop(JUMP);
    c.useNextBlock(end);
    int nrots = int(control.size()) + 1 + onTop + int(stores.size());
    for (const std::string &name : control) {
      rotate(nrots);
      if (std::find(stores.begin(), stores.end(), name) != stores.end())
        c.fail("multiple assignments to name " + reprStr(name) + " in pattern");
      stores.push_back(name);
    }
    c.emit(Opcode::POP_TOP);
  }
};

void Compiler::matchStmt(const Match *s) {
  expr(s->subject);
  BasicBlock *end = newBlock();
  size_t cases = s->cases.size();
  const MatchCase *last = s->cases.back();
  bool hasDefault = isWildcard(last->pattern) && cases > 1;
  PatternCompiler pc(*this);
  for (size_t i = 0; i < cases - (hasDefault ? 1 : 0); ++i) {
    const MatchCase *m = s->cases[i];
    setLoc(m->pattern);
    bool notLast = i != cases - (hasDefault ? 1 : 0) - 1;
    if (notLast)
      emit(Opcode::COPY, 1);
    pc.stores.clear();
    pc.allowIrrefutable = m->guard != nullptr || i == cases - 1;
    pc.failPop.clear();
    pc.onTop = 0;
    pc.pattern(m->pattern);
    for (const std::string &name : pc.stores)
      nameOp(name, ExprContext::Store);
    if (m->guard) {
      pc.ensureFailPop(0);
      jumpIf(m->guard, pc.failPop[0], false);
    }
    if (notLast)
      emit(Opcode::POP_TOP);
    stmts(m->body);
    emitJump(JUMP, end);
    nextBlock();
    setLoc(m->pattern);
    pc.emitAndResetFailPop();
  }
  if (hasDefault) {
    setLoc(last->pattern);
    if (cases == 1)
      emit(Opcode::POP_TOP);
    else
      emit(Opcode::NOP);
    if (last->guard)
      jumpIf(last->guard, end, false);
    stmts(last->body);
  }
  useNextBlock(end);
}

} // namespace kiln::frontend::detail
