//===- Builtins.cpp - The builtins module ---------------------------------===//
#include "runtime/Abstract.h"
#include "runtime/Args.h"
#include "runtime/Errors.h"
#include "runtime/Frame.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/Runtime.h"
#include "runtime/objects/Bytes.h"
#include "runtime/objects/Code.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Exception.h"
#include "runtime/objects/Float.h"
#include "runtime/objects/Function.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Module.h"
#include "runtime/objects/Set.h"
#include "runtime/objects/Slice.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <cmath>
#include <cstdio>
#include <iostream>

namespace kiln::rt {

Value ioOpen(Value self, const Value *args, size_t nargs, Tuple *kwnames);
Value builtinInput(Value self, const Value *args, size_t nargs);
extern Type EnumerateType, ZipType, MapType, FilterType, ReversedType, CallIterType;
Value callIterNew(Value callable, Value sentinel);

namespace {

Value bPrint(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value sep, end, file, flush;
  size_t nkw = kwnames ? size_t(kwnames->size) : 0;
  for (size_t i = 0; i < nkw; i++) {
    Str *k = kwnames->items[i].as<Str>();
    Value v = args[nargs + i];
    if (strEqualsAscii(k, "sep"))
      sep = v;
    else if (strEqualsAscii(k, "end"))
      end = v;
    else if (strEqualsAscii(k, "file"))
      file = v;
    else if (strEqualsAscii(k, "flush"))
      flush = v;
    else
      return raise(&TypeErrorType, "'%s' is an invalid keyword argument for print()",
                   strToUtf8(k).c_str());
  }
  if (sep && !isNone(sep) && !isStr(sep))
    return raise(&TypeErrorType, "sep must be None or a string, not %s", typeName(sep));
  if (end && !isNone(end) && !isStr(end))
    return raise(&TypeErrorType, "end must be None or a string, not %s", typeName(end));
  if (!file || isNone(file)) {
    file = sysGet("stdout");
    if (!file || isNone(file))
      return None();
  }
  Value write = getAttr(file, names.write);
  if (!write)
    return Value();
  for (size_t i = 0; i < nargs; i++) {
    if (i) {
      Value s = sep && !isNone(sep) ? sep : strFromAscii(" ");
      if (!call(write, {s}))
        return Value();
    }
    Value s = str(args[i]);
    if (!s || !call(write, {s}))
      return Value();
  }
  Value e = end && !isNone(end) ? end : strFromAscii("\n");
  if (!call(write, {e}))
    return Value();
  if (flush) {
    int t = isTrue(flush);
    if (t < 0)
      return Value();
    if (t && !callMethod(file, names.flush, {}))
      return Value();
  }
  return None();
}

Value bLen(Value self, Value v) {
  int64_t n = length(v);
  return n < 0 ? Value() : intFromI64(n);
}

Value bRepr(Value self, Value v) { return repr(v); }
Value bAscii(Value self, Value v) { return ascii(v); }

Value bAbs(Value self, Value v) { return absolute(v); }

Value bIsInstance(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("isinstance", nargs, 2, 2))
    return Value();
  int r = isInstanceOf(args[0], args[1]);
  return r < 0 ? Value() : boolValue(r);
}

Value bIsSubclass(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("issubclass", nargs, 2, 2))
    return Value();
  int r = isSubclassOf(args[0], args[1]);
  return r < 0 ? Value() : boolValue(r);
}

Value bGetAttr(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("getattr", nargs, 2, 3))
    return Value();
  if (!isStr(args[1]))
    return raise(&TypeErrorType, "attribute name must be string, not '%s'", typeName(args[1]));
  if (nargs == 3) {
    Value v = getAttrOpt(args[0], args[1].as<Str>());
    if (v || errOccurred())
      return v;
    return args[2];
  }
  return getAttr(args[0], args[1].as<Str>());
}

Value bSetAttr(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("setattr", nargs, 3, 3))
    return Value();
  if (!isStr(args[1]))
    return raise(&TypeErrorType, "attribute name must be string, not '%s'", typeName(args[1]));
  return setAttr(args[0], internStr(args[1].as<Str>()), args[2]) < 0 ? Value() : None();
}

Value bDelAttr(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("delattr", nargs, 2, 2))
    return Value();
  if (!isStr(args[1]))
    return raise(&TypeErrorType, "attribute name must be string, not '%s'", typeName(args[1]));
  return delAttr(args[0], args[1].as<Str>()) < 0 ? Value() : None();
}

Value bHasAttr(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("hasattr", nargs, 2, 2))
    return Value();
  if (!isStr(args[1]))
    return raise(&TypeErrorType, "attribute name must be string, not '%s'", typeName(args[1]));
  Value v = getAttrOpt(args[0], args[1].as<Str>());
  if (v)
    return TrueValue;
  return errOccurred() ? Value() : FalseValue;
}

Value bHash(Value self, Value v) {
  int64_t h;
  if (!hash(v, &h))
    return Value();
  return intFromI64(h);
}

Value bId(Value self, Value v) {
  if (v.isSmall())
    return intFromU64(v.bits());
  return intFromU64(v.bits());
}

Value bCallable(Value self, Value v) { return boolValue(isCallable(v)); }

Value bIter(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("iter", nargs, 1, 2))
    return Value();
  if (nargs == 2) {
    if (!isCallable(args[0]))
      return raise(&TypeErrorType, "iter(v, w): v must be callable");
    return callIterNew(args[0], args[1]);
  }
  return getIter(args[0]);
}

Value bNext(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("next", nargs, 1, 2))
    return Value();
  if (!typeOf(args[0])->next)
    return raise(&TypeErrorType, "'%s' object is not an iterator", typeName(args[0]));
  // The slot itself, not iterNext: a generator's StopIteration(value) must
  // reach the caller of next().
  Value v = typeOf(args[0])->next(args[0]);
  if (v)
    return v;
  if (errOccurred()) {
    if (nargs == 2 && errMatches(&StopIterationType)) {
      clearError();
      return args[1];
    }
    return Value();
  }
  if (nargs == 2)
    return args[1];
  return raiseObject(Value::object(&StopIterationType));
}

Value bChr(Value self, Value v) {
  int64_t c;
  if (!isInt(v))
    return raise(&TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(v));
  if (!intAsI64(v, &c))
    return raise(&OverflowErrorType, "Python int too large to convert to C int");
  if (c < 0 || c > 0x10ffff)
    return raise(&ValueErrorType, "chr() arg not in range(0x110000)");
  return strFromCodePoint(uint32_t(c));
}

Value bOrd(Value self, Value v) {
  if (isStr(v)) {
    Str *s = v.as<Str>();
    if (s->length != 1)
      return raise(&TypeErrorType, "ord() expected a character, but string of length %lld found",
                   (long long)s->length);
    return Value::small(s->at(0));
  }
  const uint8_t *data;
  int64_t n;
  if (bytesLikeData(v, &data, &n)) {
    if (n != 1)
      return raise(&TypeErrorType, "ord() expected a character, but string of length %lld found",
                   (long long)n);
    return Value::small(data[0]);
  }
  return raise(&TypeErrorType, "ord() expected string of length 1, but %s found", typeName(v));
}

Value baseConvert(Value v, int base) {
  Value i = numberIndex(v);
  if (!i)
    return Value();
  return strFromAscii(intToBase(i, base, true));
}
Value bHex(Value self, Value v) { return baseConvert(v, 16); }
Value bOct(Value self, Value v) { return baseConvert(v, 8); }
Value bBin(Value self, Value v) { return baseConvert(v, 2); }

Value bDivmod(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("divmod", nargs, 2, 2))
    return Value();
  return divmod(args[0], args[1]);
}

Value bPow(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[3];
  if (!parseArgs({"pow", {"base", "exp", "mod"}, 2}, args, nargs, kwnames, a))
    return Value();
  if (a[2] && !isNone(a[2]))
    return power3(a[0], a[1], a[2]);
  return binaryOp(a[0], a[1], 8);
}

Value bRound(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[2];
  if (!parseArgs({"round", {"number", "ndigits"}, 1}, args, nargs, kwnames, a))
    return Value();
  Value f = lookupSpecial(a[0], names.round);
  if (!f) {
    if (!errOccurred())
      raise(&TypeErrorType, "type %s doesn't define __round__ method", typeName(a[0]));
    return Value();
  }
  if (!a[1] || isNone(a[1]))
    return call(f, {});
  return call(f, {a[1]});
}

/// min()/max(): one iterable or several arguments; key= and default=.
Value minMax(const char *name, const Value *args, size_t nargs, Tuple *kwnames, int op) {
  Value key, dflt;
  size_t nkw = kwnames ? size_t(kwnames->size) : 0;
  for (size_t i = 0; i < nkw; i++) {
    Str *k = kwnames->items[i].as<Str>();
    if (strEqualsAscii(k, "key"))
      key = args[nargs + i];
    else if (strEqualsAscii(k, "default"))
      dflt = args[nargs + i];
    else
      return raise(&TypeErrorType, "%s() got an unexpected keyword argument '%s'", name,
                   strToUtf8(k).c_str());
  }
  if (nargs == 0)
    return raise(&TypeErrorType, "%s expected at least 1 argument, got 0", name);
  if (nargs > 1 && dflt)
    return raise(&TypeErrorType,
                 "Cannot specify a default for %s() with multiple positional arguments", name);
  if (key && isNone(key))
    key = Value();
  Value best, bestKey;
  auto consider = [&](Value item) {
    Value k = key ? call(key, {item}) : item;
    if (!k)
      return false;
    if (!best) {
      best = item;
      bestKey = k;
      return true;
    }
    int r = richCompareBool(k, bestKey, op);
    if (r < 0)
      return false;
    if (r) {
      best = item;
      bestKey = k;
    }
    return true;
  };
  if (nargs == 1) {
    if (!forEach(args[0], consider))
      return Value();
  } else {
    for (size_t i = 0; i < nargs; i++)
      if (!consider(args[i]))
        return Value();
  }
  if (!best) {
    if (dflt)
      return dflt;
    return raise(&ValueErrorType, "%s() arg is an empty sequence", name);
  }
  return best;
}

Value bMin(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  return minMax("min", args, nargs, kwnames, 0);
}
Value bMax(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  return minMax("max", args, nargs, kwnames, 4);
}

Value bSum(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[2];
  if (!parseArgs({"sum", {"iterable", "start"}, 1, size_t(-1), 1}, args, nargs, kwnames, a))
    return Value();
  Value acc = a[1] ? a[1] : Value::small(0);
  if (isStr(acc))
    return raise(&TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]");
  if (isBytes(acc))
    return raise(&TypeErrorType, "sum() can't sum bytes [use b''.join(seq) instead]");
  if (typeOf(acc) == &ByteArrayType)
    return raise(&TypeErrorType, "sum() can't sum bytearray [use b''.join(seq) instead]");
  // Floats are summed with compensation like CPython's fast path? CPython
  // adds plainly (no compensation) in 3.11.
  bool ok = forEach(a[0], [&](Value item) {
    if (acc.isSmall() && item.isSmall()) {
      acc = intFromI64(acc.smallValue() + item.smallValue());
      return true;
    }
    acc = binaryOp(acc, item, 0);
    return !acc.isNull();
  });
  return ok ? acc : Value();
}

Value bSorted(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  if (nargs != 1)
    return raise(&TypeErrorType, "sorted expected 1 argument, got %zu", nargs);
  Value l = listFromIterable(args[0]);
  if (!l)
    return Value();
  Value a[2];
  if (!parseArgs({"sort", {"key", "reverse"}, 0, 0}, args + 1, 0, kwnames, a))
    return Value();
  int rev = a[1] ? isTrue(a[1]) : 0;
  if (rev < 0)
    return Value();
  if (listSort(l.as<List>(), a[0], rev) < 0)
    return Value();
  return l;
}

Value bAny(Value self, Value it) {
  bool found = false;
  bool ok = forEach(it, [&](Value v) {
    int t = isTrue(v);
    if (t < 0)
      return false;
    if (t) {
      found = true;
      return false;
    }
    return true;
  });
  if (!ok)
    return Value();
  return boolValue(found);
}

Value bAll(Value self, Value it) {
  bool all = true;
  bool ok = forEach(it, [&](Value v) {
    int t = isTrue(v);
    if (t < 0)
      return false;
    if (!t) {
      all = false;
      return false;
    }
    return true;
  });
  if (!ok)
    return Value();
  return boolValue(all);
}

Value bGlobals(Value self) {
  Frame *f = ts.frame;
  if (!f)
    return Value::object(dictNew());
  return Value::object(f->globals);
}

Value bLocals(Value self) {
  Frame *f = ts.frame;
  if (!f)
    return Value::object(dictNew());
  return frameLocals(f);
}

Value bVars(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("vars", nargs, 0, 1))
    return Value();
  if (nargs == 0)
    return bLocals(self);
  Value d = getAttrOpt(args[0], names.dict);
  if (!d) {
    if (!errOccurred())
      raise(&TypeErrorType, "vars() argument must have __dict__ attribute");
    return Value();
  }
  return d;
}

Value bDir(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("dir", nargs, 0, 1))
    return Value();
  Value names_;
  if (nargs == 0) {
    Value loc = bLocals(self);
    if (!loc)
      return Value();
    names_ = listFromIterable(loc);
  } else {
    Value d = lookupSpecial(args[0], names.dir);
    if (!d) {
      if (!errOccurred())
        raise(&TypeErrorType, "object does not provide __dir__");
      return Value();
    }
    Value r = call(d, {});
    if (!r)
      return Value();
    names_ = listFromIterable(r);
  }
  if (!names_)
    return Value();
  if (listSort(names_.as<List>(), Value(), false) < 0)
    return Value();
  return names_;
}

/// exec/eval: (source|code, globals=None, locals=None).
Value execOrEval(const char *fname, const Value *args, size_t nargs, Tuple *kwnames, bool isEval) {
  Value a[3];
  if (!parseArgs({fname, {"source", "globals", "locals"}, 1, size_t(-1), 1}, args, nargs, kwnames, a))
    return Value();
  Value globals = a[1] && !isNone(a[1]) ? a[1] : Value();
  Value locals = a[2] && !isNone(a[2]) ? a[2] : Value();
  if (globals && !isDict(globals))
    return raise(&TypeErrorType,
                 isEval ? "globals must be a real dict; try eval(expr, {}, mapping)"
                        : "exec() globals must be a dict, not %s",
                 typeName(globals));
  if (locals && !typeOf(locals)->getitem)
    return raise(&TypeErrorType, isEval ? "locals must be a mapping" : "locals must be a mapping");
  if (!globals) {
    Frame *f = ts.frame;
    globals = Value::object(f ? f->globals : dictNew());
    if (!locals)
      locals = f ? frameLocals(f) : globals;
  } else if (!locals) {
    locals = globals;
  }
  Dict *g = globals.as<Dict>();
  if (!dictGetStr(g, names.builtins))
    dictSetStr(g, names.builtins, Value::object(builtinsDict()));
  Value code = a[0];
  if (typeOf(code) != &CodeType) {
    std::string src;
    bool isBytesSrc = false;
    if (isStr(code)) {
      src = strToUtf8(code);
    } else {
      const uint8_t *data;
      int64_t n;
      if (!bytesLikeData(code, &data, &n))
        return raise(&TypeErrorType, isEval ? "eval() arg 1 must be a string, bytes or code object"
                                            : "exec() arg 1 must be a string, bytes or code object");
      src.assign(reinterpret_cast<const char *>(data), size_t(n));
      isBytesSrc = true;
    }
    if (isEval) {
      // eval strips leading spaces and tabs.
      size_t k = 0;
      while (k < src.size() && (src[k] == ' ' || src[k] == '\t'))
        k++;
      src = src.substr(k);
    }
    code = compileToCode(src, "<string>", isEval ? "eval" : "exec", isBytesSrc);
    if (!code)
      return Value();
    codeSetOrigin(code.as<Code>(), CODE_DYNAMIC);
  } else if (code.as<Code>()->nfrees > 0) {
    return raise(&TypeErrorType, "code object passed to %s() may not contain free variables", fname);
  }
  Value r = runCode(code.as<Code>(), g, locals);
  if (!r)
    return Value();
  return isEval ? r : None();
}

Value bExec(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  return execOrEval("exec", args, nargs, kwnames, false);
}
Value bEval(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  // eval takes positional arguments only (no Argument Clinic in 3.11).
  if (!noKeywords("eval", kwnames) || !checkPositional("eval", nargs, 1, 3))
    return Value();
  return execOrEval("eval", args, nargs, kwnames, true);
}

Value bCompile(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[6];
  if (!parseArgs({"compile", {"source", "filename", "mode", "flags", "dont_inherit", "optimize"}, 3},
                 args, nargs, kwnames, a))
    return Value();
  if (!isStr(a[2]))
    return raise(&TypeErrorType, "compile() argument 'mode' must be str, not %s", typeName(a[2]));
  std::string mode = strToUtf8(a[2]);
  if (mode != "exec" && mode != "eval" && mode != "single")
    return raise(&ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'");
  std::string filename;
  if (isStr(a[1]))
    filename = strToUtf8(a[1]);
  else {
    const uint8_t *d;
    int64_t n;
    if (!bytesLikeData(a[1], &d, &n))
      return raise(&TypeErrorType, "expected str, bytes or os.PathLike object, not %s",
                   typeName(a[1]));
    filename.assign(reinterpret_cast<const char *>(d), size_t(n));
  }
  std::string src;
  bool isBytesSrc = false;
  if (isStr(a[0])) {
    src = strToUtf8(a[0]);
  } else if (typeOf(a[0]) == &CodeType) {
    return a[0];
  } else {
    const uint8_t *data;
    int64_t n;
    if (!bytesLikeData(a[0], &data, &n))
      return raise(&TypeErrorType, "compile() arg 1 must be a string, bytes or AST object");
    src.assign(reinterpret_cast<const char *>(data), size_t(n));
    isBytesSrc = true;
  }
  int optimize = 0; // -1 (the default) is the interpreter's own level, 0
  if (a[5]) {
    Value o = a[5];
    if (!isInt(o))
      return raise(&TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(o));
    int64_t lv = 0;
    if (!intToSsize(o, &lv))
      return Value();
    if (lv < -1 || lv > 2)
      return raise(&ValueErrorType, "compile(): invalid optimize value");
    optimize = lv < 0 ? 0 : int(lv);
  }
  Value code = compileToCode(src, filename, mode.c_str(), isBytesSrc, optimize);
  if (code && typeOf(code) == &CodeType) // not an AST (PyCF_ONLY_AST)
    codeSetOrigin(code.as<Code>(), CODE_DYNAMIC);
  return code;
}

Value bImport(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[5];
  if (!parseArgs({"__import__", {"name", "globals", "locals", "fromlist", "level"}, 1}, args, nargs,
                 kwnames, a))
    return Value();
  int64_t level = 0;
  if (a[4] && !intToSsize(a[4], &level))
    return Value();
  return importModule(a[0], a[1] ? a[1] : None(), a[3] ? a[3] : None(), int(level));
}

Value bFormat(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("format", nargs, 1, 2))
    return Value();
  if (nargs == 2 && !isStr(args[1]))
    return raise(&TypeErrorType, "format() argument 2 must be str, not %s", typeName(args[1]));
  return format(args[0], nargs > 1 ? args[1] : Value());
}

/// exit and quit: the site module's Quitter objects (a repr telling how to
/// leave, a call raising SystemExit).
Type QuitterType;
struct Quitter : Object {
  const char *name;
};

Value quitterRepr(Value self) {
  return strFromUtf8(std::string("Use ") + self.as<Quitter>()->name +
                     "() or Ctrl-D (i.e. EOF) to exit");
}

Value quitterCall(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value code;
  if (!parseArgs({"__call__", {"code"}, 0}, args, nargs, kwnames, &code))
    return Value();
  Value exc = exceptionNew(&SystemExitType, code && !isNone(code) ? tupleOf({code}) : emptyTuple());
  if (exc)
    setCurrentException(exc);
  return Value();
}

Value quitterNew(const char *name) {
  if (!(QuitterType.flags & TF_READY)) {
    typeInitBuiltin(&QuitterType, "_sitebuiltins.Quitter", &ObjectType, sizeof(Quitter), 0);
    QuitterType.repr = quitterRepr;
    QuitterType.call = quitterCall;
    typeReady(&QuitterType);
  }
  Quitter *q = newObject<Quitter>(&QuitterType);
  if (q)
    q->name = name;
  return Value::object(q);
}

Value bBreakpoint(Value self, const Value *args, size_t nargs, Tuple *kwnames) { return None(); }

Value bAiter(Value self, Value v) {
  Value f = lookupSpecial(v, names.aiter);
  if (!f) {
    if (!errOccurred())
      raise(&TypeErrorType, "'%s' object is not an async iterable", typeName(v));
    return Value();
  }
  return call(f, {});
}

Value bAnext(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("anext", nargs, 1, 2))
    return Value();
  Value f = lookupSpecial(args[0], names.anext);
  if (!f) {
    if (!errOccurred())
      raise(&TypeErrorType, "'%s' object is not an async iterator", typeName(args[0]));
    return Value();
  }
  return call(f, {});
}

const MethodDef builtinFunctions[] = {
    KILN_METH_KW("print", bPrint),
    KILN_METH_O("len", bLen),
    KILN_METH_O("repr", bRepr),
    KILN_METH_O("ascii", bAscii),
    KILN_METH_O("abs", bAbs),
    KILN_METH_FAST("isinstance", bIsInstance),
    KILN_METH_FAST("issubclass", bIsSubclass),
    KILN_METH_FAST("getattr", bGetAttr),
    KILN_METH_FAST("setattr", bSetAttr),
    KILN_METH_FAST("delattr", bDelAttr),
    KILN_METH_FAST("hasattr", bHasAttr),
    KILN_METH_O("hash", bHash),
    KILN_METH_O("id", bId),
    KILN_METH_O("callable", bCallable),
    KILN_METH_FAST("iter", bIter),
    KILN_METH_FAST("next", bNext),
    KILN_METH_O("chr", bChr),
    KILN_METH_O("ord", bOrd),
    KILN_METH_O("hex", bHex),
    KILN_METH_O("oct", bOct),
    KILN_METH_O("bin", bBin),
    KILN_METH_FAST("divmod", bDivmod),
    KILN_METH_KW("pow", bPow),
    KILN_METH_KW("round", bRound),
    KILN_METH_KW("min", bMin),
    KILN_METH_KW("max", bMax),
    KILN_METH_KW("sum", bSum),
    KILN_METH_KW("sorted", bSorted),
    KILN_METH_O("any", bAny),
    KILN_METH_O("all", bAll),
    KILN_METH_NOARGS("globals", bGlobals),
    KILN_METH_NOARGS("locals", bLocals),
    KILN_METH_FAST("vars", bVars),
    KILN_METH_FAST("dir", bDir),
    KILN_METH_KW("exec", bExec),
    KILN_METH_KW("eval", bEval),
    KILN_METH_KW("compile", bCompile),
    KILN_METH_KW("__import__", bImport),
    KILN_METH_KW("__build_class__", buildClass),
    KILN_METH_FAST("format", bFormat),
    KILN_METH_KW("open", ioOpen),
    KILN_METH_FAST("input", builtinInput),
    KILN_METH_KW("breakpoint", bBreakpoint),
    KILN_METH_O("aiter", bAiter),
    KILN_METH_FAST("anext", bAnext),
    {nullptr},
};

} // namespace

Value builtinsModuleCreate() {
  Value m = moduleNew(intern("builtins"));
  Module *mod = m.as<Module>();
  moduleAddFunctions(mod, builtinFunctions);
  struct {
    const char *name;
    Value v;
  } objects[] = {
      {"None", None()},
      {"Ellipsis", Ellipsis()},
      {"NotImplemented", NotImplemented()},
      {"True", TrueValue},
      {"False", FalseValue},
      {"__debug__", TrueValue},
      {"exit", quitterNew("exit")},
      {"quit", quitterNew("quit")},
      {"object", Value::object(&ObjectType)},
      {"type", Value::object(&TypeType)},
      {"int", Value::object(&IntType)},
      {"bool", Value::object(&BoolType)},
      {"float", Value::object(&FloatType)},
      {"complex", Value::object(&ComplexType)},
      {"str", Value::object(&StrType)},
      {"bytes", Value::object(&BytesType)},
      {"bytearray", Value::object(&ByteArrayType)},
      {"memoryview", Value::object(&MemoryViewType)},
      {"tuple", Value::object(&TupleType)},
      {"list", Value::object(&ListType)},
      {"dict", Value::object(&DictType)},
      {"set", Value::object(&SetType)},
      {"frozenset", Value::object(&FrozenSetType)},
      {"range", Value::object(&RangeType)},
      {"slice", Value::object(&SliceType)},
      {"property", Value::object(&PropertyType)},
      {"staticmethod", Value::object(&StaticMethodType)},
      {"classmethod", Value::object(&ClassMethodType)},
      {"super", Value::object(&SuperType)},
      {"enumerate", Value::object(&EnumerateType)},
      {"zip", Value::object(&ZipType)},
      {"map", Value::object(&MapType)},
      {"filter", Value::object(&FilterType)},
      {"reversed", Value::object(&ReversedType)},
  };
  for (auto &o : objects)
    moduleAdd(mod, o.name, o.v);
#define EXC(Name, Base, Layout) moduleAdd(mod, #Name, Value::object(&Name##Type));
#include "runtime/Exceptions.def"
  moduleAdd(mod, "EnvironmentError", Value::object(&OSErrorType));
  moduleAdd(mod, "IOError", Value::object(&OSErrorType));
  return m;
}

} // namespace kiln::rt
