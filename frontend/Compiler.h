//===- Compiler.h - AST to code objects ----------------------------------===//
///
/// The bytecode compiler follows CPython 3.11's code generation: the same
/// instruction selection, the same order of visiting sub-expressions (which
/// fixes the order of co_names and co_varnames), the same exception-table
/// shapes for try/with/finally and the same error messages. One
/// CompilerUnit per code object under construction; the symbol table says
/// which opcode family each name uses.
///
//===----------------------------------------------------------------------===//
#pragma once

#include "frontend/Assembler.h"
#include "frontend/Ast.h"
#include "frontend/CodeObject.h"
#include "frontend/Diagnostic.h"
#include "frontend/Parser.h"
#include "frontend/Source.h"
#include "frontend/SymbolTable.h"

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace kiln::frontend {

/// Parses, analyzes and compiles \p source. Returns null with \p err set on
/// a SyntaxError.
std::shared_ptr<CodeObject> compileSource(const Source &source, ParseMode mode,
                                          SyntaxErrorInfo &err, int optimize = 0);

/// Compiles an already parsed module; its constants are folded in place.
std::shared_ptr<CodeObject> compileModule(const Mod *mod, const Source &source, ParseMode mode,
                                          SyntaxErrorInfo &err, int optimize = 0);

namespace detail {

enum class UnitKind { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

/// A try/loop/with region the compiler is inside of, for unwinding on
/// return/break/continue (CPython's fblockinfo).
enum class FBlockKind {
  WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup,
  PopValue, ExceptionHandler, ExceptionGroupHandler, AsyncComprehensionGenerator
};

struct FBlock {
  FBlockKind kind;
  BasicBlock *block;
  BasicBlock *exit;
  const void *datum; ///< finally body (StmtList*), With stmt, handler name (std::string*)
};

/// Insertion-ordered name -> index table (co_names, co_varnames, ...).
class NameTable {
public:
  int add(const std::string &name) {
    auto it = index_.find(name);
    if (it != index_.end())
      return it->second;
    int i = int(names_.size());
    names_.push_back(name);
    index_[name] = i;
    return i;
  }
  int find(const std::string &name) const {
    auto it = index_.find(name);
    return it == index_.end() ? -1 : it->second;
  }
  const std::vector<std::string> &names() const { return names_; }
  size_t size() const { return names_.size(); }

private:
  std::vector<std::string> names_;
  std::unordered_map<std::string, int> index_;
};

/// Hashing and equality of constants for co_consts deduplication: same
/// type and same value (Constant::identical), code objects by value.
struct ConstantHash {
  size_t operator()(const ConstantRef &c) const;
};
struct ConstantSame {
  bool operator()(const ConstantRef &a, const ConstantRef &b) const {
    return a->identical(*b);
  }
};

struct CompilerUnit {
  SymbolTableEntry *ste = nullptr;
  UnitKind kind = UnitKind::Module;
  std::string name, qualname, privateName;
  int firstlineno = 1;
  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  std::vector<ConstantRef> consts;
  /// Constant -> index in consts, by type and value (see ConstantHash).
  std::unordered_map<ConstantRef, int, ConstantHash, ConstantSame> constIndex;
  NameTable names, varnames, cellvars, freevars;
  Assembler assembler;
  std::vector<FBlock> fblocks;
  Location loc;  ///< location of the node being compiled
  bool inInlinedComprehension = false;
};

class Compiler {
public:
  Compiler(const Source &source, SymbolTable &st, int futureFlags, ParseMode mode, int optimize)
      : source_(source), st_(st), future_(futureFlags), mode_(mode), optimize_(optimize) {}

  std::shared_ptr<CodeObject> compileModule(const Mod *mod);
  SyntaxErrorInfo error;
  Location futureLocation{0, 0, 0, 0}; ///< the end of the __future__ imports
  std::vector<CompileWarning> warnings; ///< SyntaxWarnings (CompilerWarnings.cpp)

  // ---- Compile-time warnings (CompilerWarnings.cpp) ----
  void warn(const Node *at, std::string msg);
  void checkCompare(const Compare *e);
  void checkCaller(const Call *e);
  void checkSubscript(const Subscript *e);
  void checkAssert(const Assert *s);

  struct Failure {};

  // ---- Units and emission (Compiler.cpp) ----
  void enterScope(const std::string &name, UnitKind kind, const Node *key, int firstlineno);
  std::shared_ptr<CodeObject> exitScope();
  void setQualname();
  CompilerUnit &u() { return *unit_; }
  void setLoc(const Node *n) {
    unit_->loc = Location{n->lineno, n->end_lineno, n->col_offset, n->end_col_offset};
  }
  void unsetLoc() { unit_->loc = Location{-1, -1, -1, -1}; }
  void emit(Opcode op, int arg = 0) { unit_->assembler.emit(int(op), arg, unit_->loc); }
  void emitPseudo(PseudoOp op) { unit_->assembler.emit(int(op), 0, unit_->loc); }
  void emitNoLine(int op, int arg = 0) { unit_->assembler.emit(op, arg, Location{-1, -1, -1, -1}); }
  void emitJump(int op, BasicBlock *target) { unit_->assembler.emitJump(op, target, unit_->loc); }
  void emitJumpNoLine(int op, BasicBlock *target) {
    unit_->assembler.emitJump(op, target, Location{-1, -1, -1, -1});
  }
  BasicBlock *newBlock() { return unit_->assembler.newBlock(); }
  void useNextBlock(BasicBlock *b) { unit_->assembler.useNextBlock(b); }
  void nextBlock() { unit_->assembler.nextBlock(); }
  int addConst(ConstantRef c);
  void loadConst(ConstantRef c) { emit(Opcode::LOAD_CONST, addConst(std::move(c))); }
  int addName(const std::string &name) {
    if (!needsMangling(unit_->privateName, name))
      return unit_->names.add(name);
    return unit_->names.add(mangle(unit_->privateName, name));
  }
  void emitName(Opcode op, const std::string &name) { emit(op, addName(name)); }
  [[noreturn]] void fail(const std::string &msg);
  [[noreturn]] void failAt(const Node *n, const std::string &msg);

  void nameOp(const std::string &name, ExprContext ctx);
  bool forbiddenName(const std::string &name, ExprContext ctx);
  int lookupClosureIndex(const std::string &name);
  void makeClosure(const std::shared_ptr<CodeObject> &code, int flags);
  void body(const StmtList &stmts);
  bool isTopLevelAwait() const { return false; }

  // ---- Functions and classes ----
  void functionDef(const Stmt *s);
  void classDef(const ClassDef *s);
  void lambda(const Lambda *e);
  int defaultArguments(const Arguments *args);
  bool annotations(const Arguments *args, const Expr *returns);
  void annotationValue(const Expr *annotation);
  void applyDecorators(const ExprList &decos);
  void decorators(const ExprList &decos) {
    for (const Expr *d : decos)
      expr(d);
  }

  // ---- Statements (CompilerStmt.cpp) ----
  void stmt(const Stmt *s);
  void stmts(const StmtList &list) {
    for (const Stmt *s : list)
      stmt(s);
  }
  void assignTargets(const Expr *target);
  void augAssign(const AugAssign *s);
  void annAssign(const AnnAssign *s);
  void forStmt(const For *s);
  void asyncFor(const AsyncFor *s);
  void whileStmt(const While *s);
  void ifStmt(const If *s);
  void returnStmt(const Return *s);
  void breakStmt(const Stmt *s);
  void continueStmt(const Stmt *s);
  void tryStmt(const Try *s);
  void tryExcept(const Try *s);
  void tryFinally(const Try *s);
  void tryFinallyRegion(const StmtList &finalbody, const std::function<void()> &tryBody);
  void tryStar(const TryStar *s);
  void tryStarExcept(const TryStar *s);
  void tryStarFinally(const TryStar *s);
  void withStmt(const With *s, size_t pos);
  void asyncWith(const AsyncWith *s, size_t pos);
  void withExceptFinish(BasicBlock *cleanup);
  void callExitWithNones();
  void importStmt(const Import *s);
  void importFrom(const ImportFrom *s);
  void importAs(const std::string &name, const std::string &asname);
  void raiseStmt(const Raise *s);
  void assertStmt(const Assert *s);
  void exprStmt(const ExprStmt *s);
  void deleteStmt(const Delete *s);
  void pushFBlock(FBlockKind kind, BasicBlock *block, BasicBlock *exit, const void *datum);
  void popFBlock(FBlockKind kind, BasicBlock *block);
  void unwindFBlock(const FBlock &f, bool preserveTos);
  /// Unwinds to the innermost loop (copied to \p loop; true if found) or,
  /// with \p loop null, all the way out.
  bool unwindFBlockStack(bool preserveTos, FBlock *loop);
  void popExceptAndReraise();

  // ---- Expressions (CompilerExpr.cpp) ----
  void expr(const Expr *e);
  void exprs(const ExprList &list) {
    for (const Expr *e : list)
      expr(e);
  }
  void jumpIf(const Expr *e, BasicBlock *next, bool cond);
  void compare(const Compare *e);
  void compareOp(CmpOpKind op);
  void boolOp(const BoolOp *e);
  void call(const Call *e);
  bool maybeOptimizeMethodCall(const Call *e);
  void callHelper(int n, const ExprList &args, const KeywordList &keywords);
  void callSimpleKwHelper(const KeywordList &keywords);
  void subkwargs(const KeywordList &keywords, size_t begin, size_t end);
  void starunpackHelper(const ExprList &elts, int pushed, Opcode build, Opcode add,
                        Opcode extend, bool tuple);
  void unpackHelper(const ExprList &elts);
  void assignmentHelper(const ExprList &elts);
  void dict(const Dict *e);
  void subdict(const Dict *e, size_t begin, size_t end);
  void comprehension(const Expr *e, const std::string &name, int type,
                     const ComprehensionList &gens, const Expr *elt, const Expr *val);
  void comprehensionGenerator(const ComprehensionList &gens, size_t index, int depth,
                              const Expr *elt, const Expr *val, int type);
  void syncComprehensionGenerator(const ComprehensionList &gens, size_t index, int depth,
                                  const Expr *elt, const Expr *val, int type);
  void asyncComprehensionGenerator(const ComprehensionList &gens, size_t index, int depth,
                                   const Expr *elt, const Expr *val, int type);
  void joinedStr(const JoinedStr *e);
  void formattedValue(const FormattedValue *e);
  void slice(const Slice *e);
  void addYieldFrom(bool await);
  void visitKeyword(const Keyword *k) { expr(k->value); }
  bool isImportOriginated(const Expr *e);
  void validateKeywords(const KeywordList &keywords);

  // ---- Pattern matching (CompilerPattern.cpp) ----
  void matchStmt(const Match *s);

  // ---- Future annotations ----
  std::string unparse(const Expr *e);

private:
  const Source &source_;
  SymbolTable &st_;
  int future_;
  ParseMode mode_;
  int optimize_;
  std::vector<std::unique_ptr<CompilerUnit>> stack_;
  CompilerUnit *unit_ = nullptr;
  friend struct PatternCompiler;
};

} // namespace detail
} // namespace kiln::frontend
