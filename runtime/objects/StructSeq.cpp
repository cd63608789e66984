//===- StructSeq.cpp - Named tuples of the runtime --------------------------===//
#include "runtime/objects/StructSeq.h"
#include "runtime/Abstract.h"
#include "runtime/Errors.h"
#include "runtime/Gc.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Type.h"

#include <cstddef>
#include <string>

namespace kiln::rt {

namespace {

Value structSeqRepr(Value self) {
  Tuple *t = self.as<Tuple>();
  Type *type = typeOf(self);
  // The field names are the type's members, in item order.
  const MemberDef *m = type->structFields;
  std::string out = type->cname;
  out += "(";
  for (int64_t i = 0; i < t->size && m && m[i].name; i++) {
    Value r = repr(t->items[i]);
    if (!r)
      return Value();
    if (i)
      out += ", ";
    out += m[i].name;
    out += "=" + strToUtf8(r);
  }
  return strFromUtf8(out + ")");
}

} // namespace

Type *structSeqType(const char *qualName, const char *const *fields) {
  // Types hold Values: they live in uncollectable GC memory, scanned as roots.
  Type *type = new (gcAllocRoot(sizeof(Type))) Type();
  int n = 0;
  while (fields[n])
    n++;
  MemberDef *members = static_cast<MemberDef *>(gcAllocRoot(sizeof(MemberDef) * size_t(n + 1)));
  for (int i = 0; i < n; i++)
    members[i] = {fields[i], uint32_t(offsetof(Tuple, items) + sizeof(Value) * size_t(i)), true};
  members[n] = {nullptr, 0, false};
  typeInitBuiltin(type, qualName, &TupleType, sizeof(Tuple), 0);
  type->repr = structSeqRepr;
  type->structFields = members;
  typeReady(type, nullptr, nullptr, members);
  return type;
}

Value structSeqNew(Type *type, std::initializer_list<Value> items) {
  Tuple *t = tupleNew(int64_t(items.size()));
  if (!t)
    return Value();
  t->type = type;
  int64_t i = 0;
  for (Value v : items)
    t->items[i++] = v;
  return Value::object(t);
}

} // namespace kiln::rt
