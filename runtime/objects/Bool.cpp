//===- Bool.cpp - bool and the True/False singletons ----------------------===//
///
/// bool subclasses int and cannot be subclassed. Its two instances are
/// static BigInt-shaped objects holding 1 and 0, so every int operation
/// works on them unchanged; &, | and ^ of two bools give bools.
///
//===----------------------------------------------------------------------===//
#include "runtime/Abstract.h"
#include "runtime/Args.h"
#include "runtime/Errors.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Type.h"

namespace kiln::rt {

Type BoolType;
Value TrueValue, FalseValue;

// C names, like None's (Object.h): generated code compares with them.
extern BigInt trueObject __asm__("kiln_true_object");
extern BigInt falseObject __asm__("kiln_false_object");
BigInt trueObject, falseObject;

namespace {


Value boolRepr(Value v) { return strFromAscii(v == TrueValue ? "True" : "False"); }

Value boolNew(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  if (!noKeywords("bool", kwnames) || !checkPositional("bool", nargs, 0, 1))
    return Value();
  if (nargs == 0)
    return FalseValue;
  int t = isTrue(args[0]);
  if (t < 0)
    return Value();
  return boolValue(t);
}

Value boolAnd(Value a, Value b) {
  if (isBool(a) && isBool(b))
    return boolValue(a == TrueValue && b == TrueValue);
  return IntType.binary[1](a, b);
}

Value boolOr(Value a, Value b) {
  if (isBool(a) && isBool(b))
    return boolValue(a == TrueValue || b == TrueValue);
  return IntType.binary[7](a, b);
}

Value boolXor(Value a, Value b) {
  if (isBool(a) && isBool(b))
    return boolValue((a == TrueValue) != (b == TrueValue));
  return IntType.binary[12](a, b);
}

} // namespace

void initBoolType() {
  typeInitBuiltin(&BoolType, "bool", &IntType, sizeof(BigInt), 0);
  BoolType.repr = boolRepr;
  BoolType.newFn = boolNew;
  BoolType.binary[1] = boolAnd;
  BoolType.binary[7] = boolOr;
  BoolType.binary[12] = boolXor;
  typeReady(&BoolType);
  trueObject.type = &BoolType;
  mpz_init_set_ui(trueObject.z, 1);
  falseObject.type = &BoolType;
  mpz_init_set_ui(falseObject.z, 0);
  TrueValue = Value::object(&trueObject);
  FalseValue = Value::object(&falseObject);
}

} // namespace kiln::rt
