//===- AstDump.cpp - ast.dump() for Kiln's AST ---------------------------===//
//
// Prints what CPython 3.11's `ast.dump(node)` prints: fields as keywords in
// `_fields` order, optional fields left out when None, lists always shown,
// and with include_attributes the four positions after the fields.
//
//===----------------------------------------------------------------------===//
#include "frontend/Ast.h"

namespace kiln::frontend {

namespace {

/// CPython's limit for turning the AST into Python objects.
constexpr int kMaxAstDepth = 2990;
struct TooDeep {};

class Dumper {
public:
  explicit Dumper(bool attrs) : attrs_(attrs) {}
  std::string out;

  void node(const Node *n);

private:
  bool attrs_;
  int depth_ = 0;

  // One field: "name=value", preceded by ", " unless it is the first.
  struct Fields {
    Dumper &d;
    bool first = true;
    void sep() {
      if (!first)
        d.out += ", ";
      first = false;
    }
    void key(const char *name) {
      sep();
      d.out += name;
      d.out += '=';
    }
  };

  void value(Fields &f, const char *name, const Node *n) {
    if (!n)
      return; // optional node left out
    f.key(name);
    node(n);
  }
  template <typename T>
  void value(Fields &f, const char *name, const std::vector<T *> &list) {
    f.key(name);
    out += '[';
    for (size_t i = 0; i < list.size(); ++i) {
      if (i)
        out += ", ";
      if (list[i])
        node(list[i]);
      else
        out += "None";
    }
    out += ']';
  }
  void value(Fields &f, const char *name, const std::string &s, bool optional) {
    if (optional && s.empty())
      return;
    f.key(name);
    out += reprStr(s);
  }
  void value(Fields &f, const char *name, const std::vector<std::string> &list) {
    f.key(name);
    out += '[';
    for (size_t i = 0; i < list.size(); ++i) {
      if (i)
        out += ", ";
      out += reprStr(list[i]);
    }
    out += ']';
  }
  void value(Fields &f, const char *name, int v) {
    f.key(name);
    out += std::to_string(v);
  }
  void value(Fields &f, const char *name, const ConstantRef &c) {
    f.key(name);
    out += c ? c->repr() : "None";
  }
  void value(Fields &f, const char *name, ExprContext c) {
    f.key(name);
    out += c == ExprContext::Load ? "Load()" : c == ExprContext::Store ? "Store()" : "Del()";
  }
  void value(Fields &f, const char *name, BoolOpKind k) {
    f.key(name);
    out += k == BoolOpKind::And ? "And()" : "Or()";
  }
  void value(Fields &f, const char *name, BinOpKind k) {
    static const char *names[] = {"Add()",    "Sub()",    "Mult()",  "MatMult()", "Div()",
                                  "Mod()",    "Pow()",    "LShift()", "RShift()", "BitOr()",
                                  "BitXor()", "BitAnd()", "FloorDiv()"};
    f.key(name);
    out += names[int(k)];
  }
  void value(Fields &f, const char *name, UnaryOpKind k) {
    static const char *names[] = {"Invert()", "Not()", "UAdd()", "USub()"};
    f.key(name);
    out += names[int(k)];
  }
  void value(Fields &f, const char *name, const std::vector<CmpOpKind> &ops) {
    static const char *names[] = {"Eq()", "NotEq()", "Lt()", "LtE()", "Gt()",
                                  "GtE()", "Is()",   "IsNot()", "In()", "NotIn()"};
    f.key(name);
    out += '[';
    for (size_t i = 0; i < ops.size(); ++i) {
      if (i)
        out += ", ";
      out += names[int(ops[i])];
    }
    out += ']';
  }
};

// Field printing per declared field type: optional strings/identifiers are
// left out when empty, required ones always printed.
#define DUMP_Identifier(name) value(f, #name, n->name, false);
#define DUMP_OptIdentifier(name) value(f, #name, n->name, true);
#define DUMP_String(name) value(f, #name, n->name, false);
#define DUMP_OptString(name) value(f, #name, n->name, true);
#define DUMP_DEFAULT(name) value(f, #name, n->name);

void Dumper::node(const Node *node) {
  if (++depth_ > kMaxAstDepth)
    throw TooDeep{};
  struct Leave {
    int &d;
    ~Leave() { --d; }
  } leave{depth_};
  switch (node->nodeKind) {
#define AST_NODE(Name, Base, HasPositions)                                     \
  case NodeKind::Name: {                                                       \
    const auto *n = static_cast<const Name *>(node);                           \
    (void)n;                                                                   \
    out += astClassName(NodeKind::Name);                                       \
    out += '(';                                                                \
    Fields f{*this};                                                           \
    constexpr bool hasPositions = HasPositions;
#define AST_FIELD(Type, name) DUMP_FIELD_##Type(name)
#define AST_END(Name)                                                          \
  if (hasPositions && attrs_) {                                                \
    value(f, "lineno", n->lineno);                                             \
    value(f, "col_offset", n->col_offset);                                     \
    value(f, "end_lineno", n->end_lineno);                                     \
    value(f, "end_col_offset", n->end_col_offset);                             \
  }                                                                            \
  out += ')';                                                                  \
  break;                                                                       \
  }
#define DUMP_FIELD_Identifier(name) DUMP_Identifier(name)
#define DUMP_FIELD_OptIdentifier(name) DUMP_OptIdentifier(name)
#define DUMP_FIELD_String(name) DUMP_String(name)
#define DUMP_FIELD_OptString(name) DUMP_OptString(name)
#define DUMP_FIELD_ExprP(name) DUMP_DEFAULT(name)
#define DUMP_FIELD_OptExpr(name) DUMP_DEFAULT(name)
#define DUMP_FIELD_ExprList(name) DUMP_DEFAULT(name)
#define DUMP_FIELD_OptExprList(name) DUMP_DEFAULT(name)
#define DUMP_FIELD_StmtList(name) DUMP_DEFAULT(name)
#define DUMP_FIELD_IdentifierList(name) DUMP_DEFAULT(name)
// TypeIgnore's `lineno` field is spelled lineno_ to keep it apart from the
// position attribute.
#define DUMP_FIELD_Int(name)                                                   \
  value(f, #name[sizeof(#name) - 2] == '_' ? "lineno" : #name, n->name);
#define DUMP_FIELD_ConstantValue(name) DUMP_DEFAULT(name)
#define DUMP_FIELD_ExprContext(name) DUMP_DEFAULT(name)
#define DUMP_FIELD_BoolOpKind(name) DUMP_DEFAULT(name)
#define DUMP_FIELD_BinOpKind(name) DUMP_DEFAULT(name)
#define DUMP_FIELD_UnaryOpKind(name) DUMP_DEFAULT(name)
#define DUMP_FIELD_CmpOpList(name) DUMP_DEFAULT(name)
#define DUMP_FIELD_ArgumentsP(name) DUMP_DEFAULT(name)
#define DUMP_FIELD_OptArg(name) DUMP_DEFAULT(name)
#define DUMP_FIELD_ArgList(name) DUMP_DEFAULT(name)
#define DUMP_FIELD_KeywordList(name) DUMP_DEFAULT(name)
#define DUMP_FIELD_AliasList(name) DUMP_DEFAULT(name)
#define DUMP_FIELD_WithItemList(name) DUMP_DEFAULT(name)
#define DUMP_FIELD_MatchCaseList(name) DUMP_DEFAULT(name)
#define DUMP_FIELD_PatternP(name) DUMP_DEFAULT(name)
#define DUMP_FIELD_OptPattern(name) DUMP_DEFAULT(name)
#define DUMP_FIELD_PatternList(name) DUMP_DEFAULT(name)
#define DUMP_FIELD_ExceptHandlerList(name) DUMP_DEFAULT(name)
#define DUMP_FIELD_ComprehensionList(name) DUMP_DEFAULT(name)
#define DUMP_FIELD_TypeIgnoreList(name) DUMP_DEFAULT(name)
#include "frontend/Ast.def"
  }
}

} // namespace

const char *astClassName(NodeKind kind) {
  switch (kind) {
  case NodeKind::ExprStmt: return "Expr";
  case NodeKind::ConstantExpr: return "Constant";
  case NodeKind::Comprehension: return "comprehension";
  case NodeKind::Arguments: return "arguments";
  case NodeKind::Arg: return "arg";
  case NodeKind::Keyword: return "keyword";
  case NodeKind::Alias: return "alias";
  case NodeKind::WithItem: return "withitem";
  case NodeKind::MatchCase: return "match_case";
  default: break;
  }
  static const char *names[] = {
#define AST_NODE(Name, Base, HasPositions) #Name,
#include "frontend/Ast.def"
  };
  return names[int(kind)];
}

bool dumpAst(const Node *node, bool includeAttributes, std::string &out) {
  Dumper d(includeAttributes);
  try {
    d.node(node);
  } catch (const TooDeep &) {
    return false;
  }
  out = std::move(d.out);
  return true;
}

} // namespace kiln::frontend
