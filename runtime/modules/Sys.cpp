//===- Sys.cpp - The sys module ------------------------------------------===//
#include "runtime/Abstract.h"
#include "runtime/Args.h"
#include "runtime/Errors.h"
#include "runtime/Frame.h"
#include "runtime/Names.h"
#include "runtime/Runtime.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Exception.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Module.h"
#include "runtime/objects/Float.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/StructSeq.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <cfloat>
#include <cstdlib>
#include <cstring>

namespace kiln::rt {

extern int64_t intMaxStrDigits;
Value stdStream(int fd);

namespace {

Type VersionInfoType;

Value viField(Value self, int i) { return self.as<Tuple>()->items[i]; }
Value viMajor(Value s) { return viField(s, 0); }
Value viMinor(Value s) { return viField(s, 1); }
Value viMicro(Value s) { return viField(s, 2); }
Value viLevel(Value s) { return viField(s, 3); }
Value viSerial(Value s) { return viField(s, 4); }
const GetSetDef viGetSets[] = {
    {"major", viMajor, nullptr},        {"minor", viMinor, nullptr},
    {"micro", viMicro, nullptr},        {"releaselevel", viLevel, nullptr},
    {"serial", viSerial, nullptr},      {nullptr},
};
Value viRepr(Value self) {
  Tuple *t = self.as<Tuple>();
  std::string level = strToUtf8(repr(t->items[3]));
  return strFromUtf8("sys.version_info(major=" + strToUtf8(repr(t->items[0])) +
                     ", minor=" + strToUtf8(repr(t->items[1])) + ", micro=" +
                     strToUtf8(repr(t->items[2])) + ", releaselevel=" + level +
                     ", serial=" + strToUtf8(repr(t->items[4])) + ")");
}

Value sGetRefCount(Value self, Value obj) {
  // No reference counts under a tracing GC; 2 is what CPython reports for
  // an object held by one variable (the variable and the argument).
  return Value::small(2);
}

Value sExit(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("exit", nargs, 0, 1))
    return Value();
  // sys.exit(None) raises a SystemExit without arguments, as CPython does.
  bool hasArg = nargs && !isNone(args[0]);
  Value exc = exceptionNew(&SystemExitType, hasArg ? tupleOf({args[0]}) : emptyTuple());
  if (exc)
    setCurrentException(exc);
  return Value();
}

Value sGetRecursionLimit(Value self) { return intFromI64(ts.recursionLimit); }

Value sSetRecursionLimit(Value self, Value v) {
  if (!isInt(v))
    return raise(&TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(v));
  int64_t n;
  if (!intAsI64(v, &n) || n > INT32_MAX)
    return raise(&OverflowErrorType, "Python int too large to convert to C int");
  if (n < 1)
    return raise(&ValueErrorType, "recursion limit must be greater or equal than 1");
  if (n <= ts.depth)
    return raise(&RecursionErrorType,
                 "cannot set the recursion limit to %lld at the recursion depth %d: the limit is "
                 "too low",
                 (long long)n, ts.depth);
  ts.recursionLimit = int(n);
  return None();
}

Value sGetFrame(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("_getframe", nargs, 0, 1))
    return Value();
  int64_t depth = 0;
  if (nargs && !intToSsize(args[0], &depth))
    return Value();
  Frame *f = ts.frame;
  while (depth-- > 0 && f)
    f = f->back;
  if (!f)
    return raise(&ValueErrorType, "call stack is not deep enough");
  f->flags |= FRAME_ESCAPED;
  return Value::object(f);
}

Value sExcInfo(Value self) {
  Value e = handledException();
  if (!e)
    return Value::object(tupleOf({None(), None(), None()}));
  Value tb = e.as<BaseException>()->traceback;
  return Value::object(tupleOf({Value::object(typeOf(e)), e, tb ? tb : None()}));
}

Value sException(Value self) {
  Value e = handledException();
  return e ? e : None();
}

Value sDisplayHook(Value self, Value v) {
  if (isNone(v))
    return None();
  Dict *b = builtinsDict();
  dictSetStr(b, intern("_"), None());
  Value r = repr(v);
  if (!r)
    return Value();
  Value out = sysGet("stdout");
  if (!out || !callMethod(out, names.write, {r}) || !callMethod(out, names.write, {strFromAscii("\n")}))
    return Value();
  dictSetStr(b, intern("_"), v);
  return None();
}

Value sExceptHook(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("excepthook", nargs, 3, 3))
    return Value();
  printException(args[1]);
  return None();
}

Value sGetIntMaxStrDigits(Value self) { return intFromI64(intMaxStrDigits); }

Value sSetIntMaxStrDigits(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[1];
  if (!parseArgs({"set_int_max_str_digits", {"maxdigits"}, 1}, args, nargs, kwnames, a))
    return Value();
  int64_t n;
  if (!intToSsize(a[0], &n))
    return Value();
  if (n != 0 && n < 640)
    return raise(&ValueErrorType, "maxdigits must be 0 or larger than 640");
  intMaxStrDigits = n;
  return None();
}

Value sGetSizeOf(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("getsizeof", nargs, 1, 2))
    return Value();
  Value f = lookupSpecial(args[0], names.sizeof_);
  if (!f) {
    if (errOccurred())
      return Value();
    return intFromI64(typeOf(args[0])->instanceSize);
  }
  return call(f, {});
}

Value sIntern(Value self, Value s) {
  if (!isExactStr(s))
    return raise(&TypeErrorType, "intern() argument must be str, not %s", typeName(s));
  return Value::object(internStr(s.as<Str>()));
}

Value sGetDefaultEncoding(Value self) { return strFromAscii("utf-8"); }

const MethodDef sysFunctions[] = {
    KILN_METH_FAST("exit", sExit),
    KILN_METH_NOARGS("getrecursionlimit", sGetRecursionLimit),
    KILN_METH_O("setrecursionlimit", sSetRecursionLimit),
    KILN_METH_FAST("_getframe", sGetFrame),
    KILN_METH_NOARGS("exc_info", sExcInfo),
    KILN_METH_NOARGS("exception", sException),
    KILN_METH_O("displayhook", sDisplayHook),
    KILN_METH_FAST("excepthook", sExceptHook),
    KILN_METH_NOARGS("get_int_max_str_digits", sGetIntMaxStrDigits),
    KILN_METH_KW("set_int_max_str_digits", sSetIntMaxStrDigits),
    KILN_METH_FAST("getsizeof", sGetSizeOf),
    KILN_METH_O("intern", sIntern),
    KILN_METH_O("getrefcount", sGetRefCount),
    KILN_METH_NOARGS("getdefaultencoding", sGetDefaultEncoding),
    {nullptr},
};

/// sys.float_info, int_info, hash_info and flags: CPython 3.11's values on
/// x86-64 Linux.
void addInfoTuples(Module *mod) {
  static const char *const floatFields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp",
                                            "min_10_exp", "dig", "mant_dig", "epsilon", "radix",
                                            "rounds", nullptr};
  Type *fi = structSeqType("sys.float_info", floatFields);
  moduleAdd(mod, "float_info",
            structSeqNew(fi, {floatFrom(DBL_MAX), Value::small(DBL_MAX_EXP),
                              Value::small(DBL_MAX_10_EXP), floatFrom(DBL_MIN),
                              Value::small(DBL_MIN_EXP), Value::small(DBL_MIN_10_EXP),
                              Value::small(DBL_DIG), Value::small(DBL_MANT_DIG),
                              floatFrom(DBL_EPSILON), Value::small(FLT_RADIX), Value::small(1)}));
  static const char *const intFields[] = {"bits_per_digit", "sizeof_digit",
                                          "default_max_str_digits", "str_digits_check_threshold",
                                          nullptr};
  Type *ii = structSeqType("sys.int_info", intFields);
  moduleAdd(mod, "int_info", structSeqNew(ii, {Value::small(30), Value::small(4),
                                                Value::small(4300), Value::small(640)}));
  static const char *const hashFields[] = {"width", "modulus", "inf", "nan", "imag", "algorithm",
                                           "hash_bits", "seed_bits", "cutoff", nullptr};
  Type *hi = structSeqType("sys.hash_info", hashFields);
  moduleAdd(mod, "hash_info",
            structSeqNew(hi, {Value::small(64), intFromI64((int64_t(1) << 61) - 1),
                              Value::small(314159), Value::small(0), Value::small(1000003),
                              strFromAscii("siphash13"), Value::small(64), Value::small(128),
                              Value::small(0)}));
  static const char *const flagFields[] = {
      "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
      "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
      "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
      "safe_path", "int_max_str_digits", nullptr};
  Type *fl = structSeqType("sys.flags", flagFields);
  Value z = Value::small(0);
  auto envSet = [](const char *name) {
    const char *v = getenv(name);
    return v && *v;
  };
  const char *seed = getenv("PYTHONHASHSEED");
  bool fixedZeroSeed = seed && !strcmp(seed, "0");
  Value dontWrite = Value::small(envSet("PYTHONDONTWRITEBYTECODE") ? 1 : 0);
  moduleAdd(mod, "flags",
            structSeqNew(fl, {z, z, z, z, dontWrite, z, z, z, z, z, z,
                              Value::small(fixedZeroSeed ? 0 : 1), z, FalseValue, z, z,
                              FalseValue, Value::small(-1)}));
}

} // namespace

/// Builds the sys module (not through the registry: it exists before any
/// import can run).
std::vector<std::string> kilnPathFolders() {
  std::vector<std::string> dirs;
  const char *kp = getenv("KILNPATH");
  std::string all = kp ? kp : "";
  size_t pos = 0;
  while (kp && pos <= all.size()) {
    size_t colon = all.find(':', pos);
    std::string part = all.substr(pos, colon == std::string::npos ? std::string::npos : colon - pos);
    if (!part.empty())
      dirs.push_back(part);
    if (colon == std::string::npos)
      break;
    pos = colon + 1;
  }
  return dirs;
}

Value sysModuleCreate(const std::vector<std::string> &argv, const std::string &scriptDir,
                      Dict *modules) {
  typeInitBuiltin(&VersionInfoType, "sys.version_info", &TupleType, sizeof(Tuple), 0);
  VersionInfoType.repr = viRepr;
  typeReady(&VersionInfoType, nullptr, viGetSets);

  Value m = moduleNew(intern("sys"));
  Module *mod = m.as<Module>();
  moduleAddFunctions(mod, sysFunctions);
  List *av = listNew();
  for (const std::string &a : argv)
    listAppend(av, strFromUtf8(a));
  moduleAdd(mod, "argv", Value::object(av));
  moduleAdd(mod, "orig_argv", Value::object(listFromArray(av->items, av->size)));
  List *path = listNew();
  listAppend(path, strFromUtf8(scriptDir));
  for (const std::string &dir : kilnPathFolders())
    listAppend(path, strFromUtf8(dir));
  moduleAdd(mod, "path", Value::object(path));
  moduleAdd(mod, "modules", Value::object(modules));
  moduleAdd(mod, "maxsize", intFromI64(INT64_MAX));
  moduleAdd(mod, "maxunicode", intFromI64(0x10ffff));
  moduleAdd(mod, "byteorder", strFromAscii("little"));
  moduleAdd(mod, "platform", strFromAscii("linux"));
  moduleAdd(mod, "version", strFromAscii("3.11.7 (kiln) [GCC]"));
  moduleAdd(mod, "hexversion", intFromI64(0x030b07f0));
  moduleAdd(mod, "executable", strFromAscii(""));
  moduleAdd(mod, "implementation_name", strFromAscii("kiln"));
  Tuple *vi = tupleNew(5);
  vi->type = &VersionInfoType;
  vi->items[0] = Value::small(3);
  vi->items[1] = Value::small(11);
  vi->items[2] = Value::small(7);
  vi->items[3] = strFromAscii("final");
  vi->items[4] = Value::small(0);
  moduleAdd(mod, "version_info", Value::object(vi));
  moduleAdd(mod, "stdin", stdStream(0));
  moduleAdd(mod, "stdout", stdStream(1));
  moduleAdd(mod, "stderr", stdStream(2));
  moduleAdd(mod, "__stdin__", stdStream(0));
  moduleAdd(mod, "__stdout__", stdStream(1));
  moduleAdd(mod, "__stderr__", stdStream(2));
  moduleAdd(mod, "__displayhook__", dictGetCStr(mod->dict, "displayhook"));
  moduleAdd(mod, "__excepthook__", dictGetCStr(mod->dict, "excepthook"));
  const char *dwb = getenv("PYTHONDONTWRITEBYTECODE");
  moduleAdd(mod, "dont_write_bytecode", boolValue(dwb && *dwb));
  addInfoTuples(mod);
  return m;
}

} // namespace kiln::rt
