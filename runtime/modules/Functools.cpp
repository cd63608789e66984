//===- Functools.cpp - _functools: cmp_to_key's key type -------------------===//
///
/// functools.cmp_to_key(mycmp) returns a functools.KeyWrapper holding mycmp;
/// calling it makes another KeyWrapper holding mycmp and the object. Keys
/// of every cmp_to_key call share this one type, so keys made from
/// different cmp functions compare with each other (by the left operand's
/// function), as CPython's C implementation does. runtime/lib/functools.py
/// imports cmp_to_key from here.
///
//===----------------------------------------------------------------------===//
#include "runtime/Abstract.h"
#include "runtime/Errors.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Module.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <cstddef>

namespace kiln::rt {

namespace {

Type KeyWrapperType;

struct KeyWrapper : Object {
  Value cmp;
  Value obj; ///< null in the wrapper cmp_to_key returns (reads as None)
};

Value keyWrapperNew(Value cmp, Value obj) {
  KeyWrapper *k = newObject<KeyWrapper>(&KeyWrapperType);
  if (!k)
    return Value();
  k->cmp = cmp;
  k->obj = obj;
  return Value::object(k);
}

/// The one argument \p param of \p fname, with the messages of CPython's
/// PyArg_ParseTupleAndKeywords ("takes at most", "missing" before any
/// unknown keyword). Null with TypeError on a bad call.
Value oneArgument(const char *fname, const char *param, const Value *args, size_t nargs,
                  Tuple *kwnames) {
  size_t nkw = kwnames ? size_t(kwnames->size) : 0;
  if (nargs + nkw > 1)
    return raise(&TypeErrorType, "%s() takes at most 1 %sargument (%zu given)", fname,
                 nargs ? "" : "keyword ", nargs + nkw);
  if (nargs)
    return args[0];
  if (nkw && strEqualsAscii(kwnames->items[0].as<Str>(), param))
    return args[0];
  return raise(&TypeErrorType, "%s() missing required argument '%s' (pos 1)", fname, param);
}

/// K(obj): a key for obj compared by this wrapper's cmp function.
Value keyWrapperCall(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value obj = oneArgument("K", "obj", args, nargs, kwnames);
  if (!obj)
    return Value();
  return keyWrapperNew(self.as<KeyWrapper>()->cmp, obj);
}

/// `a < b` and the others: cmp(a.obj, b.obj) compared with 0.
Value keyWrapperRichCompare(Value a, Value b, int op) {
  if (typeOf(b) != &KeyWrapperType)
    return raise(&TypeErrorType, "other argument must be K instance");
  KeyWrapper *x = a.as<KeyWrapper>(), *y = b.as<KeyWrapper>();
  if (!x->obj || !y->obj)
    return raise(&AttributeErrorType, "object");
  Value r = call(x->cmp, {x->obj, y->obj});
  if (!r)
    return Value();
  return richCompare(r, Value::small(0), op);
}

const MemberDef keyWrapperMembers[] = {{"obj", uint32_t(offsetof(KeyWrapper, obj)), false},
                                       {nullptr}};

Value cmpToKey(Value, const Value *args, size_t nargs, Tuple *kwnames) {
  Value cmp = oneArgument("cmp_to_key", "mycmp", args, nargs, kwnames);
  if (!cmp)
    return Value();
  return keyWrapperNew(cmp, Value());
}

const MethodDef functoolsFunctions[] = {
    {"cmp_to_key", reinterpret_cast<void *>(static_cast<FastKwFn>(cmpToKey)), CallKind::FastKw,
     "Convert a cmp= function into a key= function."},
    {nullptr},
};

bool initFunctools(Module *m) {
  if (!(KeyWrapperType.flags & TF_READY)) {
    // repr <class 'functools.KeyWrapper'>, __name__ 'KeyWrapper'; not
    // instantiable from Python, not subclassable, unhashable.
    typeInitBuiltin(&KeyWrapperType, "functools.KeyWrapper", &ObjectType, sizeof(KeyWrapper), 0);
    KeyWrapperType.name = intern("KeyWrapper");
    KeyWrapperType.call = keyWrapperCall;
    KeyWrapperType.richcompare = keyWrapperRichCompare;
    KeyWrapperType.hash = hashNotImplemented;
    typeReady(&KeyWrapperType, nullptr, nullptr, keyWrapperMembers);
    KeyWrapperType.newFn = nullptr;
    dictSetStr(KeyWrapperType.dict, names.module, strFromAscii("functools"));
  }
  moduleAddFunctions(m, functoolsFunctions);
  return true;
}

} // namespace

KILN_NATIVE_MODULE("_functools", initFunctools);

} // namespace kiln::rt
