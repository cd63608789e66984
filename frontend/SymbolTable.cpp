//===- SymbolTable.cpp - Scope analysis ----------------------------------===//
#include "frontend/SymbolTable.h"

#include "frontend/Source.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

namespace kiln::frontend {

std::string mangle(const std::string &className, const std::string &name) {
  if (className.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_')
    return name;
  // Dunder names and dotted names (import aliases) are left alone.
  if (name[name.size() - 1] == '_' && name[name.size() - 2] == '_')
    return name;
  if (name.find('.') != std::string::npos)
    return name;
  size_t i = 0;
  while (i < className.size() && className[i] == '_')
    ++i;
  if (i == className.size())
    return name;
  return "_" + className.substr(i) + name;
}

std::vector<std::string> SymbolTableEntry::namesWithScope(Scope scope, unsigned flag) const {
  std::vector<std::string> out;
  for (const auto &[name, sym] : symbols)
    if (sym.scope == scope || (flag && (sym.flags & flag)))
      out.push_back(name);
  std::sort(out.begin(), out.end());
  return out;
}

namespace {
struct ScopeError {};
// Names in pass two are views of symbol-table keys (which never move), so
// the sets handed to each child block copy no strings.
using NameSet = std::unordered_set<std::string_view>;
} // namespace

/// Pass one: walks the AST and records each block's names.
class SymtableBuilder {
public:
  SymtableBuilder(SymbolTable &table, int futureFlags, const std::string &filename,
                  const Source &source)
      : t_(table), future_(futureFlags), filename_(filename), source_(source) {}

  void run(const Mod *m);
  void analyze();
  SyntaxErrorInfo error;

private:
  // Blocks
  SymbolTableEntry *enter(const std::string &name, BlockType type, const Node *node);
  void exit();
  // Names
  void addDef(const std::string &name, unsigned flag, const Node *where);
  void addDefIn(SymbolTableEntry *ste, const std::string &name, unsigned flag, const Node *where);
  unsigned lookup(const std::string &name);
  void recordDirective(const std::string &name, const Node *where);
  // Visitors
  void stmt(const Stmt *s);
  void stmts(const StmtList &list) {
    for (const Stmt *s : list)
      stmt(s);
  }
  void expr(const Expr *e);
  void exprs(const ExprList &list) {
    for (const Expr *e : list)
      if (e)
        expr(e);
  }
  void arguments(const Arguments *a);
  void params(const ArgList &args);
  void annotations(const Arguments *a, const Expr *returns);
  void annotation(const Expr *e);
  void argAnnotations(const ArgList &args);
  void comprehension(const Expr *e, const std::string &name, const ComprehensionList &gens,
                     const Expr *elt, const Expr *value);
  void pattern(const Pattern *p);
  void namedExprTarget(const NamedExpr *e);
  void handleImportAlias(const Alias *a, const Stmt *s);

  [[noreturn]] void fail(std::string msg, int line, int col, int endLine, int endCol);
  [[noreturn]] void failAt(std::string msg, const Node *n) {
    fail(std::move(msg), n->lineno, n->col_offset, n->end_lineno, n->end_col_offset);
  }

  // Pass two
  void analyzeBlock(SymbolTableEntry *ste, NameSet *bound, NameSet &free, NameSet &global);
  void analyzeName(SymbolTableEntry *ste, std::unordered_map<std::string_view, Scope> &scopes,
                   std::string_view name, unsigned flags, NameSet *bound, NameSet &local,
                   NameSet &free, NameSet &global);

  SymbolTable &t_;
  int future_;
  std::string filename_;
  const Source &source_;
  std::vector<SymbolTableEntry *> stack_;
  SymbolTableEntry *cur_ = nullptr;
  std::string private_; // enclosing class name for mangling
  SymbolTableEntry *global_ = nullptr;
};

void SymtableBuilder::fail(std::string msg, int line, int col, int endLine, int endCol) {
  error = SyntaxErrorInfo();
  error.msg = std::move(msg);
  error.filename = filename_;
  error.line = line;
  error.col = col;
  error.endLine = endLine;
  error.endCol = endCol;
  error.text = std::string(source_.line(line));
  throw ScopeError{};
}

SymbolTableEntry *SymtableBuilder::enter(const std::string &name, BlockType type,
                                         const Node *node) {
  auto ste = std::make_unique<SymbolTableEntry>();
  ste->name = name;
  ste->type = type;
  ste->node = node;
  ste->lineno = node ? node->lineno : 0;
  SymbolTableEntry *prev = cur_;
  if (prev && (prev->nested || prev->type == BlockType::Function))
    ste->nested = true;
  SymbolTableEntry *raw = ste.get();
  t_.entries_.push_back(std::move(ste));
  if (node)
    t_.byNode_[node] = raw;
  if (prev)
    prev->children.push_back(raw);
  stack_.push_back(raw);
  cur_ = raw;
  if (type == BlockType::Module)
    global_ = raw;
  return raw;
}

void SymtableBuilder::exit() {
  stack_.pop_back();
  cur_ = stack_.empty() ? nullptr : stack_.back();
}

unsigned SymtableBuilder::lookup(const std::string &name) {
  const Symbol *s = cur_->lookup(mangle(private_, name));
  return s ? s->flags : 0;
}

void SymtableBuilder::recordDirective(const std::string &name, const Node *where) {
  cur_->directives[mangle(private_, name)] = where;
}

void SymtableBuilder::addDefIn(SymbolTableEntry *ste, const std::string &name, unsigned flag,
                               const Node *where) {
  std::string mangledStorage;
  const std::string &mangled =
      needsMangling(private_, name) ? (mangledStorage = mangle(private_, name)) : name;
  auto [it, inserted] = ste->symbols.try_emplace(mangled);
  unsigned val;
  if (!inserted) {
    val = it->second.flags;
    if ((flag & DefParam) && (val & DefParam))
      failAt("duplicate argument '" + name + "' in function definition", where);
    val |= flag;
  } else {
    val = flag;
    ste->order.push_back(mangled);
  }
  if (ste->compIterTarget) {
    if (val & (DefGlobal | DefNonlocal))
      failAt("comprehension inner loop cannot rebind assignment expression target '" + name +
                 "'",
             where);
    val |= DefCompIter;
  }
  it->second.flags = val;
  if (flag & DefParam) {
    ste->varnames.push_back(mangled);
  } else if (flag & DefGlobal) {
    // A global declaration also marks the name in the module's table.
    auto [git, ginserted] = global_->symbols.try_emplace(mangled);
    if (ginserted)
      global_->order.push_back(mangled);
    git->second.flags |= flag;
  }
}

void SymtableBuilder::addDef(const std::string &name, unsigned flag, const Node *where) {
  addDefIn(cur_, name, flag, where);
}

void SymtableBuilder::run(const Mod *m) {
  enter("top", BlockType::Module, nullptr);
  t_.top_ = cur_;
  if (auto *mod = dyn_cast<Module>(m))
    stmts(mod->body);
  else if (auto *inter = dyn_cast<Interactive>(m))
    stmts(inter->body);
  else if (auto *ex = dyn_cast<Expression>(m))
    expr(ex->body);
  exit();
}

void SymtableBuilder::params(const ArgList &args) {
  for (const Arg *a : args)
    addDef(a->arg, DefParam, a);
}

void SymtableBuilder::arguments(const Arguments *a) {
  params(a->posonlyargs);
  params(a->args);
  params(a->kwonlyargs);
  if (a->vararg) {
    addDef(a->vararg->arg, DefParam, a->vararg);
    cur_->varargs = true;
  }
  if (a->kwarg) {
    addDef(a->kwarg->arg, DefParam, a->kwarg);
    cur_->varkeywords = true;
  }
}

// With `from __future__ import annotations` an annotation is never
// evaluated; CPython still visits it, in a block of its own.
void SymtableBuilder::annotation(const Expr *e) {
  bool futureAnnotations = future_ & CO_FUTURE_ANNOTATIONS;
  if (futureAnnotations)
    enter("_annotation", BlockType::Annotation, nullptr);
  expr(e);
  if (futureAnnotations)
    exit();
}

void SymtableBuilder::argAnnotations(const ArgList &args) {
  for (const Arg *a : args)
    if (a->annotation)
      expr(a->annotation);
}

void SymtableBuilder::annotations(const Arguments *a, const Expr *returns) {
  bool futureAnnotations = future_ & CO_FUTURE_ANNOTATIONS;
  if (futureAnnotations)
    enter("_annotation", BlockType::Annotation, nullptr);
  argAnnotations(a->posonlyargs);
  argAnnotations(a->args);
  if (a->vararg && a->vararg->annotation)
    expr(a->vararg->annotation);
  if (a->kwarg && a->kwarg->annotation)
    expr(a->kwarg->annotation);
  argAnnotations(a->kwonlyargs);
  if (futureAnnotations)
    exit();
  if (returns)
    annotation(returns);
}

void SymtableBuilder::handleImportAlias(const Alias *a, const Stmt *s) {
  // `import a.b` binds `a`; `import a.b as c` binds `c`.
  std::string store = a->asname.empty() ? a->name : a->asname;
  size_t dot = store.find('.');
  if (dot != std::string::npos)
    store = store.substr(0, dot);
  if (store != "*") {
    addDef(store, DefImport, a);
    return;
  }
  if (cur_->type != BlockType::Module)
    failAt("import * only allowed at module level", a);
}

void SymtableBuilder::stmt(const Stmt *s) {
  switch (s->nodeKind) {
  case NodeKind::FunctionDef:
  case NodeKind::AsyncFunctionDef: {
    bool isAsync = s->nodeKind == NodeKind::AsyncFunctionDef;
    const std::string &name = isAsync ? cast<AsyncFunctionDef>(s)->name : cast<FunctionDef>(s)->name;
    const Arguments *args = isAsync ? cast<AsyncFunctionDef>(s)->args : cast<FunctionDef>(s)->args;
    const ExprList &decos =
        isAsync ? cast<AsyncFunctionDef>(s)->decorator_list : cast<FunctionDef>(s)->decorator_list;
    const Expr *returns = isAsync ? cast<AsyncFunctionDef>(s)->returns : cast<FunctionDef>(s)->returns;
    const StmtList &body = isAsync ? cast<AsyncFunctionDef>(s)->body : cast<FunctionDef>(s)->body;
    addDef(name, DefLocal, s);
    exprs(args->defaults);
    exprs(args->kw_defaults);
    annotations(args, returns);
    exprs(decos);
    enter(name, BlockType::Function, s);
    if (isAsync)
      cur_->coroutine = true;
    arguments(args);
    stmts(body);
    exit();
    break;
  }
  case NodeKind::ClassDef: {
    auto *c = cast<ClassDef>(s);
    addDef(c->name, DefLocal, s);
    exprs(c->bases);
    for (const Keyword *k : c->keywords)
      expr(k->value);
    exprs(c->decorator_list);
    enter(c->name, BlockType::Class, s);
    std::string savedPrivate = private_;
    private_ = c->name;
    stmts(c->body);
    private_ = savedPrivate;
    exit();
    break;
  }
  case NodeKind::Return:
    if (auto *v = cast<Return>(s)->value)
      expr(v);
    break;
  case NodeKind::Delete: exprs(cast<Delete>(s)->targets); break;
  case NodeKind::Assign:
    exprs(cast<Assign>(s)->targets);
    expr(cast<Assign>(s)->value);
    break;
  case NodeKind::AnnAssign: {
    auto *a = cast<AnnAssign>(s);
    if (auto *n = dyn_cast<Name>(a->target)) {
      unsigned cur = lookup(n->id);
      if ((cur & (DefGlobal | DefNonlocal)) && cur_ != global_ && a->simple) {
        failAt(std::string("annotated name '") + n->id + "' can't be " +
                   ((cur & DefGlobal) ? "global" : "nonlocal"),
               s);
      }
      if (a->simple)
        addDef(n->id, DefAnnot | DefLocal, n);
      else if (a->value)
        addDef(n->id, DefLocal, n);
    } else {
      expr(a->target);
    }
    annotation(a->annotation);
    if (a->value)
      expr(a->value);
    break;
  }
  case NodeKind::AugAssign:
    expr(cast<AugAssign>(s)->target);
    expr(cast<AugAssign>(s)->value);
    break;
  case NodeKind::For:
    expr(cast<For>(s)->target);
    expr(cast<For>(s)->iter);
    stmts(cast<For>(s)->body);
    stmts(cast<For>(s)->orelse);
    break;
  case NodeKind::AsyncFor:
    expr(cast<AsyncFor>(s)->target);
    expr(cast<AsyncFor>(s)->iter);
    stmts(cast<AsyncFor>(s)->body);
    stmts(cast<AsyncFor>(s)->orelse);
    break;
  case NodeKind::While:
    expr(cast<While>(s)->test);
    stmts(cast<While>(s)->body);
    stmts(cast<While>(s)->orelse);
    break;
  case NodeKind::If:
    expr(cast<If>(s)->test);
    stmts(cast<If>(s)->body);
    stmts(cast<If>(s)->orelse);
    break;
  case NodeKind::Match: {
    auto *m = cast<Match>(s);
    expr(m->subject);
    for (const MatchCase *c : m->cases) {
      pattern(c->pattern);
      if (c->guard)
        expr(c->guard);
      stmts(c->body);
    }
    break;
  }
  case NodeKind::Raise:
    if (auto *e = cast<Raise>(s)->exc) {
      expr(e);
      if (auto *c = cast<Raise>(s)->cause)
        expr(c);
    }
    break;
  case NodeKind::Try:
  case NodeKind::TryStar: {
    const StmtList &body = isa<Try>(s) ? cast<Try>(s)->body : cast<TryStar>(s)->body;
    const StmtList &orelse = isa<Try>(s) ? cast<Try>(s)->orelse : cast<TryStar>(s)->orelse;
    const StmtList &finalbody = isa<Try>(s) ? cast<Try>(s)->finalbody : cast<TryStar>(s)->finalbody;
    const ExceptHandlerList &handlers =
        isa<Try>(s) ? cast<Try>(s)->handlers : cast<TryStar>(s)->handlers;
    stmts(body);
    stmts(orelse);
    for (const ExceptHandler *h : handlers) {
      if (h->type)
        expr(h->type);
      if (!h->name.empty())
        addDef(h->name, DefLocal, h);
      stmts(h->body);
    }
    stmts(finalbody);
    break;
  }
  case NodeKind::Assert:
    expr(cast<Assert>(s)->test);
    if (auto *m = cast<Assert>(s)->msg)
      expr(m);
    break;
  case NodeKind::Import:
    for (const Alias *a : cast<Import>(s)->names)
      handleImportAlias(a, s);
    break;
  case NodeKind::ImportFrom:
    for (const Alias *a : cast<ImportFrom>(s)->names)
      handleImportAlias(a, s);
    break;
  case NodeKind::Global:
  case NodeKind::Nonlocal: {
    bool global = isa<Global>(s);
    const IdentifierList &names = global ? cast<Global>(s)->names : cast<Nonlocal>(s)->names;
    const char *kind = global ? "global" : "nonlocal";
    for (const std::string &name : names) {
      unsigned cur = lookup(name);
      if (cur & (DefParam | DefLocal | Use | DefAnnot)) {
        std::string msg;
        if (cur & DefParam)
          msg = "name '" + name + "' is parameter and " + kind;
        else if (cur & Use)
          msg = "name '" + name + "' is used prior to " + kind + " declaration";
        else if (cur & DefAnnot)
          msg = "annotated name '" + name + "' can't be " + kind;
        else
          msg = "name '" + name + "' is assigned to before " + kind + " declaration";
        failAt(msg, s);
      }
      addDef(name, global ? DefGlobal : DefNonlocal, s);
      recordDirective(name, s);
    }
    break;
  }
  case NodeKind::ExprStmt: expr(cast<ExprStmt>(s)->value); break;
  case NodeKind::Pass:
  case NodeKind::Break:
  case NodeKind::Continue: break;
  case NodeKind::With:
  case NodeKind::AsyncWith: {
    const WithItemList &items = isa<With>(s) ? cast<With>(s)->items : cast<AsyncWith>(s)->items;
    for (const WithItem *w : items) {
      expr(w->context_expr);
      if (w->optional_vars)
        expr(w->optional_vars);
    }
    stmts(isa<With>(s) ? cast<With>(s)->body : cast<AsyncWith>(s)->body);
    break;
  }
  default: break;
  }
}

// A walrus inside a comprehension binds in the nearest enclosing function
// (or module); in a class body it is an error.
void SymtableBuilder::namedExprTarget(const NamedExpr *e) {
  const auto *target = cast<Name>(e->target);
  const std::string &name = target->id;
  for (size_t i = stack_.size(); i-- > 0;) {
    SymbolTableEntry *ste = stack_[i];
    if (ste->comprehension != ComprehensionKind::None) {
      const Symbol *sym = ste->lookup(mangle(private_, name));
      if (sym && (sym->flags & DefCompIter))
        failAt("assignment expression cannot rebind comprehension iteration variable '" + name +
                   "'",
               e);
      continue;
    }
    if (ste->type == BlockType::Function) {
      const Symbol *sym = ste->lookup(mangle(private_, name));
      addDef(name, (sym && (sym->flags & DefGlobal)) ? DefGlobal : DefNonlocal, e);
      recordDirective(name, e);
      addDefIn(ste, name, DefLocal, e);
      return;
    }
    if (ste->type == BlockType::Module) {
      addDef(name, DefGlobal, e);
      recordDirective(name, e);
      addDefIn(ste, name, DefGlobal, e);
      return;
    }
    if (ste->type == BlockType::Class)
      failAt("assignment expression within a comprehension cannot be used in a class body", e);
  }
}

void SymtableBuilder::expr(const Expr *e) {
  switch (e->nodeKind) {
  case NodeKind::NamedExpr: {
    auto *n = cast<NamedExpr>(e);
    if (cur_->compIterExpr > 0)
      failAt("assignment expression cannot be used in a comprehension iterable expression", e);
    expr(n->value);
    if (cur_->comprehension != ComprehensionKind::None)
      namedExprTarget(n);
    else
      expr(n->target);
    break;
  }
  case NodeKind::BoolOp: exprs(cast<BoolOp>(e)->values); break;
  case NodeKind::BinOp:
    expr(cast<BinOp>(e)->left);
    expr(cast<BinOp>(e)->right);
    break;
  case NodeKind::UnaryOp: expr(cast<UnaryOp>(e)->operand); break;
  case NodeKind::Lambda: {
    auto *l = cast<Lambda>(e);
    exprs(l->args->defaults);
    exprs(l->args->kw_defaults);
    enter("lambda", BlockType::Function, e);
    arguments(l->args);
    expr(l->body);
    exit();
    break;
  }
  case NodeKind::IfExp:
    expr(cast<IfExp>(e)->test);
    expr(cast<IfExp>(e)->body);
    expr(cast<IfExp>(e)->orelse);
    break;
  case NodeKind::Dict:
    exprs(cast<Dict>(e)->keys);
    exprs(cast<Dict>(e)->values);
    break;
  case NodeKind::Set: exprs(cast<Set>(e)->elts); break;
  case NodeKind::GeneratorExp:
    comprehension(e, "genexpr", cast<GeneratorExp>(e)->generators, cast<GeneratorExp>(e)->elt,
                  nullptr);
    break;
  case NodeKind::ListComp:
    comprehension(e, "listcomp", cast<ListComp>(e)->generators, cast<ListComp>(e)->elt, nullptr);
    break;
  case NodeKind::SetComp:
    comprehension(e, "setcomp", cast<SetComp>(e)->generators, cast<SetComp>(e)->elt, nullptr);
    break;
  case NodeKind::DictComp:
    comprehension(e, "dictcomp", cast<DictComp>(e)->generators, cast<DictComp>(e)->key,
                  cast<DictComp>(e)->value);
    break;
  case NodeKind::Yield:
  case NodeKind::YieldFrom: {
    if (cur_->type == BlockType::Annotation)
      failAt("'yield expression' can not be used within an annotation", e);
    if (auto *y = dyn_cast<Yield>(e)) {
      if (y->value)
        expr(y->value);
    } else {
      expr(cast<YieldFrom>(e)->value);
    }
    cur_->generator = true;
    if (cur_->comprehension != ComprehensionKind::None) {
      static const char *names[] = {"", "list comprehension", "set comprehension",
                                    "dict comprehension", "generator expression"};
      failAt(std::string("'yield' inside ") + names[int(cur_->comprehension)], e);
    }
    break;
  }
  case NodeKind::Await:
    if (cur_->type == BlockType::Annotation)
      failAt("'await expression' can not be used within an annotation", e);
    expr(cast<Await>(e)->value);
    cur_->coroutine = true;
    break;
  case NodeKind::Compare:
    expr(cast<Compare>(e)->left);
    exprs(cast<Compare>(e)->comparators);
    break;
  case NodeKind::Call: {
    auto *c = cast<Call>(e);
    expr(c->func);
    exprs(c->args);
    for (const Keyword *k : c->keywords)
      expr(k->value);
    break;
  }
  case NodeKind::FormattedValue:
    expr(cast<FormattedValue>(e)->value);
    if (auto *spec = cast<FormattedValue>(e)->format_spec)
      expr(spec);
    break;
  case NodeKind::JoinedStr: exprs(cast<JoinedStr>(e)->values); break;
  case NodeKind::ConstantExpr: break;
  case NodeKind::Attribute: expr(cast<Attribute>(e)->value); break;
  case NodeKind::Subscript:
    expr(cast<Subscript>(e)->value);
    expr(cast<Subscript>(e)->slice);
    break;
  case NodeKind::Starred: expr(cast<Starred>(e)->value); break;
  case NodeKind::Slice:
    if (auto *x = cast<Slice>(e)->lower)
      expr(x);
    if (auto *x = cast<Slice>(e)->upper)
      expr(x);
    if (auto *x = cast<Slice>(e)->step)
      expr(x);
    break;
  case NodeKind::Name: {
    auto *n = cast<Name>(e);
    addDef(n->id, n->ctx == ExprContext::Load ? Use : DefLocal, e);
    // super() needs the __class__ cell.
    if (n->ctx == ExprContext::Load && cur_->type == BlockType::Function && n->id == "super")
      addDef("__class__", Use, e);
    break;
  }
  case NodeKind::List: exprs(cast<List>(e)->elts); break;
  case NodeKind::Tuple: exprs(cast<Tuple>(e)->elts); break;
  default: break;
  }
}

void SymtableBuilder::pattern(const Pattern *p) {
  switch (p->nodeKind) {
  case NodeKind::MatchValue: expr(cast<MatchValue>(p)->value); break;
  case NodeKind::MatchSingleton: break;
  case NodeKind::MatchSequence:
    for (const Pattern *x : cast<MatchSequence>(p)->patterns)
      pattern(x);
    break;
  case NodeKind::MatchStar:
    if (!cast<MatchStar>(p)->name.empty())
      addDef(cast<MatchStar>(p)->name, DefLocal, p);
    break;
  case NodeKind::MatchMapping: {
    auto *m = cast<MatchMapping>(p);
    exprs(m->keys);
    for (const Pattern *x : m->patterns)
      pattern(x);
    if (!m->rest.empty())
      addDef(m->rest, DefLocal, p);
    break;
  }
  case NodeKind::MatchClass: {
    auto *c = cast<MatchClass>(p);
    expr(c->cls);
    for (const Pattern *x : c->patterns)
      pattern(x);
    for (const Pattern *x : c->kwd_patterns)
      pattern(x);
    break;
  }
  case NodeKind::MatchAs: {
    auto *a = cast<MatchAs>(p);
    if (a->pattern)
      pattern(a->pattern);
    if (!a->name.empty())
      addDef(a->name, DefLocal, p);
    break;
  }
  case NodeKind::MatchOr:
    for (const Pattern *x : cast<MatchOr>(p)->patterns)
      pattern(x);
    break;
  default: break;
  }
}

// The outermost iterable is evaluated in the enclosing scope; everything
// else runs in a function block of its own that takes the iterator as `.0`.
void SymtableBuilder::comprehension(const Expr *e, const std::string &name,
                                    const ComprehensionList &gens, const Expr *elt,
                                    const Expr *value) {
  bool isGenerator = isa<GeneratorExp>(e);
  const Comprehension *outermost = gens[0];
  ++cur_->compIterExpr;
  expr(outermost->iter);
  --cur_->compIterExpr;
  enter(name, BlockType::Function, e);
  cur_->comprehension = isa<ListComp>(e)  ? ComprehensionKind::List
                        : isa<SetComp>(e) ? ComprehensionKind::Set
                        : isa<DictComp>(e) ? ComprehensionKind::Dict
                                           : ComprehensionKind::Generator;
  if (outermost->is_async)
    cur_->coroutine = true;
  addDef(".0", DefParam, e);
  cur_->compIterTarget = true;
  expr(outermost->target);
  cur_->compIterTarget = false;
  exprs(outermost->ifs);
  for (size_t i = 1; i < gens.size(); ++i) {
    const Comprehension *c = gens[i];
    cur_->compIterTarget = true;
    expr(c->target);
    cur_->compIterTarget = false;
    ++cur_->compIterExpr;
    expr(c->iter);
    --cur_->compIterExpr;
    exprs(c->ifs);
    if (c->is_async)
      cur_->coroutine = true;
  }
  if (value)
    expr(value);
  expr(elt);
  cur_->generator = isGenerator;
  bool isAsync = cur_->coroutine && !isGenerator;
  exit();
  if (isAsync)
    cur_->coroutine = true;
}

// ---- Pass two ---------------------------------------------------------------

void SymtableBuilder::analyzeName(SymbolTableEntry *ste,
                                  std::unordered_map<std::string_view, Scope> &scopes,
                                  std::string_view nameView, unsigned flags, NameSet *bound,
                                  NameSet &local, NameSet &free, NameSet &global) {
  std::string_view name = nameView;
  auto directiveError = [&](std::string msg) {
    auto it = ste->directives.find(std::string(name));
    const Node *n = it != ste->directives.end() ? it->second : nullptr;
    if (n)
      fail(std::move(msg), n->lineno, n->col_offset, n->end_lineno, n->end_col_offset);
    fail(std::move(msg), ste->lineno, -1, 0, -1);
  };
  if (flags & DefGlobal) {
    if (flags & DefNonlocal)
      directiveError("name '" + std::string(name) + "' is nonlocal and global");
    scopes[name] = Scope::GlobalExplicit;
    global.insert(name);
    if (bound)
      bound->erase(name);
    return;
  }
  if (flags & DefNonlocal) {
    if (!bound)
      directiveError("nonlocal declaration not allowed at module level");
    if (!bound->count(name))
      directiveError("no binding for nonlocal '" + std::string(name) + "' found");
    scopes[name] = Scope::Free;
    ste->hasFree = true;
    free.insert(name);
    return;
  }
  if (flags & DefBound) {
    scopes[name] = Scope::Local;
    local.insert(name);
    global.erase(name);
    return;
  }
  if (bound && bound->count(name)) {
    scopes[name] = Scope::Free;
    ste->hasFree = true;
    free.insert(name);
    return;
  }
  if (global.count(name)) {
    scopes[name] = Scope::GlobalImplicit;
    return;
  }
  if (ste->nested)
    ste->hasFree = true;
  scopes[name] = Scope::GlobalImplicit;
}

void SymtableBuilder::analyzeBlock(SymbolTableEntry *ste, NameSet *bound, NameSet &free,
                                   NameSet &global) {
  NameSet local;
  std::unordered_map<std::string_view, Scope> scopes;
  NameSet newGlobal, newFree, newBound;
  bool isClass = ste->type == BlockType::Class;
  if (isClass) {
    newGlobal = global;
    if (bound)
      newBound = *bound;
  }
  for (const std::string &name : ste->order) {
    auto it = ste->symbols.find(name);
    analyzeName(ste, scopes, it->first, it->second.flags, bound, local, free, global);
  }
  if (!isClass) {
    if (ste->type == BlockType::Function)
      newBound.insert(local.begin(), local.end());
    if (bound)
      newBound.insert(bound->begin(), bound->end());
    newGlobal.insert(global.begin(), global.end());
  } else {
    newBound.insert("__class__");
  }
  NameSet allFree;
  for (SymbolTableEntry *child : ste->children) {
    NameSet tempBound = newBound, tempFree = newFree, tempGlobal = newGlobal;
    analyzeBlock(child, &tempBound, tempFree, tempGlobal);
    // What an annotation block (never evaluated) uses makes no cells.
    if (child->type != BlockType::Annotation)
      allFree.insert(tempFree.begin(), tempFree.end());
    if (child->hasFree || child->childFree)
      ste->childFree = true;
  }
  newFree.insert(allFree.begin(), allFree.end());
  if (ste->type == BlockType::Function) {
    // Locals that children need become cells.
    for (auto &[name, scope] : scopes) {
      if (scope != Scope::Local || !newFree.count(name))
        continue;
      scope = Scope::Cell;
      newFree.erase(name);
    }
  } else if (isClass) {
    if (newFree.erase("__class__"))
      ste->needsClassClosure = true;
  }
  // Record the results.
  for (auto &[name, sym] : ste->symbols)
    sym.scope = scopes[name];
  for (std::string_view name : newFree) {
    std::string key(name);
    auto it = ste->symbols.find(key);
    if (it != ste->symbols.end()) {
      if (isClass && (it->second.flags & (DefBound | DefGlobal)))
        it->second.flags |= DefFreeClass;
      continue;
    }
    if (bound && !bound->count(name))
      continue; // a global
    ste->symbols[key].scope = Scope::Free;
    ste->order.push_back(key);
  }
  free.insert(newFree.begin(), newFree.end());
}

void SymtableBuilder::analyze() {
  NameSet free, global;
  analyzeBlock(t_.top_, nullptr, free, global);
}

bool SymbolTable::build(const Mod *module, int futureFlags, const std::string &filename,
                        const Source &source, SyntaxErrorInfo &err) {
  SymtableBuilder b(*this, futureFlags, filename, source);
  try {
    b.run(module);
    b.analyze();
  } catch (const ScopeError &) {
    err = b.error;
    return false;
  }
  return true;
}

} // namespace kiln::frontend
