//===- GenericAlias.cpp - types.GenericAlias and types.UnionType ----------===//
//
// `list[int]` is a GenericAlias: it remembers its origin and arguments,
// prints as written, forwards attribute lookups and calls to the origin,
// and cannot be used with isinstance. `int | str` is a UnionType, which
// isinstance and issubclass accept.
//
//===----------------------------------------------------------------------===//
#include "runtime/objects/GenericAlias.h"
#include "runtime/Abstract.h"
#include "runtime/Errors.h"
#include "runtime/Gc.h"
#include "runtime/GcVector.h"
#include "runtime/Names.h"
#include "runtime/objects/Function.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <string>

namespace kiln::rt {

Type GenericAliasType, UnionTypeType;

namespace {

struct GenericAlias : Object {
  Value origin;
  Tuple *args;
};

struct Union : Object {
  Tuple *args;
};

/// How an alias argument prints: `int`, `mod.Class`, `...`, nested aliases
/// by their repr, anything else by repr().
bool reprItem(Value v, std::string &out) {
  if (v == Ellipsis()) {
    out += "...";
    return true;
  }
  if (isType(v) || typeOf(v) == &GenericAliasType) {
    if (typeOf(v) != &GenericAliasType) {
      Value qual = getAttrOpt(v, names.qualname);
      Value mod = qual ? getAttrOpt(v, names.module) : Value();
      if (qual && mod && isStr(qual) && isStr(mod)) {
        std::string m = strToUtf8(mod);
        if (m != "builtins")
          out += m + ".";
        out += strToUtf8(qual);
        return true;
      }
      if (errOccurred())
        return false;
    }
  }
  Value r = repr(v);
  if (!r)
    return false;
  out += strToUtf8(r);
  return true;
}

Value gaRepr(Value self) {
  GenericAlias *ga = self.as<GenericAlias>();
  std::string out;
  if (!reprItem(ga->origin, out))
    return Value();
  out += "[";
  if (ga->args->size == 0)
    out += "()";
  for (int64_t i = 0; i < ga->args->size; i++) {
    if (i)
      out += ", ";
    if (!reprItem(ga->args->items[i], out))
      return Value();
  }
  return strFromUtf8(out + "]");
}

/// Names an alias answers itself; everything else comes from the origin.
bool ownAttribute(Str *name) {
  static const char *const own[] = {"__class__", "__origin__", "__args__", "__parameters__",
                                    "__mro_entries__", "__reduce_ex__", "__reduce__",
                                    "__copy__", "__deepcopy__", "__unpacked__",
                                    "__instancecheck__", "__subclasscheck__", "__or__",
                                    "__ror__", "__repr__", "__eq__", "__ne__", "__hash__",
                                    "__getattribute__", "__call__", nullptr};
  for (const char *const *p = own; *p; p++)
    if (strEqualsAscii(name, *p))
      return true;
  return false;
}

Value gaGetAttr(Value self, Str *name) {
  if (!ownAttribute(name))
    return getAttr(self.as<GenericAlias>()->origin, name);
  return genericGetAttr(self, name);
}

Value gaCall(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  GenericAlias *ga = self.as<GenericAlias>();
  Value r = call(ga->origin, args, nargs, kwnames);
  if (!r)
    return Value();
  // Record the alias on the instance when it can take attributes.
  if (setAttr(r, intern("__orig_class__"), self) < 0) {
    if (errMatches(&AttributeErrorType) || errMatches(&TypeErrorType))
      clearError();
    else
      return Value();
  }
  return r;
}

Value gaRichCompare(Value a, Value b, int op) {
  if (typeOf(b) != &GenericAliasType || (op != 2 && op != 3))
    return NotImplemented();
  GenericAlias *x = a.as<GenericAlias>(), *y = b.as<GenericAlias>();
  int eq = richCompareBool(x->origin, y->origin, 2);
  if (eq < 0)
    return Value();
  if (eq) {
    eq = richCompareBool(Value::object(x->args), Value::object(y->args), 2);
    if (eq < 0)
      return Value();
  }
  return boolValue(op == 2 ? eq : !eq);
}

bool gaHash(Value self, int64_t *out) {
  GenericAlias *ga = self.as<GenericAlias>();
  int64_t h1, h2;
  if (!hash(ga->origin, &h1) || !hash(Value::object(ga->args), &h2))
    return false;
  *out = h1 ^ h2;
  if (*out == -1)
    *out = -2;
  return true;
}

Value gaOrigin(Value self) { return self.as<GenericAlias>()->origin; }
Value gaArgs(Value self) { return Value::object(self.as<GenericAlias>()->args); }
Value noParameters(Value) { return Value::object(emptyTuple()); }

Value gaMroEntries(Value self, Value bases) {
  return Value::object(tupleOf({self.as<GenericAlias>()->origin}));
}
Value gaInstanceCheck(Value self, Value obj) {
  return raise(&TypeErrorType, "isinstance() argument 2 cannot be a parameterized generic");
}
Value gaSubclassCheck(Value self, Value obj) {
  return raise(&TypeErrorType, "issubclass() argument 2 cannot be a parameterized generic");
}

const GetSetDef gaGetSets[] = {
    {"__origin__", gaOrigin, nullptr},
    {"__args__", gaArgs, nullptr},
    {"__parameters__", noParameters, nullptr},
    {nullptr},
};
const MethodDef gaMethods[] = {
    KILN_METH_O("__mro_entries__", gaMroEntries),
    KILN_METH_O("__instancecheck__", gaInstanceCheck),
    KILN_METH_O("__subclasscheck__", gaSubclassCheck),
    {nullptr},
};

// --- UnionType -------------------------------------------------------------

bool unionable(Value v) {
  return isNone(v) || isType(v) || typeOf(v) == &GenericAliasType || typeOf(v) == &UnionTypeType;
}

/// Adds \p v's members (flattening unions, None as NoneType) to \p out,
/// skipping duplicates.
void addMembers(Value v, GcVector<Value> &out) {
  if (typeOf(v) == &UnionTypeType) {
    Tuple *t = v.as<Union>()->args;
    for (int64_t i = 0; i < t->size; i++)
      addMembers(t->items[i], out);
    return;
  }
  if (isNone(v))
    v = Value::object(&NoneType);
  for (Value o : out)
    if (o == v)
      return;
  out.push_back(v);
}

Value unionRepr(Value self) {
  Tuple *t = self.as<Union>()->args;
  std::string out;
  for (int64_t i = 0; i < t->size; i++) {
    if (i)
      out += " | ";
    if (t->items[i] == Value::object(&NoneType))
      out += "None";
    else if (!reprItem(t->items[i], out))
      return Value();
  }
  return strFromUtf8(out);
}

Value unionArgs(Value self) { return Value::object(self.as<Union>()->args); }

Value unionCheck(Value self, Value obj, bool subclass) {
  Tuple *t = self.as<Union>()->args;
  for (int64_t i = 0; i < t->size; i++) {
    if (typeOf(t->items[i]) == &GenericAliasType)
      return raise(&TypeErrorType, "%s() argument 2 cannot contain a parameterized generic",
                   subclass ? "issubclass" : "isinstance");
  }
  for (int64_t i = 0; i < t->size; i++) {
    int r = subclass ? isSubclassOf(obj, t->items[i]) : isInstanceOf(obj, t->items[i]);
    if (r < 0)
      return Value();
    if (r)
      return TrueValue;
  }
  return FalseValue;
}
Value unionInstanceCheck(Value self, Value obj) { return unionCheck(self, obj, false); }
Value unionSubclassCheck(Value self, Value obj) { return unionCheck(self, obj, true); }

bool sameMembers(Tuple *a, Tuple *b) {
  auto contains = [](Tuple *t, Value v) {
    for (int64_t i = 0; i < t->size; i++)
      if (t->items[i] == v)
        return true;
    return false;
  };
  for (int64_t i = 0; i < a->size; i++)
    if (!contains(b, a->items[i]))
      return false;
  for (int64_t i = 0; i < b->size; i++)
    if (!contains(a, b->items[i]))
      return false;
  return true;
}

Value unionRichCompare(Value a, Value b, int op) {
  if (typeOf(b) != &UnionTypeType || (op != 2 && op != 3))
    return NotImplemented();
  bool eq = sameMembers(a.as<Union>()->args, b.as<Union>()->args);
  return boolValue(op == 2 ? eq : !eq);
}

bool unionHash(Value self, int64_t *out) {
  // Order-independent, as CPython's hash(frozenset(args)).
  Tuple *t = self.as<Union>()->args;
  uint64_t h = 0x345678;
  for (int64_t i = 0; i < t->size; i++) {
    int64_t x;
    if (!hash(t->items[i], &x))
      return false;
    h ^= uint64_t(x) * 0x9e3779b97f4a7c15ULL;
  }
  *out = int64_t(h) == -1 ? -2 : int64_t(h);
  return true;
}

const GetSetDef unionGetSets[] = {
    {"__args__", unionArgs, nullptr},
    {"__parameters__", noParameters, nullptr},
    {nullptr},
};
const MethodDef unionMethods[] = {
    KILN_METH_O("__instancecheck__", unionInstanceCheck),
    KILN_METH_O("__subclasscheck__", unionSubclassCheck),
    {nullptr},
};

} // namespace

Value genericAliasNew(Value origin, Value args) {
  GenericAlias *ga = newObject<GenericAlias>(&GenericAliasType);
  if (!ga)
    return Value();
  ga->origin = origin;
  ga->args = isExactTuple(args) ? args.as<Tuple>() : tupleOf({args});
  return Value::object(ga);
}

Value builtinClassGetItem(Value cls, Value item) { return genericAliasNew(cls, item); }

namespace {
/// types.GenericAlias(origin, args)
Value gaNewSlot(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  if (kwnames && kwnames->size)
    return raise(&TypeErrorType, "GenericAlias() takes no keyword arguments");
  if (nargs != 2)
    return raise(&TypeErrorType, "GenericAlias expected 2 arguments, got %zu", nargs);
  return genericAliasNew(args[0], args[1]);
}
} // namespace

Value unionOr(Value a, Value b) {
  if (!unionable(a) || !unionable(b))
    return NotImplemented();
  GcVector<Value> members;
  addMembers(a, members);
  addMembers(b, members);
  if (members.size() == 1)
    return members[0];
  Union *u = newObject<Union>(&UnionTypeType);
  if (!u)
    return Value();
  u->args = tupleFromArray(members.data(), int64_t(members.size()));
  return Value::object(u);
}

void initGenericAliasTypes() {
  typeInitBuiltin(&GenericAliasType, "types.GenericAlias", &ObjectType, sizeof(GenericAlias));
  GenericAliasType.repr = gaRepr;
  GenericAliasType.getattr = gaGetAttr;
  GenericAliasType.call = gaCall;
  GenericAliasType.richcompare = gaRichCompare;
  GenericAliasType.hash = gaHash;
  GenericAliasType.binary[7] = unionOr;
  GenericAliasType.newFn = gaNewSlot;
  typeReady(&GenericAliasType, gaMethods, gaGetSets);

  typeInitBuiltin(&UnionTypeType, "types.UnionType", &ObjectType, sizeof(Union), 0);
  UnionTypeType.repr = unionRepr;
  UnionTypeType.richcompare = unionRichCompare;
  UnionTypeType.hash = unionHash;
  UnionTypeType.binary[7] = unionOr;
  typeReady(&UnionTypeType, unionMethods, unionGetSets);
}

} // namespace kiln::rt
