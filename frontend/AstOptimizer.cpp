//===- AstOptimizer.cpp - Constant folding on the AST --------------------===//
//
// Every fold either succeeds exactly as the Python operation would, or is
// not done (the operation then happens at run time): ints use GMP, floats
// follow IEEE and Python's floor-division/modulo rules, and operations whose
// exact result is not computed here (e.g. float powers) are left alone.
//
//===----------------------------------------------------------------------===//
#include "frontend/AstOptimizer.h"

#include <cmath>

namespace kiln::frontend {

namespace {

using K = Constant::Kind;

constexpr size_t kMaxIntBits = 128;
constexpr size_t kMaxCollectionSize = 256;
constexpr size_t kMaxStrSize = 4096;
constexpr size_t kMaxTotalItems = 1024;

bool isIntLike(const Constant &c) {
  return c.kind == K::Int || c.kind == K::True || c.kind == K::False;
}
mpz_class intOf(const Constant &c) {
  if (c.kind == K::Int)
    return c.intValue;
  return c.kind == K::True ? 1 : 0;
}
size_t bitLength(const mpz_class &v) { return v == 0 ? 0 : mpz_sizeinbase(v.get_mpz_t(), 2); }

/// An int that converts to a double exactly.
bool exactDouble(const Constant &c, double &out) {
  if (c.kind == K::Float) {
    out = c.real;
    return true;
  }
  if (!isIntLike(c))
    return false;
  mpz_class v = intOf(c);
  if (bitLength(v) > 53)
    return false;
  out = v.get_d();
  return true;
}

size_t codePointCount(const std::string &s) {
  size_t n = 0;
  for (unsigned char ch : s)
    n += (ch & 0xC0) != 0x80;
  return n;
}

/// Nested items of a tuple/frozenset, for CPython's total-items limit.
bool withinComplexity(const Constant &c, long limit) {
  for (const ConstantRef &item : c.items) {
    if (item->kind == K::Tuple || item->kind == K::FrozenSet) {
      limit -= long(item->items.size());
      if (limit < 0 || !withinComplexity(*item, limit))
        return false;
    }
  }
  return limit >= 0;
}

ConstantRef foldUnary(UnaryOpKind op, const Constant &v) {
  switch (op) {
  case UnaryOpKind::Not: {
    bool truth;
    switch (v.kind) {
    case K::None:
    case K::False: truth = false; break;
    case K::Int: truth = v.intValue != 0; break;
    case K::Float: truth = v.real != 0; break;
    case K::Complex: truth = v.real != 0 || v.imag != 0; break;
    case K::Str:
    case K::Bytes: truth = !v.text.empty(); break;
    case K::Tuple:
    case K::FrozenSet: truth = !v.items.empty(); break;
    default: truth = true; break;
    }
    return Constant::boolean(!truth);
  }
  case UnaryOpKind::Invert:
    if (isIntLike(v))
      return Constant::integer(-intOf(v) - 1);
    return nullptr;
  case UnaryOpKind::UAdd:
    if (isIntLike(v))
      return Constant::integer(intOf(v));
    if (v.kind == K::Float || v.kind == K::Complex)
      return v.kind == K::Float ? Constant::floating(v.real) : Constant::complex(v.real, v.imag);
    return nullptr;
  case UnaryOpKind::USub:
    if (isIntLike(v))
      return Constant::integer(-intOf(v));
    if (v.kind == K::Float)
      return Constant::floating(-v.real);
    if (v.kind == K::Complex)
      return Constant::complex(-v.real, -v.imag);
    return nullptr;
  }
  return nullptr;
}

ConstantRef repeatSequence(const Constant &seq, const mpz_class &count) {
  size_t size = seq.kind == K::Str ? codePointCount(seq.text)
                : seq.kind == K::Bytes ? seq.text.size()
                                       : seq.items.size();
  if (size == 0) {
    if (seq.kind == K::Str)
      return Constant::str("");
    if (seq.kind == K::Bytes)
      return Constant::bytes("");
    return Constant::tuple({});
  }
  if (count < 0) {
    if (seq.kind == K::Str)
      return nullptr; // CPython declines too (n < 0)
    return nullptr;
  }
  size_t limit = (seq.kind == K::Str || seq.kind == K::Bytes) ? kMaxStrSize : kMaxCollectionSize;
  if (!count.fits_slong_p() || count.get_si() > long(limit / size))
    return nullptr;
  long n = count.get_si();
  if (seq.kind == K::Tuple && n && !withinComplexity(seq, long(kMaxTotalItems) / n))
    return nullptr;
  if (seq.kind == K::Str || seq.kind == K::Bytes) {
    std::string out;
    for (long i = 0; i < n; ++i)
      out += seq.text;
    return seq.kind == K::Str ? Constant::str(out) : Constant::bytes(out);
  }
  if (seq.kind == K::FrozenSet)
    return nullptr;
  std::vector<ConstantRef> items;
  for (long i = 0; i < n; ++i)
    items.insert(items.end(), seq.items.begin(), seq.items.end());
  return Constant::tuple(std::move(items));
}

ConstantRef foldFloat(BinOpKind op, double x, double y) {
  switch (op) {
  case BinOpKind::Add: return Constant::floating(x + y);
  case BinOpKind::Sub: return Constant::floating(x - y);
  case BinOpKind::Mult: return Constant::floating(x * y);
  case BinOpKind::Div:
    if (y == 0)
      return nullptr;
    return Constant::floating(x / y);
  case BinOpKind::Mod:
  case BinOpKind::FloorDiv: {
    if (y == 0)
      return nullptr;
    double mod = std::fmod(x, y);
    double div = (x - mod) / y;
    if (mod != 0) {
      if ((y < 0) != (mod < 0)) {
        mod += y;
        div -= 1.0;
      }
    } else {
      mod = std::copysign(0.0, y);
    }
    if (op == BinOpKind::Mod)
      return Constant::floating(mod);
    double floordiv;
    if (div != 0) {
      floordiv = std::floor(div);
      if (div - floordiv > 0.5)
        floordiv += 1.0;
    } else {
      floordiv = std::copysign(0.0, x / y);
    }
    return Constant::floating(floordiv);
  }
  default: return nullptr;
  }
}

ConstantRef foldBinary(BinOpKind op, const Constant &l, const Constant &r) {
  // Sequences.
  if (op == BinOpKind::Add && l.kind == r.kind &&
      (l.kind == K::Str || l.kind == K::Bytes || l.kind == K::Tuple)) {
    if (l.kind == K::Tuple) {
      std::vector<ConstantRef> items = l.items;
      items.insert(items.end(), r.items.begin(), r.items.end());
      return Constant::tuple(std::move(items));
    }
    return l.kind == K::Str ? Constant::str(l.text + r.text) : Constant::bytes(l.text + r.text);
  }
  if (op == BinOpKind::Mult) {
    if (isIntLike(l) && (r.kind == K::Str || r.kind == K::Bytes || r.kind == K::Tuple ||
                         r.kind == K::FrozenSet))
      return repeatSequence(r, intOf(l));
    if (isIntLike(r) && (l.kind == K::Str || l.kind == K::Bytes || l.kind == K::Tuple ||
                         l.kind == K::FrozenSet))
      return repeatSequence(l, intOf(r));
  }
  if (isIntLike(l) && isIntLike(r)) {
    mpz_class a = intOf(l), b = intOf(r);
    bool bothBool = l.kind != K::Int && r.kind != K::Int;
    switch (op) {
    case BinOpKind::Add: return Constant::integer(a + b);
    case BinOpKind::Sub: return Constant::integer(a - b);
    case BinOpKind::Mult:
      if (a != 0 && b != 0 && bitLength(a) + bitLength(b) > kMaxIntBits)
        return nullptr;
      return Constant::integer(a * b);
    case BinOpKind::FloorDiv:
    case BinOpKind::Mod: {
      if (b == 0)
        return nullptr;
      mpz_class q, m;
      mpz_fdiv_qr(q.get_mpz_t(), m.get_mpz_t(), a.get_mpz_t(), b.get_mpz_t());
      return Constant::integer(op == BinOpKind::Mod ? m : q);
    }
    case BinOpKind::Div: {
      if (b == 0 || bitLength(a) > 53 || bitLength(b) > 53)
        return nullptr;
      return Constant::floating(a.get_d() / b.get_d());
    }
    case BinOpKind::Pow: {
      if (b < 0)
        return nullptr;
      if (a != 0 && b != 0) {
        if (!b.fits_ulong_p() || bitLength(a) > kMaxIntBits / b.get_ui())
          return nullptr;
      }
      if (!b.fits_ulong_p())
        return nullptr;
      mpz_class out;
      mpz_pow_ui(out.get_mpz_t(), a.get_mpz_t(), b.get_ui());
      return Constant::integer(out);
    }
    case BinOpKind::LShift: {
      if (b < 0)
        return nullptr;
      if (a != 0 && b != 0) {
        if (!b.fits_ulong_p() || b.get_ui() > kMaxIntBits ||
            bitLength(a) > kMaxIntBits - b.get_ui())
          return nullptr;
      }
      if (!b.fits_ulong_p())
        return nullptr;
      return Constant::integer(a << b.get_ui());
    }
    case BinOpKind::RShift: {
      if (b < 0)
        return nullptr;
      if (!b.fits_ulong_p())
        return Constant::integer(a < 0 ? -1 : 0);
      mpz_class out;
      mpz_fdiv_q_2exp(out.get_mpz_t(), a.get_mpz_t(), b.get_ui());
      return Constant::integer(out);
    }
    case BinOpKind::BitAnd:
    case BinOpKind::BitOr:
    case BinOpKind::BitXor: {
      mpz_class out = op == BinOpKind::BitAnd ? mpz_class(a & b)
                      : op == BinOpKind::BitOr ? mpz_class(a | b)
                                               : mpz_class(a ^ b);
      if (bothBool)
        return Constant::boolean(out != 0);
      return Constant::integer(out);
    }
    default: return nullptr;
    }
  }
  double x, y;
  if (exactDouble(l, x) && exactDouble(r, y) && (l.kind == K::Float || r.kind == K::Float))
    return foldFloat(op, x, y);
  bool lc = l.kind == K::Complex, rc = r.kind == K::Complex;
  if (lc || rc) {
    double lr, li = 0, rr, ri = 0;
    if (lc) {
      lr = l.real;
      li = l.imag;
    } else if (!exactDouble(l, lr)) {
      return nullptr;
    }
    if (rc) {
      rr = r.real;
      ri = r.imag;
    } else if (!exactDouble(r, rr)) {
      return nullptr;
    }
    switch (op) {
    case BinOpKind::Add: return Constant::complex(lr + rr, li + ri);
    case BinOpKind::Sub: return Constant::complex(lr - rr, li - ri);
    case BinOpKind::Mult: return Constant::complex(lr * rr - li * ri, lr * ri + li * rr);
    default: return nullptr;
    }
  }
  return nullptr;
}

struct TooDeep {};

/// Counts nesting; past kMaxCompileDepth the whole fold is abandoned.
struct DepthGuard {
  int &depth;
  explicit DepthGuard(int &d) : depth(d) {
    if (++depth > kMaxCompileDepth)
      throw TooDeep{};
  }
  ~DepthGuard() { --depth; }
};

class Folder {
public:
  Folder(AstArena &arena, int optimize, bool futureAnnotations)
      : arena_(arena), optimize_(optimize), futureAnnotations_(futureAnnotations) {}

  Expr *expr(Expr *e);
  void stmt(Stmt *s);
  void stmts(StmtList &list) {
    for (Stmt *s : list)
      stmt(s);
  }
  void exprs(ExprList &list) {
    for (Expr *&e : list)
      if (e)
        e = expr(e);
  }

private:
  Expr *makeConstant(const Expr *at, ConstantRef value) {
    auto *c = arena_.make<ConstantExpr>();
    c->value = std::move(value);
    c->lineno = at->lineno;
    c->col_offset = at->col_offset;
    c->end_lineno = at->end_lineno;
    c->end_col_offset = at->end_col_offset;
    c->parenthesized = at->parenthesized;
    c->outerLineno = at->outerLineno;
    c->outerCol = at->outerCol;
    c->outerEndLineno = at->outerEndLineno;
    c->outerEndCol = at->outerEndCol;
    return c;
  }
  /// A tuple constant of \p elts, if they are all constants.
  ConstantRef constTuple(const ExprList &elts) {
    std::vector<ConstantRef> items;
    for (const Expr *e : elts) {
      auto *c = dyn_cast<ConstantExpr>(e);
      if (!c)
        return nullptr;
      items.push_back(c->value);
    }
    return Constant::tuple(std::move(items));
  }
  /// `for x in [a, b]` / `x in {a, b}`: lists become tuples, constant ones
  /// and constant sets become constants.
  Expr *foldIter(Expr *e) {
    if (auto *l = dyn_cast<List>(e)) {
      for (const Expr *x : l->elts)
        if (isa<Starred>(x))
          return e;
      auto *t = arena_.make<Tuple>();
      t->elts = l->elts;
      t->ctx = l->ctx;
      t->setSpan(l, l);
      t->lineno = l->lineno;
      t->col_offset = l->col_offset;
      t->end_lineno = l->end_lineno;
      t->end_col_offset = l->end_col_offset;
      if (ConstantRef k = constTuple(t->elts))
        return makeConstant(e, k);
      return t;
    }
    if (auto *s = dyn_cast<Set>(e)) {
      if (ConstantRef k = constTuple(s->elts))
        return makeConstant(e, Constant::frozenset(k->items));
    }
    return e;
  }
  void comprehensions(ComprehensionList &gens) {
    for (Comprehension *c : gens) {
      c->target = expr(c->target);
      c->iter = foldIter(expr(c->iter));
      exprs(c->ifs);
    }
  }
  void arguments(Arguments *a) {
    auto args = [&](ArgList &list) {
      for (Arg *x : list)
        if (x->annotation && !futureAnnotations_)
          x->annotation = expr(x->annotation);
    };
    args(a->posonlyargs);
    args(a->args);
    if (a->vararg && a->vararg->annotation && !futureAnnotations_)
      a->vararg->annotation = expr(a->vararg->annotation);
    args(a->kwonlyargs);
    if (a->kwarg && a->kwarg->annotation && !futureAnnotations_)
      a->kwarg->annotation = expr(a->kwarg->annotation);
    exprs(a->kw_defaults);
    exprs(a->defaults);
  }
  void pattern(Pattern *p);
  Expr *percentFormat(const BinOp *node, const std::string &fmt, const ExprList &elts);

  AstArena &arena_;
  int optimize_;
  bool futureAnnotations_;
  int depth_ = 0;
};

Expr *Folder::expr(Expr *e) {
  DepthGuard guard(depth_);
  switch (e->nodeKind) {
  case NodeKind::BoolOp: exprs(cast<BoolOp>(e)->values); return e;
  case NodeKind::BinOp: {
    auto *b = cast<BinOp>(e);
    b->left = expr(b->left);
    b->right = expr(b->right);
    auto *l = dyn_cast<ConstantExpr>(b->left), *r = dyn_cast<ConstantExpr>(b->right);
    if (l && b->op == BinOpKind::Mod && l->value->kind == K::Str && isa<Tuple>(b->right))
      if (Expr *f = percentFormat(b, l->value->text, cast<Tuple>(b->right)->elts))
        return f;
    if (l && r)
      if (ConstantRef v = foldBinary(b->op, *l->value, *r->value))
        return makeConstant(e, v);
    return e;
  }
  case NodeKind::UnaryOp: {
    auto *u = cast<UnaryOp>(e);
    u->operand = expr(u->operand);
    if (auto *c = dyn_cast<ConstantExpr>(u->operand)) {
      if (ConstantRef v = foldUnary(u->op, *c->value))
        return makeConstant(e, v);
      return e;
    }
    // not (a is b) -> a is not b, and likewise for in.
    if (u->op == UnaryOpKind::Not) {
      if (auto *cmp = dyn_cast<Compare>(u->operand); cmp && cmp->ops.size() == 1) {
        CmpOpKind &op = cmp->ops[0];
        bool flipped = true;
        switch (op) {
        case CmpOpKind::Is: op = CmpOpKind::IsNot; break;
        case CmpOpKind::IsNot: op = CmpOpKind::Is; break;
        case CmpOpKind::In: op = CmpOpKind::NotIn; break;
        case CmpOpKind::NotIn: op = CmpOpKind::In; break;
        default: flipped = false; break;
        }
        if (flipped)
          return cmp;
      }
    }
    return e;
  }
  case NodeKind::Lambda:
    arguments(cast<Lambda>(e)->args);
    cast<Lambda>(e)->body = expr(cast<Lambda>(e)->body);
    return e;
  case NodeKind::IfExp: {
    auto *i = cast<IfExp>(e);
    i->test = expr(i->test);
    i->body = expr(i->body);
    i->orelse = expr(i->orelse);
    return e;
  }
  case NodeKind::Dict:
    exprs(cast<Dict>(e)->keys);
    exprs(cast<Dict>(e)->values);
    return e;
  case NodeKind::Set: exprs(cast<Set>(e)->elts); return e;
  case NodeKind::ListComp:
    cast<ListComp>(e)->elt = expr(cast<ListComp>(e)->elt);
    comprehensions(cast<ListComp>(e)->generators);
    return e;
  case NodeKind::SetComp:
    cast<SetComp>(e)->elt = expr(cast<SetComp>(e)->elt);
    comprehensions(cast<SetComp>(e)->generators);
    return e;
  case NodeKind::DictComp:
    cast<DictComp>(e)->key = expr(cast<DictComp>(e)->key);
    cast<DictComp>(e)->value = expr(cast<DictComp>(e)->value);
    comprehensions(cast<DictComp>(e)->generators);
    return e;
  case NodeKind::GeneratorExp:
    cast<GeneratorExp>(e)->elt = expr(cast<GeneratorExp>(e)->elt);
    comprehensions(cast<GeneratorExp>(e)->generators);
    return e;
  case NodeKind::Await: cast<Await>(e)->value = expr(cast<Await>(e)->value); return e;
  case NodeKind::Yield:
    if (cast<Yield>(e)->value)
      cast<Yield>(e)->value = expr(cast<Yield>(e)->value);
    return e;
  case NodeKind::YieldFrom: cast<YieldFrom>(e)->value = expr(cast<YieldFrom>(e)->value); return e;
  case NodeKind::Compare: {
    auto *c = cast<Compare>(e);
    c->left = expr(c->left);
    exprs(c->comparators);
    // The last operand of `in` may become a tuple or frozenset.
    CmpOpKind last = c->ops.back();
    if (last == CmpOpKind::In || last == CmpOpKind::NotIn)
      c->comparators.back() = foldIter(c->comparators.back());
    return e;
  }
  case NodeKind::Call:
    cast<Call>(e)->func = expr(cast<Call>(e)->func);
    exprs(cast<Call>(e)->args);
    for (Keyword *k : cast<Call>(e)->keywords)
      k->value = expr(k->value);
    return e;
  case NodeKind::FormattedValue:
    cast<FormattedValue>(e)->value = expr(cast<FormattedValue>(e)->value);
    if (cast<FormattedValue>(e)->format_spec)
      cast<FormattedValue>(e)->format_spec = expr(cast<FormattedValue>(e)->format_spec);
    return e;
  case NodeKind::JoinedStr: exprs(cast<JoinedStr>(e)->values); return e;
  case NodeKind::Attribute: cast<Attribute>(e)->value = expr(cast<Attribute>(e)->value); return e;
  case NodeKind::Subscript: {
    auto *s = cast<Subscript>(e);
    s->value = expr(s->value);
    s->slice = expr(s->slice);
    auto *v = dyn_cast<ConstantExpr>(s->value), *i = dyn_cast<ConstantExpr>(s->slice);
    // Only loads fold: 'abc'[1] = 'x' must still raise at run time.
    if (v && i && s->ctx == ExprContext::Load && isIntLike(*i->value)) {
      mpz_class idx = intOf(*i->value);
      const Constant &seq = *v->value;
      if (seq.kind == K::Tuple || seq.kind == K::Bytes || seq.kind == K::Str) {
        std::vector<uint32_t> cps;
        size_t len = seq.kind == K::Tuple ? seq.items.size() : seq.text.size();
        if (seq.kind == K::Str) {
          size_t n = 0;
          for (unsigned char ch : seq.text)
            n += (ch & 0xC0) != 0x80;
          len = n;
        }
        if (idx < 0)
          idx += long(len);
        if (idx >= 0 && idx < long(len)) {
          size_t k = idx.get_ui();
          if (seq.kind == K::Tuple)
            return makeConstant(e, seq.items[k]);
          if (seq.kind == K::Bytes)
            return makeConstant(e, Constant::integer((unsigned char)seq.text[k]));
          size_t pos = 0, count = 0;
          while (pos < seq.text.size()) {
            size_t start = pos++;
            while (pos < seq.text.size() && ((unsigned char)seq.text[pos] & 0xC0) == 0x80)
              ++pos;
            if (count++ == k)
              return makeConstant(e, Constant::str(seq.text.substr(start, pos - start)));
          }
        }
      }
    }
    return e;
  }
  case NodeKind::Starred: cast<Starred>(e)->value = expr(cast<Starred>(e)->value); return e;
  case NodeKind::Slice: {
    auto *s = cast<Slice>(e);
    if (s->lower)
      s->lower = expr(s->lower);
    if (s->upper)
      s->upper = expr(s->upper);
    if (s->step)
      s->step = expr(s->step);
    return e;
  }
  case NodeKind::List: exprs(cast<List>(e)->elts); return e;
  case NodeKind::Tuple: {
    auto *t = cast<Tuple>(e);
    exprs(t->elts);
    if (t->ctx == ExprContext::Load)
      if (ConstantRef k = constTuple(t->elts))
        return makeConstant(e, k);
    return e;
  }
  case NodeKind::Name:
    if (cast<Name>(e)->ctx == ExprContext::Load && cast<Name>(e)->id == "__debug__")
      return makeConstant(e, Constant::boolean(optimize_ == 0));
    return e;
  case NodeKind::NamedExpr:
    cast<NamedExpr>(e)->value = expr(cast<NamedExpr>(e)->value);
    return e;
  default: return e;
  }
}

// 'x=%s y=%r' % (a, b)  ->  f'x={a!s} y={b!r}' when every unit is a
// plain %s, %r or %a (optionally with width/precision) and the counts match.
Expr *Folder::percentFormat(const BinOp *node, const std::string &fmt, const ExprList &elts) {
  for (const Expr *x : elts)
    if (isa<Starred>(x))
      return nullptr;
  auto *joined = arena_.make<JoinedStr>();
  joined->setSpan(node, node);
  joined->lineno = node->lineno;
  joined->col_offset = node->col_offset;
  joined->end_lineno = node->end_lineno;
  joined->end_col_offset = node->end_col_offset;
  size_t pos = 0, count = 0;
  auto literal = [&](std::string text) {
    auto *c = arena_.make<ConstantExpr>();
    c->value = Constant::str(std::move(text));
    c->lineno = c->end_lineno = c->col_offset = c->end_col_offset = -1;
    joined->values.push_back(c);
  };
  for (;;) {
    std::string lit;
    while (pos < fmt.size()) {
      if (fmt[pos] != '%') {
        lit += fmt[pos++];
      } else if (pos + 1 < fmt.size() && fmt[pos + 1] == '%') {
        lit += '%';
        pos += 2;
      } else {
        break;
      }
    }
    if (!lit.empty())
      literal(lit);
    if (pos >= fmt.size())
      break;
    if (count >= elts.size())
      return nullptr; // more format units than items
    ++pos; // '%'
    bool ljust = false;
    while (pos < fmt.size() && std::string_view("-+ #0").find(fmt[pos]) != std::string_view::npos)
      ljust |= fmt[pos++] == '-';
    int width = -1, prec = -1;
    // Width and precision of at most two digits (CPython's MAXDIGITS).
    if (pos < fmt.size() && fmt[pos] >= '0' && fmt[pos] <= '9') {
      width = 0;
      int digits = 0;
      while (pos < fmt.size() && fmt[pos] >= '0' && fmt[pos] <= '9') {
        width = width * 10 + (fmt[pos++] - '0');
        if (++digits >= 3)
          return nullptr;
      }
    }
    if (pos < fmt.size() && fmt[pos] == '.') {
      ++pos;
      prec = 0;
      int digits = 0;
      while (pos < fmt.size() && fmt[pos] >= '0' && fmt[pos] <= '9') {
        prec = prec * 10 + (fmt[pos++] - '0');
        if (++digits >= 3)
          return nullptr;
      }
    }
    if (pos >= fmt.size())
      return nullptr;
    char spec = fmt[pos++];
    if (spec != 's' && spec != 'r' && spec != 'a')
      return nullptr;
    std::string specText;
    if (!ljust && width > 0)
      specText += '>';
    if (width >= 0)
      specText += std::to_string(width);
    if (prec >= 0)
      specText += "." + std::to_string(prec);
    Expr *arg = elts[count++];
    auto *fv = arena_.make<FormattedValue>();
    fv->value = arg;
    fv->conversion = spec;
    if (!specText.empty()) {
      auto *c = arena_.make<ConstantExpr>();
      c->value = Constant::str(specText);
      c->lineno = c->end_lineno = c->col_offset = c->end_col_offset = -1;
      fv->format_spec = c;
    }
    fv->lineno = arg->lineno;
    fv->col_offset = arg->col_offset;
    fv->end_lineno = arg->end_lineno;
    fv->end_col_offset = arg->end_col_offset;
    joined->values.push_back(fv);
  }
  if (count < elts.size())
    return nullptr; // more items than format units
  return joined;
}

void Folder::pattern(Pattern *p) {
  switch (p->nodeKind) {
  case NodeKind::MatchValue: cast<MatchValue>(p)->value = expr(cast<MatchValue>(p)->value); break;
  case NodeKind::MatchSequence:
    for (Pattern *x : cast<MatchSequence>(p)->patterns)
      pattern(x);
    break;
  case NodeKind::MatchMapping:
    exprs(cast<MatchMapping>(p)->keys);
    for (Pattern *x : cast<MatchMapping>(p)->patterns)
      pattern(x);
    break;
  case NodeKind::MatchClass:
    cast<MatchClass>(p)->cls = expr(cast<MatchClass>(p)->cls);
    for (Pattern *x : cast<MatchClass>(p)->patterns)
      pattern(x);
    for (Pattern *x : cast<MatchClass>(p)->kwd_patterns)
      pattern(x);
    break;
  case NodeKind::MatchAs:
    if (cast<MatchAs>(p)->pattern)
      pattern(cast<MatchAs>(p)->pattern);
    break;
  case NodeKind::MatchOr:
    for (Pattern *x : cast<MatchOr>(p)->patterns)
      pattern(x);
    break;
  default: break;
  }
}

void Folder::stmt(Stmt *s) {
  DepthGuard guard(depth_);
  switch (s->nodeKind) {
  case NodeKind::FunctionDef:
  case NodeKind::AsyncFunctionDef: {
    bool a = isa<AsyncFunctionDef>(s);
    arguments(a ? cast<AsyncFunctionDef>(s)->args : cast<FunctionDef>(s)->args);
    stmts(a ? cast<AsyncFunctionDef>(s)->body : cast<FunctionDef>(s)->body);
    exprs(a ? cast<AsyncFunctionDef>(s)->decorator_list : cast<FunctionDef>(s)->decorator_list);
    Expr *&ret = a ? cast<AsyncFunctionDef>(s)->returns : cast<FunctionDef>(s)->returns;
    if (ret && !futureAnnotations_)
      ret = expr(ret);
    break;
  }
  case NodeKind::ClassDef: {
    auto *c = cast<ClassDef>(s);
    exprs(c->bases);
    for (Keyword *k : c->keywords)
      k->value = expr(k->value);
    stmts(c->body);
    exprs(c->decorator_list);
    break;
  }
  case NodeKind::Return:
    if (cast<Return>(s)->value)
      cast<Return>(s)->value = expr(cast<Return>(s)->value);
    break;
  case NodeKind::Delete: exprs(cast<Delete>(s)->targets); break;
  case NodeKind::Assign:
    exprs(cast<Assign>(s)->targets);
    cast<Assign>(s)->value = expr(cast<Assign>(s)->value);
    break;
  case NodeKind::AugAssign:
    cast<AugAssign>(s)->target = expr(cast<AugAssign>(s)->target);
    cast<AugAssign>(s)->value = expr(cast<AugAssign>(s)->value);
    break;
  case NodeKind::AnnAssign: {
    auto *a = cast<AnnAssign>(s);
    a->target = expr(a->target);
    if (!futureAnnotations_)
      a->annotation = expr(a->annotation);
    if (a->value)
      a->value = expr(a->value);
    break;
  }
  case NodeKind::For:
  case NodeKind::AsyncFor: {
    bool a = isa<AsyncFor>(s);
    Expr *&target = a ? cast<AsyncFor>(s)->target : cast<For>(s)->target;
    Expr *&iter = a ? cast<AsyncFor>(s)->iter : cast<For>(s)->iter;
    target = expr(target);
    iter = foldIter(expr(iter));
    stmts(a ? cast<AsyncFor>(s)->body : cast<For>(s)->body);
    stmts(a ? cast<AsyncFor>(s)->orelse : cast<For>(s)->orelse);
    break;
  }
  case NodeKind::While:
    cast<While>(s)->test = expr(cast<While>(s)->test);
    stmts(cast<While>(s)->body);
    stmts(cast<While>(s)->orelse);
    break;
  case NodeKind::If:
    cast<If>(s)->test = expr(cast<If>(s)->test);
    stmts(cast<If>(s)->body);
    stmts(cast<If>(s)->orelse);
    break;
  case NodeKind::With:
  case NodeKind::AsyncWith: {
    bool a = isa<AsyncWith>(s);
    for (WithItem *w : a ? cast<AsyncWith>(s)->items : cast<With>(s)->items) {
      w->context_expr = expr(w->context_expr);
      if (w->optional_vars)
        w->optional_vars = expr(w->optional_vars);
    }
    stmts(a ? cast<AsyncWith>(s)->body : cast<With>(s)->body);
    break;
  }
  case NodeKind::Match: {
    auto *m = cast<Match>(s);
    m->subject = expr(m->subject);
    for (MatchCase *c : m->cases) {
      pattern(c->pattern);
      if (c->guard)
        c->guard = expr(c->guard);
      stmts(c->body);
    }
    break;
  }
  case NodeKind::Raise:
    if (cast<Raise>(s)->exc)
      cast<Raise>(s)->exc = expr(cast<Raise>(s)->exc);
    if (cast<Raise>(s)->cause)
      cast<Raise>(s)->cause = expr(cast<Raise>(s)->cause);
    break;
  case NodeKind::Try:
  case NodeKind::TryStar: {
    bool star = isa<TryStar>(s);
    stmts(star ? cast<TryStar>(s)->body : cast<Try>(s)->body);
    for (ExceptHandler *h : star ? cast<TryStar>(s)->handlers : cast<Try>(s)->handlers) {
      if (h->type)
        h->type = expr(h->type);
      stmts(h->body);
    }
    stmts(star ? cast<TryStar>(s)->orelse : cast<Try>(s)->orelse);
    stmts(star ? cast<TryStar>(s)->finalbody : cast<Try>(s)->finalbody);
    break;
  }
  case NodeKind::Assert:
    cast<Assert>(s)->test = expr(cast<Assert>(s)->test);
    if (cast<Assert>(s)->msg)
      cast<Assert>(s)->msg = expr(cast<Assert>(s)->msg);
    break;
  case NodeKind::ExprStmt: cast<ExprStmt>(s)->value = expr(cast<ExprStmt>(s)->value); break;
  default: break;
  }
}

} // namespace

bool optimizeAst(Mod *mod, AstArena &arena, int optimize, bool futureAnnotations) {
  Folder f(arena, optimize, futureAnnotations);
  try {
    if (auto *m = dyn_cast<Module>(mod))
      f.stmts(m->body);
    else if (auto *i = dyn_cast<Interactive>(mod))
      f.stmts(i->body);
    else if (auto *e = dyn_cast<Expression>(mod))
      e->body = f.expr(e->body);
  } catch (const TooDeep &) {
    return false;
  }
  return true;
}

} // namespace kiln::frontend
