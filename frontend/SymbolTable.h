//===- SymbolTable.h - Scope analysis ------------------------------------===//
///
/// Decides, for every name of every block (module, class, function, lambda,
/// comprehension, and the annotation blocks of `from __future__ import
/// annotations`), whether it is local, a cell, free, global-explicit or
/// global-implicit, exactly as CPython 3.11's symtable does. That choice
/// picks the opcode family the compiler uses: *_FAST, *_DEREF, *_GLOBAL or
/// *_NAME.
///
/// Two passes, as in CPython. Pass one walks the AST and records what each
/// block does with each name (assigns, uses, declares global/nonlocal,
/// takes as a parameter...). Pass two walks the block tree top-down with
/// the sets of names bound and declared global in enclosing blocks, and
/// bottom-up with the names children need from their parents: a local
/// needed by a child becomes a cell; a name a child needs that this block
/// does not bind is passed up as free.
///
//===----------------------------------------------------------------------===//
#pragma once

#include "frontend/Ast.h"
#include "frontend/Diagnostic.h"

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace kiln::frontend {

/// What a block does with a name (CPython's DEF_* flags).
enum SymbolFlag : unsigned {
  DefGlobal = 1,      ///< global statement
  DefLocal = 2,       ///< assigned (or deleted) in this block
  DefParam = 4,       ///< a parameter
  DefNonlocal = 8,    ///< nonlocal statement
  Use = 16,           ///< read
  DefFree = 32,       ///< unused by CPython 3.11 itself
  DefFreeClass = 64,  ///< free in a method and bound in the class
  DefImport = 128,    ///< bound by import
  DefAnnot = 256,     ///< annotated
  DefCompIter = 512,  ///< a comprehension's loop variable
  DefBound = DefLocal | DefParam | DefImport,
};

enum class Scope : uint8_t { None, Local, GlobalExplicit, GlobalImplicit, Free, Cell };

enum class BlockType : uint8_t { Module, Class, Function, Annotation };

enum class ComprehensionKind : uint8_t { None, List, Set, Dict, Generator };

struct Symbol {
  unsigned flags = 0;
  Scope scope = Scope::None;
};

/// One block: its symbols in first-seen order, and its child blocks.
struct SymbolTableEntry {
  std::string name;
  BlockType type = BlockType::Module;
  const Node *node = nullptr;
  int lineno = 0;
  std::vector<std::string> order;                     ///< symbol names, first-seen
  std::unordered_map<std::string, Symbol> symbols;
  std::vector<std::string> varnames;                  ///< parameters, in order
  std::vector<SymbolTableEntry *> children;
  bool nested = false;
  bool generator = false;
  bool coroutine = false;
  bool varargs = false;
  bool varkeywords = false;
  bool hasFree = false;
  bool childFree = false;
  bool needsClassClosure = false;
  ComprehensionKind comprehension = ComprehensionKind::None;
  int compIterExpr = 0;
  bool compIterTarget = false;
  /// Where each global/nonlocal declaration is (for error locations).
  std::unordered_map<std::string, const Node *> directives;

  const Symbol *lookup(const std::string &name) const {
    auto it = symbols.find(name);
    return it == symbols.end() ? nullptr : &it->second;
  }
  Scope scopeOf(const std::string &name) const {
    const Symbol *s = lookup(name);
    return s ? s->scope : Scope::None;
  }
  /// Sorted names with scope \p scope, or (for free variables of a class)
  /// with flag \p flag.
  std::vector<std::string> namesWithScope(Scope scope, unsigned flag = 0) const;
};

/// `from __future__` features that change compilation (CO_FUTURE_* bits).
enum FutureFlag : int {
  CO_FUTURE_DIVISION = 0x20000,
  CO_FUTURE_ABSOLUTE_IMPORT = 0x40000,
  CO_FUTURE_WITH_STATEMENT = 0x80000,
  CO_FUTURE_PRINT_FUNCTION = 0x100000,
  CO_FUTURE_UNICODE_LITERALS = 0x200000,
  CO_FUTURE_BARRY_AS_BDFL = 0x400000,
  CO_FUTURE_GENERATOR_STOP = 0x800000,
  CO_FUTURE_ANNOTATIONS = 0x1000000,
};

class SymbolTable {
public:
  /// Builds the table for \p module. On a scope error (`nonlocal` at module
  /// level, `global` after use, ...) returns false with \p err filled.
  bool build(const Mod *module, int futureFlags, const std::string &filename,
             const class Source &source, SyntaxErrorInfo &err);

  SymbolTableEntry *top() const { return top_; }
  /// The block a FunctionDef, ClassDef, Lambda or comprehension opens.
  SymbolTableEntry *entryFor(const Node *node) const {
    auto it = byNode_.find(node);
    return it == byNode_.end() ? nullptr : it->second;
  }

private:
  friend class SymtableBuilder;
  std::vector<std::unique_ptr<SymbolTableEntry>> entries_;
  std::unordered_map<const Node *, SymbolTableEntry *> byNode_;
  SymbolTableEntry *top_ = nullptr;
};

/// CPython's private name mangling: `__x` in class `C` is `_C__x`.
std::string mangle(const std::string &className, const std::string &name);
/// False when mangle() would return \p name unchanged for certain (the
/// common case, checked without building a string).
inline bool needsMangling(const std::string &className, const std::string &name) {
  return !className.empty() && name.size() > 2 && name[0] == '_' && name[1] == '_';
}

} // namespace kiln::frontend
