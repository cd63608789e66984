//===- Function.h - functions, methods, cells, built-in callables --------===//
#pragma once

#include "runtime/Object.h"

namespace kiln::rt {

struct Code;
struct Dict;
struct Str;
struct Tuple;

struct Function : Object {
  Code *code;
  Dict *globals;
  Dict *builtins;
  Str *name;
  Str *qualname;
  Value defaults;    ///< tuple or null
  Value kwdefaults;  ///< dict or null
  Value closure;     ///< tuple of cells or null
  Value annotations; ///< dict or null
  Value doc;
  Value module;
  Dict *dict;
};

/// A method bound to an instance (or, for classmethods, a class).
struct Method : Object {
  Value func;
  Value self;
};

struct Cell : Object {
  Value contents; ///< null when empty
};

/// Calling conventions of built-in functions and methods.
enum class CallKind : uint8_t {
  NoArgs,  ///< Value fn(Value self)
  OneArg,  ///< Value fn(Value self, Value arg)
  Fast,    ///< Value fn(Value self, const Value *args, size_t nargs)
  FastKw,  ///< Value fn(Value self, const Value *args, size_t nargs, Tuple *kwnames)
};

using NoArgsFn = Value (*)(Value self);
using OneArgFn = Value (*)(Value self, Value arg);
using FastFn = Value (*)(Value self, const Value *args, size_t nargs);
using FastKwFn = Value (*)(Value self, const Value *args, size_t nargs, Tuple *kwnames);

/// One built-in function or method. Static tables of these describe the
/// methods of built-in types and the functions of native modules.
struct MethodDef {
  const char *name;
  void *fn;
  CallKind kind;
  const char *doc = nullptr;
  enum Binding : uint8_t { Instance, Class, Static } binding = Instance;
};

#define KILN_METH_NOARGS(name, fn) {name, reinterpret_cast<void *>(static_cast<::kiln::rt::NoArgsFn>(fn)), ::kiln::rt::CallKind::NoArgs}
#define KILN_METH_O(name, fn) {name, reinterpret_cast<void *>(static_cast<::kiln::rt::OneArgFn>(fn)), ::kiln::rt::CallKind::OneArg}
#define KILN_METH_FAST(name, fn) {name, reinterpret_cast<void *>(static_cast<::kiln::rt::FastFn>(fn)), ::kiln::rt::CallKind::Fast}
#define KILN_METH_KW(name, fn) {name, reinterpret_cast<void *>(static_cast<::kiln::rt::FastKwFn>(fn)), ::kiln::rt::CallKind::FastKw}

/// A built-in function (self is the module or null) or a built-in method
/// bound to self.
struct BuiltinFunction : Object {
  const MethodDef *def;
  Value self;
  Value module; ///< __module__ (str) or null
};

/// An unbound built-in method in a type's dict (`list.append`).
struct MethodDescr : Object {
  const MethodDef *def;
  Type *owner;
};

Value functionNew(Code *code, Dict *globals, Value qualname);
Value methodNew(Value func, Value self);
Value cellNew(Value contents);
Value builtinFunctionNew(const MethodDef *def, Value self, Value module = Value());
/// Calls a built-in with its calling convention, checking arity with
/// CPython's messages.
Value callMethodDef(const MethodDef *def, Value self, const Value *args, size_t nargs,
                    Tuple *kwnames);
/// Adds \p defs (terminated by a null name) to the type's dict as method
/// descriptors (or classmethod/staticmethod built-ins).
void addMethods(Type *type, const MethodDef *defs);

/// Calls a Python function: binds arguments into a new frame and runs it.
Value functionCall(Value func, const Value *args, size_t nargs, Tuple *kwnames);

void initFunctionTypes();

} // namespace kiln::rt
