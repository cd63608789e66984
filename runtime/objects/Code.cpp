//===- Code.cpp - code objects as Python values ----------------------------===//
#include "runtime/objects/Code.h"
#include "frontend/bytecode/Opcodes.h"
#include "runtime/Abstract.h"
#include "runtime/Errors.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/objects/Bytes.h"
#include "runtime/objects/Float.h"
#include "runtime/objects/Function.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/Set.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <gc/gc.h>

#include <cstdio>

namespace kiln::rt {

Type CodeType;
FrameEntry defaultFrameEntry;

namespace {

Value constantToValue(const frontend::ConstantRef &c) {
  using K = frontend::Constant::Kind;
  switch (c->kind) {
  case K::None: return None();
  case K::True: return TrueValue;
  case K::False: return FalseValue;
  case K::Ellipsis: return Ellipsis();
  case K::Int: return intFromMpz(c->intValue.get_mpz_t());
  case K::Float: return floatFrom(c->real);
  case K::Complex: return complexFrom(c->real, c->imag);
  case K::Str: return Value::object(intern(c->text));
  case K::Bytes: return bytesFromData(c->text.data(), c->text.size());
  case K::Tuple: {
    Tuple *t = tupleNew(int64_t(c->items.size()));
    if (!t)
      return Value();
    for (size_t i = 0; i < c->items.size(); i++) {
      t->items[i] = constantToValue(c->items[i]);
      if (!t->items[i])
        return Value();
    }
    return Value::object(t);
  }
  case K::FrozenSet: {
    // Built the way CPython's compiler builds it (twice), which decides
    // the iteration order of the set display it becomes.
    Tuple *items = tupleNew(int64_t(c->items.size()));
    if (!items)
      return Value();
    for (size_t i = 0; i < c->items.size(); i++) {
      items->items[i] = constantToValue(c->items[i]);
      if (!items->items[i])
        return Value();
    }
    SetObject *s = frozensetConstant(items->items, items->size);
    return s ? Value::object(s) : Value();
  }
  case K::Code: {
    Code *code = codeFromFrontend(c->code);
    return code ? Value::object(code) : Value();
  }
  }
  return None();
}

Tuple *internedTuple(const std::vector<std::string> &names) {
  Tuple *t = tupleNew(int64_t(names.size()));
  for (size_t i = 0; i < names.size(); i++)
    t->items[i] = Value::object(intern(names[i]));
  return t;
}

void finalizeCode(void *obj, void *) {
  Code *c = static_cast<Code *>(obj);
  delete c->owner;
  c->owner = nullptr;
}

Code *asCode(Value v) { return v.as<Code>(); }

Value codeRepr(Value v) {
  return strFromUtf8(frontend::codeRepr(*asCode(v)->fc));
}

Value cName(Value v) { return Value::object(asCode(v)->name); }
Value cQualname(Value v) { return Value::object(asCode(v)->qualname); }
Value cFilename(Value v) { return Value::object(asCode(v)->filename); }
Value cFirstLine(Value v) { return intFromI64(asCode(v)->fc->firstlineno); }
Value cArgcount(Value v) { return intFromI64(asCode(v)->argcount); }
Value cPosonly(Value v) { return intFromI64(asCode(v)->posonlyargcount); }
Value cKwonly(Value v) { return intFromI64(asCode(v)->kwonlyargcount); }
Value cNlocals(Value v) { return intFromI64(asCode(v)->nlocals); }
Value cStacksize(Value v) { return intFromI64(asCode(v)->fc->stacksize); }
Value cFlags(Value v) { return intFromI64(asCode(v)->flags); }
Value cCode(Value v) {
  auto &b = asCode(v)->fc->code;
  return bytesFromData(reinterpret_cast<const char *>(b.data()), b.size());
}
Value cConsts(Value v) { return Value::object(asCode(v)->consts); }
Value cNames(Value v) { return Value::object(asCode(v)->names); }
Value cVarnames(Value v) { return Value::object(internedTuple(asCode(v)->fc->varnames)); }
Value cCellvars(Value v) { return Value::object(internedTuple(asCode(v)->fc->cellvars)); }
Value cFreevars(Value v) { return Value::object(internedTuple(asCode(v)->fc->freevars)); }
Value cLinetable(Value v) {
  std::string t = asCode(v)->fc->lineTable();
  return bytesFromData(t.data(), t.size());
}
Value cExcTable(Value v) {
  std::string t = asCode(v)->fc->exceptionTableBytes();
  return bytesFromData(t.data(), t.size());
}

const GetSetDef codeGetSets[] = {
    {"co_name", cName, nullptr},
    {"co_qualname", cQualname, nullptr},
    {"co_filename", cFilename, nullptr},
    {"co_firstlineno", cFirstLine, nullptr},
    {"co_argcount", cArgcount, nullptr},
    {"co_posonlyargcount", cPosonly, nullptr},
    {"co_kwonlyargcount", cKwonly, nullptr},
    {"co_nlocals", cNlocals, nullptr},
    {"co_stacksize", cStacksize, nullptr},
    {"co_flags", cFlags, nullptr},
    {"co_code", cCode, nullptr},
    {"co_consts", cConsts, nullptr},
    {"co_names", cNames, nullptr},
    {"co_varnames", cVarnames, nullptr},
    {"co_cellvars", cCellvars, nullptr},
    {"co_freevars", cFreevars, nullptr},
    {"co_linetable", cLinetable, nullptr},
    {"co_exceptiontable", cExcTable, nullptr},
    {nullptr},
};

/// code.replace(*, co_flags=, co_name=, co_qualname=, co_filename=): a
/// copy sharing the compiled code. Other co_* fields change the compiled
/// code itself and are refused; co_flags may change only in the bits that
/// do not decide how the code runs (CO_NESTED, CO_ITERABLE_COROUTINE — what
/// types.coroutine sets — and the __future__ flags).
Value codeReplace(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  static const char *const fixed[] = {
      "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
      "co_stacksize", "co_firstlineno", "co_code", "co_consts", "co_names",
      "co_varnames", "co_freevars", "co_cellvars", "co_linetable", "co_exceptiontable"};
  if (nargs)
    return raise(&TypeErrorType, "replace() takes no positional arguments");
  Code *old = asCode(self);
  Code *c = newObject<Code>(&CodeType);
  if (!c)
    return Value();
  *c = *old;
  c->freeFrames = nullptr;
  c->ranInterpreted = false;
  c->owner = new std::shared_ptr<frontend::CodeObject>(*old->owner);
  GC_register_finalizer(c, finalizeCode, nullptr, nullptr, nullptr);
  size_t nkw = kwnames ? size_t(kwnames->size) : 0;
  for (size_t i = 0; i < nkw; i++) {
    Value v = args[i];
    std::string key = strToUtf8(kwnames->items[i].as<Str>());
    if (key == "co_flags") {
      if (!isInt(v))
        return raise(&TypeErrorType, "'%.200s' object cannot be interpreted as an integer",
                     typeName(v));
      int64_t f = -1;
      intAsI64(v, &f);
      constexpr int64_t free = frontend::CO_NESTED | frontend::CO_ITERABLE_COROUTINE;
      if (f < 0 || f > INT32_MAX || ((f ^ old->flags) & ~free & 0x1ffff))
        return raise(&ValueErrorType, "code.replace(): Kiln cannot change co_flags from %d to %lld",
                     int(old->flags), (long long)f);
      c->flags = int32_t(f);
    } else if (key == "co_name" || key == "co_qualname" || key == "co_filename") {
      if (!isStr(v))
        return raise(&TypeErrorType, "replace() argument '%s' must be str, not %.200s", key.c_str(),
                     typeName(v));
      Str *s = intern(strToUtf8(v.as<Str>()));
      (key == "co_name" ? c->name : key == "co_qualname" ? c->qualname : c->filename) = s;
    } else {
      bool known = false;
      for (const char *k : fixed)
        known |= key == k;
      if (!known)
        return raise(&TypeErrorType, "'%s' is an invalid keyword argument for replace()",
                     key.c_str());
      Value cur = getAttr(self, kwnames->items[i].as<Str>());
      if (!cur)
        return Value();
      int same = equal(cur, v);
      if (same < 0)
        return Value();
      if (!same)
        return raise(&ValueErrorType, "code.replace(): Kiln cannot change %s", key.c_str());
    }
  }
  return Value::object(c);
}

const MethodDef codeMethods[] = {
    KILN_METH_KW("replace", codeReplace),
    {nullptr},
};

/// Two code objects are equal when they share the compiled code and the
/// fields replace() can change.
Value codeRichCompare(Value a, Value b, int op) {
  if ((op != 2 && op != 3) || typeOf(b) != &CodeType)
    return NotImplemented();
  Code *x = asCode(a), *y = asCode(b);
  bool eq = x->fc == y->fc && x->flags == y->flags && x->name == y->name &&
            x->qualname == y->qualname && x->filename == y->filename;
  return boolValue(eq == (op == 2));
}

bool codeHash(Value v, int64_t *out) {
  *out = int64_t(uintptr_t(asCode(v)->fc) >> 4);
  return true;
}

} // namespace

Code *codeFromFrontend(const std::shared_ptr<frontend::CodeObject> &fc) {
  Code *c = newObject<Code>(&CodeType);
  if (!c)
    return nullptr;
  c->owner = new std::shared_ptr<frontend::CodeObject>(fc);
  GC_register_finalizer(c, finalizeCode, nullptr, nullptr, nullptr);
  c->fc = fc.get();
  c->consts = tupleNew(int64_t(fc->consts.size()));
  for (size_t i = 0; i < fc->consts.size(); i++) {
    c->consts->items[i] = constantToValue(fc->consts[i]);
    if (!c->consts->items[i])
      return nullptr;
  }
  c->names = internedTuple(fc->names);
  auto lp = frontend::localsPlusNames(fc->varnames, fc->cellvars, fc->freevars);
  c->localsplusNames = internedTuple(lp);
  c->name = intern(fc->name);
  c->qualname = intern(fc->qualname);
  c->filename = intern(fc->filename);
  c->nlocalsplus = int32_t(lp.size());
  c->nlocals = int32_t(fc->varnames.size());
  c->nfrees = int32_t(fc->freevars.size());
  c->ncells = c->nlocalsplus - c->nlocals - c->nfrees;
  c->framesize = c->nlocalsplus + fc->stacksize + 1;
  c->flags = fc->flags;
  c->argcount = fc->argcount;
  c->posonlyargcount = fc->posonlyargcount;
  c->kwonlyargcount = fc->kwonlyargcount;
  c->simpleArgc = (c->flags & (frontend::CO_VARARGS | frontend::CO_VARKEYWORDS)) || c->kwonlyargcount
                      ? -1
                      : c->argcount;
  c->cellSlots = static_cast<uint8_t *>(gcAllocAtomic(size_t(c->nlocalsplus) + 1));
  for (int i = 0; i < c->nlocalsplus; i++)
    c->cellSlots[i] = 0;
  for (const std::string &cell : fc->cellvars)
    for (int i = 0; i < c->nlocalsplus; i++)
      if (lp[size_t(i)] == cell && i < c->nlocalsplus - c->nfrees)
        c->cellSlots[i] = 1;
  for (int i = c->nlocalsplus - c->nfrees; i < c->nlocalsplus; i++)
    c->cellSlots[i] = 1;
  c->entry = defaultFrameEntry;
  return c;
}

void codeSetOrigin(Code *code, CodeOrigin origin) {
  code->origin = origin;
  for (int64_t i = 0; i < code->consts->size; i++)
    if (typeOf(code->consts->items[i]) == &CodeType)
      codeSetOrigin(code->consts->items[i].as<Code>(), origin);
}

int codeLineAt(const Code *code, int offset) {
  size_t unit = size_t(offset) / 2;
  if (offset < 0 || unit >= code->fc->locations.size())
    return -1;
  return code->fc->locations[unit].line;
}

frontend::Location codeLocationAt(const Code *code, int offset) {
  size_t unit = size_t(offset) / 2;
  if (offset < 0 || unit >= code->fc->locations.size())
    return {};
  return code->fc->locations[unit];
}

void initCodeType() {
  typeInitBuiltin(&CodeType, "code", &ObjectType, sizeof(Code), 0);
  CodeType.repr = codeRepr;
  CodeType.hash = codeHash;
  CodeType.richcompare = codeRichCompare;
  typeReady(&CodeType, codeMethods, codeGetSets);
}

} // namespace kiln::rt
