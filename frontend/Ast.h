//===- Ast.h - The Python 3.11 abstract syntax tree ----------------------===//
///
/// Node classes are generated from Ast.def: one struct per class of
/// CPython's `ast` module, deriving from Mod, Stmt, Expr, Pattern or plain
/// Node. Every node carries CPython's four position attributes (columns in
/// UTF-8 bytes); `ast.dump` prints them only for the classes that have them.
/// Nodes live in an AstArena and are freed with it.
///
/// Use isa<T>(n) / dyn_cast<T>(n) / cast<T>(n) to inspect node classes.
///
//===----------------------------------------------------------------------===//
#pragma once

#include "frontend/Constant.h"

#include <cassert>
#include <cstddef>
#include <new>
#include <memory>
#include <string>
#include <vector>

namespace kiln::frontend {

enum class NodeKind : uint8_t {
#define AST_NODE(Name, Base, HasPositions) Name,
#include "frontend/Ast.def"
};

enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOpKind : uint8_t { And, Or };
enum class BinOpKind : uint8_t {
  Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor,
  BitAnd, FloorDiv
};
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

struct Node {
  explicit Node(NodeKind k) : nodeKind(k) {}
  virtual ~Node() = default;
  NodeKind nodeKind;
  int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
  /// Written inside parentheses (not part of the AST; the parser's error
  /// messages and annotated assignments depend on it).
  bool parenthesized = false;
  /// With parentheses, where the outermost '(' starts and its ')' ends:
  /// an enclosing node's range covers them (`(a).b` starts at the '(').
  int outerLineno = 0, outerCol = 0, outerEndLineno = 0, outerEndCol = 0;

  int startLine() const { return parenthesized ? outerLineno : lineno; }
  int startCol() const { return parenthesized ? outerCol : col_offset; }
  int endLine() const { return parenthesized ? outerEndLineno : end_lineno; }
  int endCol() const { return parenthesized ? outerEndCol : end_col_offset; }

  /// Copies the start of \p from and the end of \p to.
  void setSpan(const Node *from, const Node *to) {
    lineno = from->startLine();
    col_offset = from->startCol();
    end_lineno = to->endLine();
    end_col_offset = to->endCol();
  }
};
struct Mod : Node { using Node::Node; };
struct Stmt : Node { using Node::Node; };
struct Expr : Node { using Node::Node; };
struct Pattern : Node { using Node::Node; };

#define AST_NODE(Name, Base, HasPositions) struct Name;
#include "frontend/Ast.def"

using ExprP = Expr *;
using OptExpr = Expr *;
using ExprList = std::vector<Expr *>;
using OptExprList = std::vector<Expr *>; ///< may hold nulls (Dict keys, kw_defaults)
using StmtList = std::vector<Stmt *>;
using Identifier = std::string;
using OptIdentifier = std::string; ///< empty means None
using IdentifierList = std::vector<std::string>;
using String = std::string;
using OptString = std::string; ///< empty means None
using Int = int;
using ConstantValue = ConstantRef;
using CmpOpList = std::vector<CmpOpKind>;
using ArgumentsP = Arguments *;
using OptArg = Arg *;
using ArgList = std::vector<Arg *>;
using KeywordList = std::vector<Keyword *>;
using AliasList = std::vector<Alias *>;
using WithItemList = std::vector<WithItem *>;
using MatchCaseList = std::vector<MatchCase *>;
using PatternP = Pattern *;
using OptPattern = Pattern *;
using PatternList = std::vector<Pattern *>;
using ExceptHandlerList = std::vector<ExceptHandler *>;
using ComprehensionList = std::vector<Comprehension *>;
using TypeIgnoreList = std::vector<TypeIgnore *>;

#define AST_NODE(Name, Base, HasPositions)                                     \
  struct Name final : Base {                                                   \
    static constexpr NodeKind kKind = NodeKind::Name;                          \
    Name() : Base(NodeKind::Name) {}
#define AST_FIELD(Type, name) Type name{};
#define AST_END(Name)                                                          \
  }                                                                            \
  ;
#include "frontend/Ast.def"

template <typename T> bool isa(const Node *n) { return n && n->nodeKind == T::kKind; }
template <typename T> T *dyn_cast(Node *n) { return isa<T>(n) ? static_cast<T *>(n) : nullptr; }
template <typename T> const T *dyn_cast(const Node *n) {
  return isa<T>(n) ? static_cast<const T *>(n) : nullptr;
}
template <typename T> T *cast(Node *n) {
  assert(isa<T>(n));
  return static_cast<T *>(n);
}
template <typename T> const T *cast(const Node *n) {
  assert(isa<T>(n));
  return static_cast<const T *>(n);
}

/// Owns the nodes of one parse. Nodes are bump-allocated in large chunks
/// (a parse makes hundreds of thousands) and destroyed with the arena.
class AstArena {
public:
  AstArena() = default;
  AstArena(const AstArena &) = delete;
  AstArena &operator=(const AstArena &) = delete;
  ~AstArena() {
    for (Node *n : nodes_)
      n->~Node();
    for (char *c : chunks_)
      ::operator delete(c);
  }
  template <typename T> T *make() {
    static_assert(alignof(T) <= alignof(std::max_align_t));
    size_t size = (sizeof(T) + alignof(std::max_align_t) - 1) & ~(alignof(std::max_align_t) - 1);
    if (left_ < size) {
      size_t chunk = size > kChunk ? size : kChunk;
      chunks_.push_back(static_cast<char *>(::operator new(chunk)));
      next_ = chunks_.back();
      left_ = chunk;
    }
    T *raw = new (next_) T();
    next_ += size;
    left_ -= size;
    nodes_.push_back(raw);
    return raw;
  }

private:
  static constexpr size_t kChunk = 64 * 1024;
  std::vector<char *> chunks_;
  std::vector<Node *> nodes_;
  char *next_ = nullptr;
  size_t left_ = 0;
};

/// The name of a node class as Python's ast module spells it.
const char *astClassName(NodeKind kind);
/// `ast.dump(node)` (one line), with positions if \p includeAttributes.
/// False if the tree is nested too deeply (CPython's RecursionError
/// "maximum recursion depth exceeded during ast construction").
bool dumpAst(const Node *node, bool includeAttributes, std::string &out);

} // namespace kiln::frontend
