//===- Compiler.cpp - Compiler units, names, functions and classes -------===//
#include "frontend/Compiler.h"

#include "frontend/AstOptimizer.h"
#include "frontend/Unparse.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace kiln::frontend {
namespace detail {

namespace {
/// The docstring of a body: a first statement that is a str constant.
const ConstantExpr *docstringOf(const StmtList &body) {
  if (body.empty())
    return nullptr;
  auto *e = dyn_cast<ExprStmt>(body[0]);
  if (!e)
    return nullptr;
  auto *c = dyn_cast<ConstantExpr>(e->value);
  if (!c || c->value->kind != Constant::Kind::Str)
    return nullptr;
  return c;
}

bool isDerefOp(int op) {
  return op == int(Opcode::MAKE_CELL) || op == int(Opcode::LOAD_CLOSURE) ||
         op == int(Opcode::LOAD_DEREF) || op == int(Opcode::STORE_DEREF) ||
         op == int(Opcode::DELETE_DEREF) || op == int(Opcode::LOAD_CLASSDEREF);
}
} // namespace

void Compiler::fail(const std::string &msg) {
  error = SyntaxErrorInfo();
  error.msg = msg;
  error.filename = source_.filename();
  const Location &l = unit_->loc;
  error.line = l.line;
  error.col = l.col;
  error.endLine = l.endLine;
  error.endCol = l.endCol;
  error.text = std::string(source_.line(l.line));
  throw Failure{};
}

void Compiler::failAt(const Node *n, const std::string &msg) {
  setLoc(n);
  fail(msg);
}

size_t ConstantHash::operator()(const ConstantRef &c) const {
  size_t h = size_t(c->kind) * 0x9E3779B97F4A7C15ull;
  auto mix = [&](size_t v) { h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2); };
  switch (c->kind) {
  case Constant::Kind::Int:
    mix(c->intValue.fits_slong_p() ? size_t(c->intValue.get_si())
                                   : std::hash<std::string>()(c->intValue.get_str(16)));
    break;
  case Constant::Kind::Float:
  case Constant::Kind::Complex: {
    uint64_t a, b;
    std::memcpy(&a, &c->real, sizeof a);
    std::memcpy(&b, &c->imag, sizeof b);
    mix(size_t(a));
    mix(size_t(b));
    break;
  }
  case Constant::Kind::Str:
  case Constant::Kind::Bytes: mix(std::hash<std::string_view>()(c->text)); break;
  case Constant::Kind::Tuple:
  case Constant::Kind::FrozenSet:
    for (const ConstantRef &item : c->items)
      mix((*this)(item));
    break;
  case Constant::Kind::Code:
    mix(std::hash<std::string>()(c->code->name));
    mix(size_t(c->code->firstlineno));
    break;
  default: break;
  }
  return h;
}

int Compiler::addConst(ConstantRef c) {
  auto &consts = unit_->consts;
  auto [it, inserted] = unit_->constIndex.try_emplace(c, int(consts.size()));
  if (inserted)
    consts.push_back(std::move(c));
  return it->second;
}

void Compiler::enterScope(const std::string &name, UnitKind kind, const Node *key,
                          int firstlineno) {
  auto unit = std::make_unique<CompilerUnit>();
  unit->ste = key ? st_.entryFor(key) : st_.top();
  unit->kind = kind;
  unit->name = name;
  unit->firstlineno = firstlineno;
  for (const std::string &v : unit->ste->varnames)
    unit->varnames.add(v);
  for (const std::string &c : unit->ste->namesWithScope(Scope::Cell))
    unit->cellvars.add(c);
  if (unit->ste->needsClassClosure)
    unit->cellvars.add("__class__");
  for (const std::string &f : unit->ste->namesWithScope(Scope::Free, DefFreeClass))
    unit->freevars.add(f);
  if (unit_)
    unit->privateName = unit_->privateName;
  unit->loc = Location{firstlineno, firstlineno, 0, 0};
  stack_.push_back(std::move(unit));
  unit_ = stack_.back().get();
  if (kind == UnitKind::Module)
    unit_->loc.line = 0;
  else
    setQualname();
  emit(Opcode::RESUME, 0);
}

// CPython's qualified names: nested in a function, "f.<locals>.g"; in a
// class, "C.g"; a name declared global starts over.
void Compiler::setQualname() {
  CompilerUnit &u = *unit_;
  if (stack_.size() < 2) {
    u.qualname = u.name;
    return;
  }
  CompilerUnit &parent = *stack_[stack_.size() - 2];
  bool forceGlobal = false;
  if (u.kind == UnitKind::Function || u.kind == UnitKind::AsyncFunction ||
      u.kind == UnitKind::Class) {
    std::string mangled = mangle(parent.privateName, u.name);
    if (parent.ste->scopeOf(mangled) == Scope::GlobalExplicit)
      forceGlobal = true;
  }
  std::string base;
  if (!forceGlobal) {
    if (parent.kind == UnitKind::Function || parent.kind == UnitKind::AsyncFunction ||
        parent.kind == UnitKind::Lambda)
      base = parent.qualname + ".<locals>";
    else if (parent.kind != UnitKind::Module)
      base = parent.qualname;
  }
  u.qualname = base.empty() ? u.name : base + "." + u.name;
}

std::shared_ptr<CodeObject> Compiler::exitScope() {
  CompilerUnit &u = *unit_;
  auto code = std::make_shared<CodeObject>();
  SymbolTableEntry *ste = u.ste;
  int flags = 0;
  if (ste->type == BlockType::Function) {
    flags |= CO_NEWLOCALS | CO_OPTIMIZED;
    if (ste->nested)
      flags |= CO_NESTED;
    if (ste->generator && !ste->coroutine)
      flags |= CO_GENERATOR;
    if (!ste->generator && ste->coroutine)
      flags |= CO_COROUTINE;
    if (ste->generator && ste->coroutine)
      flags |= CO_ASYNC_GENERATOR;
    if (ste->varargs)
      flags |= CO_VARARGS;
    if (ste->varkeywords)
      flags |= CO_VARKEYWORDS;
  }
  flags |= future_ & (CO_FUTURE_DIVISION | CO_FUTURE_ABSOLUTE_IMPORT | CO_FUTURE_WITH_STATEMENT |
                      CO_FUTURE_PRINT_FUNCTION | CO_FUTURE_UNICODE_LITERALS |
                      CO_FUTURE_BARRY_AS_BDFL | CO_FUTURE_GENERATOR_STOP |
                      CO_FUTURE_ANNOTATIONS);
  code->name = u.name;
  code->qualname = u.qualname.empty() ? u.name : u.qualname;
  code->filename = source_.filename();
  code->firstlineno = u.firstlineno;
  code->argcount = u.argcount + u.posonlyargcount;
  code->posonlyargcount = u.posonlyargcount;
  code->kwonlyargcount = u.kwonlyargcount;
  code->flags = flags;
  code->names = u.names.names();
  code->varnames = u.varnames.names();
  // co_cellvars lists the cells in localsplus order: parameters that are
  // cells (in co_varnames order), then the others (sorted).
  for (const std::string &v : u.varnames.names())
    if (u.cellvars.find(v) >= 0)
      code->cellvars.push_back(v);
  for (const std::string &c : u.cellvars.names())
    if (u.varnames.find(c) < 0)
      code->cellvars.push_back(c);
  code->freevars = u.freevars.names();

  // Cell and free variable operands index "localsplus": varnames, then the
  // cells that are not parameters, then the free variables.
  int nlocals = int(code->varnames.size());
  const std::vector<std::string> &unitCells = u.cellvars.names();
  std::vector<int> cellIndex(unitCells.size());
  int plainCells = 0;
  for (size_t i = 0; i < unitCells.size(); ++i) {
    int v = u.varnames.find(unitCells[i]);
    cellIndex[i] = v >= 0 ? v : nlocals + plainCells++;
  }
  int ncells = int(unitCells.size());
  auto fix = [&](int arg) {
    if (arg < ncells)
      return cellIndex[size_t(arg)];
    return nlocals + plainCells + (arg - ncells);
  };
  std::vector<int> makeCells = cellIndex;
  std::sort(makeCells.begin(), makeCells.end());
  u.assembler.fixArgs([&](Instr &i) {
    if (isDerefOp(i.op))
      i.arg = fix(i.arg);
  });
  bool isGen = flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR);
  u.assembler.assemble(*code, makeCells, int(code->freevars.size()), isGen, u.firstlineno,
                       u.consts, [this](ConstantRef c) { return addConst(std::move(c)); });
  code->consts = u.consts;
  if (size_t(u.assembler.maxConstIndex()) + 1 < code->consts.size())
    code->consts.resize(size_t(u.assembler.maxConstIndex()) + 1);
  stack_.pop_back();
  unit_ = stack_.empty() ? nullptr : stack_.back().get();
  return code;
}

bool Compiler::forbiddenName(const std::string &name, ExprContext ctx) {
  if (name != "__debug__")
    return false;
  if (ctx == ExprContext::Store)
    fail("cannot assign to __debug__");
  if (ctx == ExprContext::Del)
    fail("cannot delete __debug__");
  return false;
}

void Compiler::nameOp(const std::string &name, ExprContext ctx) {
  forbiddenName(name, ctx);
  std::string mangledStorage;
  const std::string &mangled = needsMangling(unit_->privateName, name)
                                   ? (mangledStorage = mangle(unit_->privateName, name))
                                   : name;
  SymbolTableEntry *ste = unit_->ste;
  Scope scope = ste->scopeOf(mangled);
  bool isFunction = ste->type == BlockType::Function;
  enum { Fast, Global, Deref, NameOp } optype = NameOp;
  int derefArg = 0;
  switch (scope) {
  case Scope::Free:
    optype = Deref;
    derefArg = int(unit_->cellvars.size()) + unit_->freevars.add(mangled);
    break;
  case Scope::Cell:
    optype = Deref;
    derefArg = unit_->cellvars.add(mangled);
    break;
  case Scope::Local:
    if (isFunction)
      optype = Fast;
    break;
  case Scope::GlobalImplicit:
    if (isFunction)
      optype = Global;
    break;
  case Scope::GlobalExplicit: optype = Global; break;
  default: break;
  }
  switch (optype) {
  case Deref:
    emit(ctx == ExprContext::Load
             ? (ste->type == BlockType::Class ? Opcode::LOAD_CLASSDEREF : Opcode::LOAD_DEREF)
         : ctx == ExprContext::Store ? Opcode::STORE_DEREF
                                     : Opcode::DELETE_DEREF,
         derefArg);
    return;
  case Fast:
    emit(ctx == ExprContext::Load    ? Opcode::LOAD_FAST
         : ctx == ExprContext::Store ? Opcode::STORE_FAST
                                     : Opcode::DELETE_FAST,
         unit_->varnames.add(mangled));
    return;
  case Global: {
    int idx = unit_->names.add(mangled);
    if (ctx == ExprContext::Load)
      emit(Opcode::LOAD_GLOBAL, idx << 1);
    else
      emit(ctx == ExprContext::Store ? Opcode::STORE_GLOBAL : Opcode::DELETE_GLOBAL, idx);
    return;
  }
  case NameOp: {
    int idx = unit_->names.add(mangled);
    emit(ctx == ExprContext::Load    ? Opcode::LOAD_NAME
         : ctx == ExprContext::Store ? Opcode::STORE_NAME
                                     : Opcode::DELETE_NAME,
         idx);
    return;
  }
  }
}

int Compiler::lookupClosureIndex(const std::string &name) {
  // A class's own __class__ is its cell; otherwise the symbol's scope says.
  if (unit_->kind == UnitKind::Class && name == "__class__")
    return unit_->cellvars.find(name);
  Scope scope = unit_->ste->scopeOf(name);
  if (scope == Scope::Cell)
    return unit_->cellvars.find(name);
  int f = unit_->freevars.find(name);
  return f < 0 ? -1 : int(unit_->cellvars.size()) + f;
}

void Compiler::makeClosure(const std::shared_ptr<CodeObject> &code, int flags) {
  if (!code->freevars.empty()) {
    for (const std::string &name : code->freevars) {
      int arg = lookupClosureIndex(name);
      if (arg < 0)
        fail("compiler error: no closure cell for '" + name + "'");
      emit(Opcode::LOAD_CLOSURE, arg);
    }
    flags |= MF_CLOSURE;
    emit(Opcode::BUILD_TUPLE, int(code->freevars.size()));
  }
  loadConst(Constant::codeObject(code));
  emit(Opcode::MAKE_FUNCTION, flags);
}

namespace {
bool findAnnotations(const StmtList &stmts);
bool findAnnotationsIn(const Stmt *s) {
  switch (s->nodeKind) {
  case NodeKind::AnnAssign: return true;
  case NodeKind::For: return findAnnotations(cast<For>(s)->body) || findAnnotations(cast<For>(s)->orelse);
  case NodeKind::AsyncFor:
    return findAnnotations(cast<AsyncFor>(s)->body) || findAnnotations(cast<AsyncFor>(s)->orelse);
  case NodeKind::While:
    return findAnnotations(cast<While>(s)->body) || findAnnotations(cast<While>(s)->orelse);
  case NodeKind::If: return findAnnotations(cast<If>(s)->body) || findAnnotations(cast<If>(s)->orelse);
  case NodeKind::With: return findAnnotations(cast<With>(s)->body);
  case NodeKind::AsyncWith: return findAnnotations(cast<AsyncWith>(s)->body);
  case NodeKind::Try:
  case NodeKind::TryStar: {
    const auto &handlers = isa<Try>(s) ? cast<Try>(s)->handlers : cast<TryStar>(s)->handlers;
    for (const ExceptHandler *h : handlers)
      if (findAnnotations(h->body))
        return true;
    if (isa<Try>(s))
      return findAnnotations(cast<Try>(s)->body) || findAnnotations(cast<Try>(s)->finalbody) ||
             findAnnotations(cast<Try>(s)->orelse);
    return findAnnotations(cast<TryStar>(s)->body) ||
           findAnnotations(cast<TryStar>(s)->finalbody) ||
           findAnnotations(cast<TryStar>(s)->orelse);
  }
  case NodeKind::Match:
    for (const MatchCase *c : cast<Match>(s)->cases)
      if (findAnnotations(c->body))
        return true;
    return false;
  default: return false;
  }
}
bool findAnnotations(const StmtList &stmts) {
  for (const Stmt *s : stmts)
    if (findAnnotationsIn(s))
      return true;
  return false;
}
} // namespace

// Module and class bodies: __annotations__ setup, docstring, statements.
void Compiler::body(const StmtList &stmts) {
  if (unit_->kind == UnitKind::Module && !stmts.empty())
    setLoc(stmts[0]);
  if (findAnnotations(stmts))
    emit(Opcode::SETUP_ANNOTATIONS);
  if (stmts.empty())
    return;
  size_t i = 0;
  if (optimize_ < 2) {
    if (const ConstantExpr *doc = docstringOf(stmts)) {
      i = 1;
      expr(doc);
      unsetLoc();
      nameOp("__doc__", ExprContext::Store);
    }
  }
  for (; i < stmts.size(); ++i)
    stmt(stmts[i]);
}

int Compiler::defaultArguments(const Arguments *args) {
  int flags = 0;
  if (!args->defaults.empty()) {
    exprs(args->defaults);
    emit(Opcode::BUILD_TUPLE, int(args->defaults.size()));
    flags |= MF_DEFAULTS;
  }
  std::vector<ConstantRef> keys;
  for (size_t i = 0; i < args->kwonlyargs.size(); ++i) {
    const Expr *def = args->kw_defaults[i];
    if (!def)
      continue;
    keys.push_back(Constant::str(mangle(unit_->privateName, args->kwonlyargs[i]->arg)));
    expr(def);
  }
  if (!keys.empty()) {
    int n = int(keys.size());
    loadConst(Constant::tuple(std::move(keys)));
    emit(Opcode::BUILD_CONST_KEY_MAP, n);
    flags |= MF_KWDEFAULTS;
  }
  return flags;
}

std::string Compiler::unparse(const Expr *e) { return unparseExpr(e); }

void Compiler::annotationValue(const Expr *annotation) {
  if (future_ & CO_FUTURE_ANNOTATIONS) {
    loadConst(Constant::str(unparse(annotation)));
  } else if (auto *st = dyn_cast<Starred>(annotation)) {
    // *args: *Ts  ->  [annotation] = [*Ts]
    expr(st->value);
    emit(Opcode::UNPACK_SEQUENCE, 1);
  } else {
    expr(annotation);
  }
}

bool Compiler::annotations(const Arguments *args, const Expr *returns) {
  int count = 0;
  auto one = [&](const std::string &name, const Expr *annotation) {
    if (!annotation)
      return;
    loadConst(Constant::str(mangle(unit_->privateName, name)));
    annotationValue(annotation);
    count += 2;
  };
  for (const Arg *a : args->args)
    one(a->arg, a->annotation);
  for (const Arg *a : args->posonlyargs)
    one(a->arg, a->annotation);
  if (args->vararg)
    one(args->vararg->arg, args->vararg->annotation);
  for (const Arg *a : args->kwonlyargs)
    one(a->arg, a->annotation);
  if (args->kwarg)
    one(args->kwarg->arg, args->kwarg->annotation);
  one("return", returns);
  if (!count)
    return false;
  emit(Opcode::BUILD_TUPLE, count);
  return true;
}

namespace {
void checkDebugArgs(Compiler &c, const Arguments *args) {
  auto check = [&](const Arg *a) {
    if (a && a->arg == "__debug__")
      c.failAt(a, "cannot assign to __debug__");
  };
  for (const Arg *a : args->posonlyargs)
    check(a);
  for (const Arg *a : args->args)
    check(a);
  check(args->vararg);
  for (const Arg *a : args->kwonlyargs)
    check(a);
  check(args->kwarg);
}
} // namespace

void Compiler::functionDef(const Stmt *s) {
  bool isAsync = isa<AsyncFunctionDef>(s);
  const std::string &name = isAsync ? cast<AsyncFunctionDef>(s)->name : cast<FunctionDef>(s)->name;
  const Arguments *args = isAsync ? cast<AsyncFunctionDef>(s)->args : cast<FunctionDef>(s)->args;
  const ExprList &decos =
      isAsync ? cast<AsyncFunctionDef>(s)->decorator_list : cast<FunctionDef>(s)->decorator_list;
  const Expr *returns = isAsync ? cast<AsyncFunctionDef>(s)->returns : cast<FunctionDef>(s)->returns;
  const StmtList &bodyStmts = isAsync ? cast<AsyncFunctionDef>(s)->body : cast<FunctionDef>(s)->body;

  checkDebugArgs(*this, args);
  decorators(decos);
  int firstlineno = decos.empty() ? s->lineno : decos[0]->lineno;
  int flags = defaultArguments(args);
  if (annotations(args, returns))
    flags |= MF_ANNOTATIONS;
  enterScope(name, isAsync ? UnitKind::AsyncFunction : UnitKind::Function, s, firstlineno);
  const ConstantExpr *doc = optimize_ < 2 ? docstringOf(bodyStmts) : nullptr;
  addConst(doc ? doc->value : Constant::none());
  unit_->argcount = int(args->args.size());
  unit_->posonlyargcount = int(args->posonlyargs.size());
  unit_->kwonlyargcount = int(args->kwonlyargs.size());
  for (size_t i = doc ? 1 : 0; i < bodyStmts.size(); ++i)
    stmt(bodyStmts[i]);
  if (!unit_->assembler.currentEndsWithTerminator()) {
    unsetLoc();
    loadConst(Constant::none());
    emit(Opcode::RETURN_VALUE);
  }
  auto code = exitScope();
  setLoc(s);
  makeClosure(code, flags);
  applyDecorators(decos);
  nameOp(name, ExprContext::Store);
}

// Each decorator is called on its own line, innermost first.
void Compiler::applyDecorators(const ExprList &decos) {
  Location saved = unit_->loc;
  for (size_t i = decos.size(); i-- > 0;) {
    setLoc(decos[i]);
    emit(Opcode::PRECALL, 0);
    emit(Opcode::CALL, 0);
  }
  unit_->loc = saved;
}

void Compiler::lambda(const Lambda *e) {
  checkDebugArgs(*this, e->args);
  int flags = defaultArguments(e->args);
  enterScope("<lambda>", UnitKind::Lambda, e, e->lineno);
  addConst(Constant::none());
  unit_->argcount = int(e->args->args.size());
  unit_->posonlyargcount = int(e->args->posonlyargs.size());
  unit_->kwonlyargcount = int(e->args->kwonlyargs.size());
  setLoc(e->body);
  expr(e->body);
  if (!unit_->ste->generator)
    emit(Opcode::RETURN_VALUE);
  else if (!unit_->assembler.currentEndsWithTerminator()) {
    unsetLoc();
    emit(Opcode::RETURN_VALUE);
  }
  auto code = exitScope();
  setLoc(e);
  makeClosure(code, flags);
}

void Compiler::classDef(const ClassDef *s) {
  decorators(s->decorator_list);
  int firstlineno = s->decorator_list.empty() ? s->lineno : s->decorator_list[0]->lineno;
  enterScope(s->name, UnitKind::Class, s, firstlineno);
  unit_->privateName = s->name;
  nameOp("__name__", ExprContext::Load);
  nameOp("__module__", ExprContext::Store);
  loadConst(Constant::str(unit_->qualname));
  nameOp("__qualname__", ExprContext::Store);
  body(s->body);
  unsetLoc();
  if (unit_->ste->needsClassClosure) {
    emit(Opcode::LOAD_CLOSURE, unit_->cellvars.find("__class__"));
    emit(Opcode::COPY, 1);
    nameOp("__classcell__", ExprContext::Store);
  } else {
    loadConst(Constant::none());
  }
  emit(Opcode::RETURN_VALUE);
  auto code = exitScope();
  setLoc(s);
  emit(Opcode::PUSH_NULL);
  emit(Opcode::LOAD_BUILD_CLASS);
  makeClosure(code, 0);
  loadConst(Constant::str(s->name));
  callHelper(2, s->bases, s->keywords);
  applyDecorators(s->decorator_list);
  nameOp(s->name, ExprContext::Store);
}

std::shared_ptr<CodeObject> Compiler::compileModule(const Mod *mod) {
  try {
    enterScope("<module>", UnitKind::Module, nullptr, 1);
    bool addNone = true;
    if (auto *m = dyn_cast<Module>(mod)) {
      body(m->body);
    } else if (auto *in = dyn_cast<Interactive>(mod)) {
      if (findAnnotations(in->body))
        emit(Opcode::SETUP_ANNOTATIONS);
      stmts(in->body);
    } else if (auto *ex = dyn_cast<Expression>(mod)) {
      expr(ex->body);
      addNone = false;
    }
    if (!unit_->assembler.currentEndsWithTerminator()) {
      unsetLoc();
      if (addNone)
        loadConst(Constant::none());
      emit(Opcode::RETURN_VALUE);
    }
    return exitScope();
  } catch (const Failure &) {
    return nullptr;
  }
}

} // namespace detail

namespace {

/// Reads the leading `from __future__ import` statements (CPython's
/// future.c): their feature flags, and errors for unknown features.
bool parseFuture(const Mod *mod, const Source &source, int &flags, int &lastLine,
                 SyntaxErrorInfo &err) {
  flags = 0;
  lastLine = 0;
  const StmtList *body = nullptr;
  if (auto *m = dyn_cast<Module>(mod))
    body = &m->body;
  else if (auto *in = dyn_cast<Interactive>(mod))
    body = &in->body;
  if (!body || body->empty())
    return true;
  size_t i = 0;
  if (auto *e = dyn_cast<ExprStmt>((*body)[0]))
    if (auto *c = dyn_cast<ConstantExpr>(e->value))
      if (c->value->kind == Constant::Kind::Str && isa<Module>(mod))
        i = 1;
  bool done = false;
  int prevLine = 0;
  auto fail = [&](const Stmt *s, const std::string &msg) {
    err = SyntaxErrorInfo();
    err.msg = msg;
    err.filename = source.filename();
    err.line = s->lineno;
    err.col = s->col_offset;
    err.endLine = s->lineno;
    err.endCol = -1;
    err.text = std::string(source.line(s->lineno));
    return false;
  };
  for (; i < body->size(); ++i) {
    const Stmt *s = (*body)[i];
    if (done && s->lineno > prevLine)
      return true;
    prevLine = s->lineno;
    auto *imp = dyn_cast<ImportFrom>(s);
    if (imp && imp->module == "__future__") {
      if (done) {
        // CPython reports this one a column to the left of the statement.
        fail(s, "from __future__ imports must occur at the beginning of the file");
        err.col = s->col_offset - 1;
        return false;
      }
      for (const Alias *a : imp->names) {
        const std::string &f = a->name;
        if (f == "nested_scopes" || f == "generators" || f == "with_statement" ||
            f == "division" || f == "absolute_import" || f == "print_function" ||
            f == "unicode_literals" || f == "generator_stop") {
          // Mandatory in Python 3: accepted, and no flag is set.
        } else if (f == "barry_as_FLUFL") {
          flags |= CO_FUTURE_BARRY_AS_BDFL;
        } else if (f == "annotations") {
          flags |= CO_FUTURE_ANNOTATIONS;
        } else if (f == "braces") {
          return fail(s, "not a chance");
        } else {
          return fail(s, "future feature " + f + " is not defined");
        }
      }
      lastLine = s->lineno;
    } else {
      done = true;
    }
  }
  return true;
}

} // namespace

std::shared_ptr<CodeObject> compileModule(const Mod *mod, const Source &source, ParseMode mode,
                                          SyntaxErrorInfo &err, int optimize) {
  int futureFlags = 0, futureLine = 0;
  if (!parseFuture(mod, source, futureFlags, futureLine, err))
    return nullptr;
  // Constants are folded before scope analysis, as in CPython.
  AstArena folded;
  if (!optimizeAst(const_cast<Mod *>(mod), folded, optimize,
                   futureFlags & CO_FUTURE_ANNOTATIONS)) {
    err = SyntaxErrorInfo();
    err.type = "RecursionError";
    err.msg = "maximum recursion depth exceeded during compilation";
    err.noLocation = true;
    return nullptr;
  }
  SymbolTable st;
  if (!st.build(mod, futureFlags, source.filename(), source, err))
    return nullptr;
  detail::Compiler c(source, st, futureFlags, mode, optimize);
  c.futureLocation = Location{futureLine, futureLine, 0, 0};
  auto code = c.compileModule(mod);
  if (!code)
    err = c.error;
  err.warnings = std::move(c.warnings);
  return code;
}

std::shared_ptr<CodeObject> compileSource(const Source &source, ParseMode mode,
                                          SyntaxErrorInfo &err, int optimize) {
  AstArena arena;
  Mod *mod = parseSource(source, arena, mode, err);
  if (!mod)
    return nullptr;
  return compileModule(mod, source, mode, err, optimize);
}

} // namespace kiln::frontend
