//===- Dis.cpp - _kiln_dis, the native half of the dis module --------------===//
///
/// runtime/lib/dis.py (and opcode.py) lay out and print instructions the
/// way CPython 3.11's dis does; this module hands them what only the front
/// end knows about a code object, as plain tuples:
///
///   opcodes()                 ((name, number, kind), ...) for every opcode
///                             of frontend/bytecode/Opcodes.def; kind names
///                             the ArgKind ("const", "name", "jrel_forward",
///                             ...)
///   positions(code)           one (line, end_line, col, end_col) per code
///                             unit of co_code, None where CPython has None
///                             (decoded from co_linetable, as dis reads it)
///   exception_table(code)     ((start, end, target, depth, lasti), ...) in
///                             code units, end exclusive
///   stack_effect(op, oparg, jump)   dis.stack_effect's number (oparg and
///                             jump None when not given)
///
/// Kiln's co_code has no inline caches; dis.py inserts CPython's CACHE
/// entries itself, so offsets and jump arguments come out as CPython's.
///
//===----------------------------------------------------------------------===//
#include "frontend/bytecode/Opcodes.h"
#include "frontend/bytecode/Serializer.h"
#include "runtime/Abstract.h"
#include "runtime/Args.h"
#include "runtime/Errors.h"
#include "runtime/objects/Code.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/Module.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"

#include <vector>

namespace kiln::rt {

namespace {

using frontend::ArgKind;

const char *kindName(ArgKind k) {
  switch (k) {
  case ArgKind::None: return "none";
  case ArgKind::Int: return "int";
  case ArgKind::Const: return "const";
  case ArgKind::KwNames: return "kwnames";
  case ArgKind::Name: return "name";
  case ArgKind::GlobalName: return "global";
  case ArgKind::Local: return "local";
  case ArgKind::Free: return "free";
  case ArgKind::JumpForward: return "jrel_forward";
  case ArgKind::JumpBackward: return "jrel_backward";
  case ArgKind::Compare: return "compare";
  case ArgKind::Invert: return "invert";
  case ArgKind::BinaryOp: return "binary_op";
  case ArgKind::FormatValue: return "format_value";
  case ArgKind::MakeFunction: return "make_function";
  }
  return "int";
}

Value d_opcodes(Value) {
  Tuple *t = tupleNew(frontend::NumOpcodes);
  if (!t)
    return Value();
  for (int i = 0; i < frontend::NumOpcodes; i++) {
    frontend::Opcode op = frontend::AllOpcodes[i];
    Tuple *entry = tupleOf({strFromAscii(frontend::opcodeName(op)), Value::small(int(op)),
                            strFromAscii(kindName(frontend::argKind(op)))});
    if (!entry)
      return Value();
    t->items[i] = Value::object(entry);
  }
  return Value::object(t);
}

Code *codeArg(const char *fname, Value v) {
  if (v.isSmall() || typeOf(v) != &CodeType) {
    raise(&TypeErrorType, "%s() argument must be code, not %s", fname, typeName(v));
    return nullptr;
  }
  return v.as<Code>();
}

Value orNone(int v) { return v < 0 ? None() : Value::small(v); }

Value d_positions(Value, Value arg) {
  Code *code = codeArg("positions", arg);
  if (!code)
    return Value();
  const frontend::CodeObject &fc = *code->fc;
  std::vector<frontend::Location> locations;
  if (!frontend::decodeLineTable(fc.lineTable(), fc.firstlineno, locations, nullptr))
    locations = fc.locations;
  size_t units = fc.code.size() / 2;
  Tuple *t = tupleNew(int64_t(units));
  if (!t)
    return Value();
  for (size_t u = 0; u < units; u++) {
    frontend::Location loc = u < locations.size() ? locations[u] : frontend::Location{};
    Tuple *p = tupleOf({orNone(loc.line), orNone(loc.endLine), orNone(loc.col), orNone(loc.endCol)});
    if (!p)
      return Value();
    t->items[u] = Value::object(p);
  }
  return Value::object(t);
}

Value d_exception_table(Value, Value arg) {
  Code *code = codeArg("exception_table", arg);
  if (!code)
    return Value();
  const frontend::CodeObject &fc = *code->fc;
  std::vector<frontend::ExceptionTableEntry> entries;
  if (!frontend::decodeExceptionTable(fc.exceptionTableBytes(), entries, nullptr))
    entries = fc.exceptionTable;
  Tuple *t = tupleNew(int64_t(entries.size()));
  if (!t)
    return Value();
  for (size_t i = 0; i < entries.size(); i++) {
    const frontend::ExceptionTableEntry &e = entries[i];
    Tuple *p = tupleOf({Value::small(e.start), Value::small(e.end), Value::small(e.target),
                        Value::small(e.depth), e.lasti ? TrueValue : FalseValue});
    if (!p)
      return Value();
    t->items[i] = Value::object(p);
  }
  return Value::object(t);
}

/// stack_effect(opcode, oparg, jump): the checks and messages of CPython's
/// dis.stack_effect; oparg and jump are None when not given.
Value d_stack_effect(Value, const Value *args, size_t nargs) {
  if (!checkPositional("stack_effect", nargs, 3, 3))
    return Value();
  int64_t opNum;
  Value opV = numberIndex(args[0]);
  if (!opV)
    return Value();
  if (!intAsI64(opV, &opNum) || opNum < INT32_MIN || opNum > INT32_MAX)
    return raise(&OverflowErrorType, "Python int too large to convert to C int");
  int oparg = 0;
  if (opNum >= frontend::HaveArgument) {
    if (isNone(args[1]))
      return raise(&ValueErrorType,
                   "stack_effect: opcode requires oparg but oparg was not specified");
    Value a = numberIndex(args[1]);
    if (!a)
      return Value();
    int64_t v;
    if (!intAsI64(a, &v) || v < INT32_MIN || v > INT32_MAX)
      return raise(&OverflowErrorType, "Python int too large to convert to C int");
    oparg = int(v);
  } else if (!isNone(args[1])) {
    return raise(&ValueErrorType,
                 "stack_effect: opcode does not permit oparg but oparg was specified");
  }
  if (opNum < 0 || opNum > 255 || !frontend::isValidOpcode(uint8_t(opNum)))
    return raise(&ValueErrorType, "invalid opcode or oparg");
  auto op = frontend::Opcode(opNum);
  int effect;
  if (isNone(args[2])) {
    effect = frontend::stackEffectMax(op, oparg);
  } else {
    int j = isTrue(args[2]);
    if (j < 0)
      return Value();
    effect = frontend::stackEffect(op, oparg, j != 0);
  }
  return Value::small(effect);
}

const MethodDef disFunctions[] = {
    KILN_METH_NOARGS("opcodes", d_opcodes),
    KILN_METH_O("positions", d_positions),
    KILN_METH_O("exception_table", d_exception_table),
    KILN_METH_FAST("stack_effect", d_stack_effect),
    {nullptr, nullptr, CallKind::NoArgs},
};

bool initKilnDis(Module *m) {
  moduleAddFunctions(m, disFunctions);
  return true;
}

} // namespace

KILN_NATIVE_MODULE("_kiln_dis", initKilnDis);

} // namespace kiln::rt
