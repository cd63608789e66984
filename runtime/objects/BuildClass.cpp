//===- BuildClass.cpp - __build_class__: running a class statement ---------===//
///
/// `class C(B, metaclass=M, **kw): body` compiles to a call of
/// __build_class__(body_function, "C", B, metaclass=M, **kw): resolve
/// __mro_entries__, pick the most derived metaclass, get the namespace from
/// __prepare__, run the body with that namespace as its locals (its own
/// frame, like a function), then call the metaclass.
///
//===----------------------------------------------------------------------===//
#include "runtime/GcVector.h"
#include "runtime/Abstract.h"
#include "runtime/Errors.h"
#include "runtime/Frame.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/objects/Code.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Function.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <vector>

namespace kiln::rt {

namespace {

/// Replaces bases that are not classes by their __mro_entries__(bases).
Value updateBases(Tuple *bases, bool *changed) {
  *changed = false;
  List *out = nullptr;
  for (int64_t i = 0; i < bases->size; i++) {
    Value b = bases->items[i];
    if (isType(b)) {
      if (out)
        listAppend(out, b);
      continue;
    }
    Value me = getAttrOpt(b, names.mro_entries);
    if (!me) {
      if (errOccurred())
        return Value();
      if (out)
        listAppend(out, b);
      continue;
    }
    Value r = call(me, {Value::object(bases)});
    if (!r)
      return Value();
    if (!isTuple(r))
      return raise(&TypeErrorType, "__mro_entries__ must return a tuple");
    if (!out) {
      out = listNew();
      for (int64_t j = 0; j < i; j++)
        listAppend(out, bases->items[j]);
    }
    if (listExtend(out, r) < 0)
      return Value();
    *changed = true;
  }
  if (!out)
    return Value::object(bases);
  return Value::object(tupleFromArray(out->items, out->size));
}

} // namespace

Value buildClass(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  if (nargs < 2)
    return raise(&TypeErrorType, "__build_class__: not enough arguments");
  Value func = args[0], name = args[1];
  if (typeOf(func) != &FunctionType)
    return raise(&TypeErrorType, "__build_class__: func must be a function");
  if (!isStr(name))
    return raise(&TypeErrorType, "__build_class__: name is not a string");
  Tuple *origBases = tupleFromArray(args + 2, int64_t(nargs - 2));
  bool changed;
  Value basesV = updateBases(origBases, &changed);
  if (!basesV)
    return Value();
  Tuple *bases = basesV.as<Tuple>();

  // Keyword arguments: metaclass= is ours, the rest go to the metaclass.
  Value meta;
  GcVector<Value> kwValues;
  GcVector<Value> kwNames;
  size_t nkw = kwnames ? size_t(kwnames->size) : 0;
  for (size_t i = 0; i < nkw; i++) {
    Value k = kwnames->items[i];
    if (strEqualsAscii(k.as<Str>(), "metaclass"))
      meta = args[nargs + i];
    else {
      kwNames.push_back(k);
      kwValues.push_back(args[nargs + i]);
    }
  }
  Tuple *extraNames = kwNames.empty() ? nullptr : tupleFromArray(kwNames.data(), int64_t(kwNames.size()));
  bool isClass;
  if (!meta)
    meta = bases->size ? Value::object(typeOf(bases->items[0])) : Value::object(&TypeType);
  isClass = isType(meta);
  if (isClass) {
    Type *winner = calculateMetaclass(meta.as<Type>(), bases);
    if (!winner)
      return Value();
    meta = Value::object(winner);
  }

  Value ns;
  Value prep = getAttrOpt(meta, names.prepare);
  if (prep) {
    GcVector<Value> pargs{name, Value::object(bases)};
    for (Value v : kwValues)
      pargs.push_back(v);
    Value *buf = allocValues(pargs.size());
    for (size_t i = 0; i < pargs.size(); i++)
      buf[i] = pargs[i];
    ns = call(prep, buf, 2, extraNames);
    if (!ns)
      return Value();
  } else {
    if (errOccurred())
      return Value();
    ns = Value::object(dictNew());
  }
  if (!typeOf(ns)->getitem)
    return raise(&TypeErrorType, "%s.__prepare__() must return a mapping, not %s",
                 isClass ? typeName(meta.as<Type>()) : "<metaclass>", typeName(ns));

  Function *f = func.as<Function>();
  Value cell = runCode(f->code, f->globals, ns, f->closure);
  if (!cell)
    return Value();
  if (changed) {
    if (setItem(ns, Value::object(names.orig_bases), Value::object(origBases)) < 0)
      return Value();
  }
  GcVector<Value> margs{name, Value::object(bases), ns};
  for (Value v : kwValues)
    margs.push_back(v);
  Value *buf = allocValues(margs.size());
  for (size_t i = 0; i < margs.size(); i++)
    buf[i] = margs[i];
  Value cls = call(meta, buf, 3, extraNames);
  if (!cls)
    return Value();
  if (typeOf(cell) == &CellType && isType(cls)) {
    Value contents = cell.as<Cell>()->contents;
    if (contents != cls) {
      if (!contents)
        return raise(&RuntimeErrorType,
                     "__class__ not set defining '%s' as %s. Was __classcell__ propagated to "
                     "type.__new__?",
                     strToUtf8(name).c_str(), strToUtf8(repr(cls)).c_str());
      return raise(&TypeErrorType, "__class__ set to %s defining '%s' as %s",
                   strToUtf8(repr(contents)).c_str(), strToUtf8(name).c_str(),
                   strToUtf8(repr(cls)).c_str());
    }
  }
  return cls;
}

} // namespace kiln::rt
