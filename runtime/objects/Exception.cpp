//===- Exception.cpp - The built-in exception classes ---------------------===//
///
/// Every class of Exceptions.def is a static Type sharing one instance
/// layout (BaseException); the Layout column decides which extra
/// attributes a class has, how its constructor fills them and how str()
/// renders it.
///
//===----------------------------------------------------------------------===//
#include <cerrno>
#include "runtime/objects/GenericAlias.h"
#include "runtime/objects/Exception.h"
#include "runtime/Abstract.h"
#include "runtime/Errors.h"
#include "runtime/Frame.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <algorithm>
#include <cstddef>
#include <cstring>

namespace kiln::rt {

#define EXC(Name, Base, Layout) Type Name##Type;
#include "runtime/Exceptions.def"

namespace {

enum class Layout { Plain, StopIteration, SystemExit, OSError, SyntaxError, ImportError,
                    NameError, AttributeError, Unicode, Group };

Layout computeLayout(const Type *t) {
#define EXC(Name, Base, L)                                                                \
  if (Layout::L != Layout::Plain && &Name##Type != &BaseExceptionType &&                  \
      isSubtype(t, &Name##Type)) /* constants first: most entries are Plain */            \
    return Layout::L;
#include "runtime/Exceptions.def"
  return Layout::Plain;
}

/// The field layout of exception type \p t, from its nearest built-in
/// exception base (cached on the type: bases cannot change it).
Layout layoutOf(const Type *t) {
  if (!t->excLayout)
    const_cast<Type *>(t)->excLayout = uint8_t(int(computeLayout(t)) + 1);
  return Layout(t->excLayout - 1);
}

BaseException *exc(Value v) { return v.as<BaseException>(); }

Value argOr(Tuple *args, int64_t i) { return i < args->size ? args->items[i] : None(); }

/// Fills the class-specific fields from the constructor arguments.
int fillFields(Value self, Tuple *args, Tuple *kwnames, const Value *kwvalues) {
  BaseException *e = exc(self);
  for (Value &f : e->fields)
    f = None();
  Layout layout = layoutOf(typeOf(self));
  // Keyword arguments: only ImportError (name, path), NameError (name) and
  // AttributeError (name, obj) take any.
  size_t nkw = kwnames ? kwnames->size : 0;
  for (size_t i = 0; i < nkw; i++) {
    Str *k = kwnames->items[i].as<Str>();
    int slot = -1;
    if (layout == Layout::ImportError && strEqualsAscii(k, "name"))
      slot = 1;
    else if (layout == Layout::ImportError && strEqualsAscii(k, "path"))
      slot = 2;
    else if ((layout == Layout::NameError || layout == Layout::AttributeError) &&
             strEqualsAscii(k, "name"))
      slot = 0;
    else if (layout == Layout::AttributeError && strEqualsAscii(k, "obj"))
      slot = 1;
    if (slot < 0) {
      if (layout == Layout::ImportError || layout == Layout::NameError ||
          layout == Layout::AttributeError)
        raise(&TypeErrorType, "'%s' is an invalid keyword argument for %s()",
              strToUtf8(k).c_str(), typeName(typeOf(self)));
      else
        raise(&TypeErrorType, "%s() takes no keyword arguments", typeName(typeOf(self)));
      return -1;
    }
    e->fields[slot] = kwvalues[i];
  }
  switch (layout) {
  case Layout::Plain:
  case Layout::NameError:
  case Layout::AttributeError:
    break;
  case Layout::StopIteration:
    e->fields[0] = argOr(args, 0);
    break;
  case Layout::SystemExit:
    e->fields[0] = args->size == 0 ? None() : args->size == 1 ? args->items[0] : Value::object(args);
    break;
  case Layout::OSError:
    if (args->size >= 2 && args->size <= 5) {
      e->fields[0] = args->items[0];
      e->fields[1] = args->items[1];
      if (args->size >= 3) {
        e->fields[2] = args->items[2];
        if (args->size >= 5)
          e->fields[3] = args->items[4];
        e->args = tupleOf({args->items[0], args->items[1]});
      }
    }
    break;
  case Layout::SyntaxError:
    e->fields[0] = argOr(args, 0);
    if (args->size == 2 && isTuple(args->items[1])) {
      Tuple *info = args->items[1].as<Tuple>();
      if (info->size < 4 || info->size > 6) {
        raise(&IndexErrorType, "tuple index out of range");
        return -1;
      }
      for (int64_t i = 0; i < info->size; i++)
        e->fields[1 + i] = info->items[i];
    }
    break;
  case Layout::ImportError:
    e->fields[0] = args->size == 1 ? args->items[0] : None();
    break;
  case Layout::Unicode:
    for (int64_t i = 0; i < 5 && i < args->size; i++)
      e->fields[i] = args->items[i];
    break;
  case Layout::Group:
    break;
  }
  return 0;
}

Value baseExceptionNew(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  BaseException *e = newObject<BaseException>(type);
  if (!e)
    return Value();
  e->args = tupleFromArray(args, int64_t(nargs));
  for (Value &f : e->fields)
    f = None();
  return Value::object(e);
}

/// OSError(errno, strerror, ...) builds the subclass for the errno, as
/// CPython does (OSError(2, "x") is a FileNotFoundError).
Value osErrorNew(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  int64_t code;
  if (type == &OSErrorType && nargs >= 2 && isInt(args[0]) && intAsI64(args[0], &code)) {
    switch (code) {
    case EAGAIN: case EALREADY: case EINPROGRESS: type = &BlockingIOErrorType; break;
    case ECHILD: type = &ChildProcessErrorType; break;
    case EPIPE: case ESHUTDOWN: type = &BrokenPipeErrorType; break;
    case ECONNABORTED: type = &ConnectionAbortedErrorType; break;
    case ECONNREFUSED: type = &ConnectionRefusedErrorType; break;
    case ECONNRESET: type = &ConnectionResetErrorType; break;
    case EEXIST: type = &FileExistsErrorType; break;
    case ENOENT: type = &FileNotFoundErrorType; break;
    case EISDIR: type = &IsADirectoryErrorType; break;
    case ENOTDIR: type = &NotADirectoryErrorType; break;
    case EINTR: type = &InterruptedErrorType; break;
    case EACCES: case EPERM: type = &PermissionErrorType; break;
    case ESRCH: type = &ProcessLookupErrorType; break;
    case ETIMEDOUT: type = &TimeoutErrorType; break;
    default: break;
    }
  }
  return baseExceptionNew(type, args, nargs, kwnames);
}

int baseExceptionInit(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Layout layout = layoutOf(typeOf(self));
  if (kwnames && kwnames->size && layout != Layout::ImportError &&
      layout != Layout::NameError && layout != Layout::AttributeError) {
    raise(&TypeErrorType, "%s() takes no keyword arguments", typeName(typeOf(self)));
    return -1;
  }
  // __new__ has usually just made this very tuple: keep it.
  Tuple *have = exc(self)->args;
  bool same = have && have->size == int64_t(nargs);
  for (size_t i = 0; same && i < nargs; i++)
    same = have->items[i] == args[i];
  if (!same)
    exc(self)->args = tupleFromArray(args, int64_t(nargs));
  if (layout == Layout::Group)
    return 0;
  return fillFields(self, exc(self)->args, kwnames, args + nargs);
}

Value baseExceptionRepr(Value self) {
  Tuple *args = exc(self)->args;
  std::string out = typeName(typeOf(self));
  if (args->size == 1) {
    Value r = repr(args->items[0]);
    if (!r)
      return Value();
    out += "(" + strToUtf8(r) + ")";
  } else {
    Value r = repr(Value::object(args));
    if (!r)
      return Value();
    out += strToUtf8(r);
  }
  return strFromUtf8(out);
}

Value strOfArgs(Tuple *args) {
  if (args->size == 0)
    return Value::object(names.empty);
  if (args->size == 1)
    return str(args->items[0]);
  return str(Value::object(args));
}

Value groupStr(Value self);

Value baseExceptionStr(Value self) {
  BaseException *e = exc(self);
  Type *t = typeOf(self);
  switch (layoutOf(t)) {
  case Layout::OSError:
    if (!isNone(e->fields[0]) && !isNone(e->fields[1])) {
      Value en = str(e->fields[0]), se = str(e->fields[1]);
      if (!en || !se)
        return Value();
      std::string out = "[Errno " + strToUtf8(en) + "] " + strToUtf8(se);
      if (!isNone(e->fields[2])) {
        Value fr = repr(e->fields[2]);
        if (!fr)
          return Value();
        out += ": " + strToUtf8(fr);
        if (!isNone(e->fields[3])) {
          Value f2 = repr(e->fields[3]);
          if (!f2)
            return Value();
          out += " -> " + strToUtf8(f2);
        }
      }
      return strFromUtf8(out);
    }
    break;
  case Layout::SyntaxError: {
    Value msg = str(e->fields[0]);
    if (!msg)
      return Value();
    std::string out = strToUtf8(msg);
    Value fn = e->fields[1], ln = e->fields[2];
    bool haveFile = isStr(fn), haveLine = isInt(ln);
    if (haveFile) {
      // Only the file's base name, as CPython prints it.
      std::string f = strToUtf8(fn);
      size_t slash = f.rfind('/');
      if (slash != std::string::npos)
        f = f.substr(slash + 1);
      if (haveLine)
        out += " (" + f + ", line " + strToUtf8(repr(ln)) + ")";
      else
        out += " (" + f + ")";
    } else if (haveLine) {
      out += " (line " + strToUtf8(repr(ln)) + ")";
    }
    return strFromUtf8(out);
  }
  case Layout::ImportError:
    if (!isNone(e->fields[0]))
      return str(e->fields[0]);
    break;
  case Layout::Group:
    return groupStr(self);
  case Layout::Unicode:
    if (e->args->size == 5 && isStr(e->fields[0]) && isInt(e->fields[2]) && isInt(e->fields[3])) {
      std::string enc = strToUtf8(e->fields[0]);
      int64_t start = 0, end = 0;
      intAsI64(e->fields[2], &start);
      intAsI64(e->fields[3], &end);
      std::string reason = isStr(e->fields[4]) ? strToUtf8(e->fields[4]) : "";
      char buf[64];
      if (isSubtype(t, &UnicodeDecodeErrorType) && isBytes(e->fields[1])) {
        Value b = e->fields[1];
        Value byte = getItem(b, intFromI64(start));
        int64_t bv = 0;
        if (byte)
          intAsI64(byte, &bv);
        else
          clearError();
        if (end == start + 1)
          snprintf(buf, sizeof buf, "byte 0x%02x in position %lld", int(bv), (long long)start);
        else
          snprintf(buf, sizeof buf, "bytes in position %lld-%lld", (long long)start,
                   (long long)(end - 1));
        return strFromUtf8("'" + enc + "' codec can't decode " + buf + ": " + reason);
      }
      if (isStr(e->fields[1])) {
        Str *s = e->fields[1].as<Str>();
        uint32_t c = start < s->length ? s->at(start) : 0;
        if (end == start + 1) {
          if (c < 0x100)
            snprintf(buf, sizeof buf, "character '\\x%02x' in position %lld", c, (long long)start);
          else if (c < 0x10000)
            snprintf(buf, sizeof buf, "character '\\u%04x' in position %lld", c, (long long)start);
          else
            snprintf(buf, sizeof buf, "character '\\U%08x' in position %lld", c, (long long)start);
        } else {
          snprintf(buf, sizeof buf, "characters in position %lld-%lld", (long long)start,
                   (long long)(end - 1));
        }
        return strFromUtf8("'" + enc + "' codec can't encode " + buf + ": " + reason);
      }
    }
    break;
  default:
    break;
  }
  if (t == &KeyErrorType || isSubtype(t, &KeyErrorType)) {
    if (e->args->size == 1)
      return repr(e->args->items[0]);
  }
  return strOfArgs(e->args);
}

// --- Attributes ----------------------------------------------------------------

Value getArgs(Value self) { return Value::object(exc(self)->args); }
int setArgs(Value self, Value v) {
  if (!v) {
    raise(&TypeErrorType, "args may not be deleted");
    return -1;
  }
  Value t = tupleFromIterable(v);
  if (!t)
    return -1;
  exc(self)->args = t.as<Tuple>();
  return 0;
}
Value getTraceback(Value self) {
  Value tb = exc(self)->traceback;
  return tb ? tb : None();
}
int setTraceback(Value self, Value v) {
  if (!v) {
    raise(&TypeErrorType, "__traceback__ may not be deleted");
    return -1;
  }
  if (!isNone(v) && typeOf(v) != &TracebackType) {
    raise(&TypeErrorType, "__traceback__ must be a traceback or None");
    return -1;
  }
  exc(self)->traceback = isNone(v) ? Value() : v;
  return 0;
}
Value getCause(Value self) {
  Value c = exc(self)->cause;
  return c ? c : None();
}
int setCause(Value self, Value v) {
  if (!v) {
    raise(&TypeErrorType, "__cause__ may not be deleted");
    return -1;
  }
  if (!isNone(v) && !isException(v)) {
    raise(&TypeErrorType, "exception cause must be None or derive from BaseException");
    return -1;
  }
  exc(self)->cause = isNone(v) ? Value() : v;
  exc(self)->suppressContext = true;
  return 0;
}
Value getContext(Value self) {
  Value c = exc(self)->context;
  return c ? c : None();
}
int setContext(Value self, Value v) {
  if (!v) {
    raise(&TypeErrorType, "__context__ may not be deleted");
    return -1;
  }
  if (!isNone(v) && !isException(v)) {
    raise(&TypeErrorType, "exception context must be None or derive from BaseException");
    return -1;
  }
  exc(self)->context = isNone(v) ? Value() : v;
  return 0;
}
Value getSuppress(Value self) { return boolValue(exc(self)->suppressContext); }
int setSuppress(Value self, Value v) {
  int t = v ? isTrue(v) : 0;
  if (t < 0)
    return -1;
  exc(self)->suppressContext = t;
  return 0;
}
Value getDict(Value self) {
  BaseException *e = exc(self);
  if (!e->dict)
    e->dict = dictNew();
  return Value::object(e->dict);
}

const GetSetDef excGetSets[] = {
    {"args", getArgs, setArgs},
    {"__traceback__", getTraceback, setTraceback},
    {"__cause__", getCause, setCause},
    {"__context__", getContext, setContext},
    {"__suppress_context__", getSuppress, setSuppress},
    {"__dict__", getDict, nullptr},
    {nullptr},
};

Value withTraceback(Value self, Value tb) {
  if (setTraceback(self, tb) < 0)
    return Value();
  return self;
}

Value addNote(Value self, Value note) {
  if (!isStr(note))
    return raise(&TypeErrorType, "note must be a str, not '%s'", typeName(note));
  exceptionAddNote(self, note);
  return errOccurred() ? Value() : None();
}

Value excReduce(Value self) {
  return Value::object(tupleOf({Value::object(typeOf(self)), Value::object(exc(self)->args)}));
}

const MethodDef excMethods[] = {
    KILN_METH_O("with_traceback", withTraceback),
    KILN_METH_O("add_note", addNote),
    KILN_METH_NOARGS("__reduce__", excReduce),
    {nullptr},
};

#define FIELD(i) uint32_t(offsetof(BaseException, fields) + (i) * sizeof(Value))
const MemberDef stopIterationMembers[] = {{"value", FIELD(0), false}, {nullptr}};
const MemberDef systemExitMembers[] = {{"code", FIELD(0), false}, {nullptr}};
const MemberDef osErrorMembers[] = {{"errno", FIELD(0), false},
                                    {"strerror", FIELD(1), false},
                                    {"filename", FIELD(2), false},
                                    {"filename2", FIELD(3), false},
                                    {nullptr}};
const MemberDef syntaxErrorMembers[] = {{"msg", FIELD(0), false},
                                        {"filename", FIELD(1), false},
                                        {"lineno", FIELD(2), false},
                                        {"offset", FIELD(3), false},
                                        {"text", FIELD(4), false},
                                        {"end_lineno", FIELD(5), false},
                                        {"end_offset", FIELD(6), false},
                                        {"print_file_and_line", FIELD(7), false},
                                        {nullptr}};
const MemberDef importErrorMembers[] = {{"msg", FIELD(0), false},
                                        {"name", FIELD(1), false},
                                        {"path", FIELD(2), false},
                                        {nullptr}};
const MemberDef nameErrorMembers[] = {{"name", FIELD(0), false}, {nullptr}};
const MemberDef attributeErrorMembers[] = {{"name", FIELD(0), false},
                                           {"obj", FIELD(1), false},
                                           {nullptr}};
const MemberDef unicodeMembers[] = {{"encoding", FIELD(0), false},
                                    {"object", FIELD(1), false},
                                    {"start", FIELD(2), false},
                                    {"end", FIELD(3), false},
                                    {"reason", FIELD(4), false},
                                    {nullptr}};
const MemberDef groupMembers[] = {{"message", FIELD(0), true},
                                  {"exceptions", FIELD(1), true},
                                  {nullptr}};
#undef FIELD

// --- Exception groups ------------------------------------------------------------

Value groupNew(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  if (kwnames && kwnames->size)
    return raise(&TypeErrorType, "%s() takes no keyword arguments", typeName(type));
  if (nargs != 2)
    return raise(&TypeErrorType, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)",
                 nargs);
  Value message = args[0], excs = args[1];
  if (!isStr(message))
    return raise(&TypeErrorType, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", typeName(message));
  bool seq = isList(excs) || isTuple(excs) || (typeOf(excs)->flags & TF_SEQUENCE);
  if (!seq)
    return raise(&TypeErrorType, "second argument (exceptions) must be a sequence");
  Value items = tupleFromIterable(excs);
  if (!items)
    return Value();
  Tuple *t = items.as<Tuple>();
  if (t->size == 0)
    return raise(&ValueErrorType, "second argument (exceptions) must be a non-empty sequence");
  bool allExceptions = true;
  for (int64_t i = 0; i < t->size; i++) {
    if (!isException(t->items[i]))
      return raise(&ValueErrorType, "Item %lld of second argument (exceptions) is not an exception",
                   (long long)i);
    if (!isInstance(t->items[i], &ExceptionType))
      allExceptions = false;
  }
  if (type == &BaseExceptionGroupType) {
    if (allExceptions)
      type = &ExceptionGroupType;
  } else if (type == &ExceptionGroupType) {
    if (!allExceptions)
      return raise(&TypeErrorType, "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (!allExceptions && isSubtype(type, &ExceptionType)) {
    return raise(&TypeErrorType, "Cannot nest BaseExceptions in '%s'", typeName(type));
  }
  Value self = baseExceptionNew(type, args, nargs, nullptr);
  if (!self)
    return Value();
  exc(self)->fields[0] = message;
  exc(self)->fields[1] = items;
  return self;
}

Value groupStr(Value self) {
  BaseException *e = exc(self);
  int64_t n = isTuple(e->fields[1]) ? e->fields[1].as<Tuple>()->size : 0;
  return strFromUtf8(strToUtf8(e->fields[0]) + " (" + std::to_string(n) + " sub-exception" +
                     (n == 1 ? "" : "s") + ")");
}

Value groupDerive(Value self, Value excs) {
  return call(Value::object(&BaseExceptionGroupType), {exc(self)->fields[0], excs});
}

/// Copies __traceback__, __cause__, __context__ and __notes__ to a derived group.
void copyGroupMetadata(Value from, Value to) {
  exc(to)->traceback = exc(from)->traceback;
  exc(to)->cause = exc(from)->cause;
  exc(to)->context = exc(from)->context;
  exc(to)->suppressContext = exc(from)->suppressContext;
  if (exc(from)->dict) {
    Value notes = dictGetStr(exc(from)->dict, names.notes);
    if (notes) {
      if (!exc(to)->dict)
        exc(to)->dict = dictNew();
      dictSetStr(exc(to)->dict, names.notes, notes);
    }
  }
}

/// The matcher of split()/subgroup(): an exception type, a tuple of types,
/// or a predicate.
int matches(Value e, Value matcher) {
  if (isType(matcher) || isTuple(matcher)) {
    return isInstanceOf(e, matcher);
  }
  Value r = call(matcher, {e});
  if (!r)
    return -1;
  return isTrue(r);
}

bool validMatcher(Value m) {
  if (isExceptionClass(m))
    return true;
  if (isTuple(m)) {
    Tuple *t = m.as<Tuple>();
    for (int64_t i = 0; i < t->size; i++)
      if (!isExceptionClass(t->items[i]))
        return false;
    return true;
  }
  return isCallable(m) && !isType(m);
}

/// Splits \p e into the part matching and the rest (either may be None).
bool splitGroup(Value e, Value matcher, bool wantRest, Value *match, Value *rest) {
  int m = matches(e, matcher);
  if (m < 0)
    return false;
  if (m) {
    *match = e;
    *rest = None();
    return true;
  }
  if (!isInstance(e, &BaseExceptionGroupType)) {
    *match = None();
    *rest = e;
    return true;
  }
  Tuple *excs = exc(e)->fields[1].as<Tuple>();
  List *ml = listNew(), *rl = listNew();
  for (int64_t i = 0; i < excs->size; i++) {
    Value sm, sr;
    if (!splitGroup(excs->items[i], matcher, wantRest, &sm, &sr))
      return false;
    if (!isNone(sm))
      listAppend(ml, sm);
    if (wantRest && !isNone(sr))
      listAppend(rl, sr);
  }
  auto build = [&](List *l, Value *out) -> bool {
    if (l->size == 0) {
      *out = None();
      return true;
    }
    Value g = callMethod(e, intern("derive"), {Value::object(l)});
    if (!g)
      return false;
    if (!isInstance(g, &BaseExceptionGroupType)) {
      raise(&TypeErrorType, "derive must return an instance of BaseExceptionGroup");
      return false;
    }
    copyGroupMetadata(e, g);
    *out = g;
    return true;
  };
  if (!build(ml, match))
    return false;
  if (wantRest)
    return build(rl, rest);
  *rest = None();
  return true;
}

Value groupSplit(Value self, Value matcher) {
  if (!validMatcher(matcher))
    return raise(&TypeErrorType,
                 "expected a function, exception type or tuple of exception types");
  Value m, r;
  if (!splitGroup(self, matcher, true, &m, &r))
    return Value();
  return Value::object(tupleOf({m, r}));
}

Value groupSubgroup(Value self, Value matcher) {
  if (!validMatcher(matcher))
    return raise(&TypeErrorType,
                 "expected a function, exception type or tuple of exception types");
  Value m, r;
  if (!splitGroup(self, matcher, false, &m, &r))
    return Value();
  return m;
}

Value groupClassGetItem(Value cls, Value item) { return genericAliasNew(cls, item); }

const MethodDef groupMethods[] = {
    KILN_METH_O("derive", groupDerive),
    KILN_METH_O("split", groupSplit),
    KILN_METH_O("subgroup", groupSubgroup),
    {nullptr},
};

} // namespace

Value exceptionNew(Type *type, Tuple *args) {
  Value e = call(Value::object(type), args->items, size_t(args->size), nullptr);
  return e;
}

void exceptionAddNote(Value e, Value note) {
  BaseException *b = exc(e);
  if (!b->dict)
    b->dict = dictNew();
  Value notes = dictGetStr(b->dict, names.notes);
  if (!notes) {
    notes = Value::object(listNew());
    dictSetStr(b->dict, names.notes, notes);
  }
  if (!isList(notes)) {
    raise(&TypeErrorType, "Cannot add note: __notes__ is not a list");
    return;
  }
  listAppend(notes.as<List>(), note);
}

Value exceptionStr(Value e) { return str(e); }

bool exceptionFieldsDiffer(const Type *a, const Type *b) {
  bool ea = isSubtype(a, &BaseExceptionType), eb = isSubtype(b, &BaseExceptionType);
  return ea != eb || (ea && layoutOf(a) != layoutOf(b));
}

Value stopIterationValue(Value e) {
  if (isInstance(e, &StopIterationType))
    return exc(e)->fields[0] ? exc(e)->fields[0] : None();
  return None();
}

void initExceptionTypes() {
  Type *baseOf[] = {
#define EXC(Name, Base, Layout) nullptr,
#include "runtime/Exceptions.def"
  };
  (void)baseOf;
  typeInitBuiltin(&BaseExceptionType, "BaseException", &ObjectType, sizeof(BaseException));
  BaseExceptionType.flags |= TF_EXC_SUBCLASS;
  BaseExceptionType.dictOffset = int32_t(offsetof(BaseException, dict));
  BaseExceptionType.newFn = baseExceptionNew;
  BaseExceptionType.init = baseExceptionInit;
  BaseExceptionType.repr = baseExceptionRepr;
  BaseExceptionType.str = baseExceptionStr;
  typeReady(&BaseExceptionType, excMethods, excGetSets);
#define EXC(Name, Base, L)                                                                \
  if (&Name##Type != &BaseExceptionType) {                                                \
    typeInitBuiltin(&Name##Type, #Name, &Base##Type, sizeof(BaseException));              \
    const MemberDef *members = nullptr;                                                   \
    const MethodDef *methods = nullptr;                                                   \
    switch (Layout::L) {                                                                  \
    case Layout::StopIteration: members = stopIterationMembers; break;                   \
    case Layout::SystemExit: members = systemExitMembers; break;                         \
    case Layout::OSError: members = osErrorMembers; break;                               \
    case Layout::SyntaxError: members = syntaxErrorMembers; break;                       \
    case Layout::ImportError: members = importErrorMembers; break;                       \
    case Layout::NameError: members = nameErrorMembers; break;                           \
    case Layout::AttributeError: members = attributeErrorMembers; break;                 \
    case Layout::Unicode: members = unicodeMembers; break;                               \
    case Layout::Group:                                                                   \
      members = groupMembers;                                                             \
      methods = groupMethods;                                                             \
      if (&Name##Type == &BaseExceptionGroupType)                                         \
        Name##Type.newFn = groupNew;                                                      \
      break;                                                                              \
    case Layout::Plain: break;                                                            \
    }                                                                                     \
    if (&Name##Type == &OSErrorType)                                                      \
      Name##Type.newFn = osErrorNew;                                                      \
    if (Layout::L == Layout::SyntaxError && &Name##Type == &SyntaxErrorType)              \
      Name##Type.str = baseExceptionStr;                                                  \
    typeReady(&Name##Type, methods, nullptr, members);                                    \
  }
#include "runtime/Exceptions.def"
  // ExceptionGroup derives from BaseExceptionGroup and Exception.
  ExceptionGroupType.bases =
      tupleOf({Value::object(&BaseExceptionGroupType), Value::object(&ExceptionType)});
  listAppend(static_cast<List *>(ExceptionType.subclasses), Value::object(&ExceptionGroupType));
  // __subclasses__() in CPython's order: each level of the built-in
  // hierarchy by name, then ExceptionGroup (which CPython creates later).
  for (Type *t : {
#define EXC(Name, Base, L) &Name##Type,
#include "runtime/Exceptions.def"
       }) {
    List *subs = static_cast<List *>(t->subclasses);
    if (!subs)
      continue;
    std::stable_sort(subs->items, subs->items + subs->size, [](Value a, Value b) {
      Type *x = a.as<Type>(), *y = b.as<Type>();
      bool xLast = x == &ExceptionGroupType, yLast = y == &ExceptionGroupType;
      if (xLast != yLast)
        return yLast;
      return strcmp(x->cname, y->cname) < 0;
    });
  }
  {
    Tuple *mro = tupleOf({Value::object(&ExceptionGroupType), Value::object(&BaseExceptionGroupType),
                          Value::object(&ExceptionType), Value::object(&BaseExceptionType),
                          Value::object(&ObjectType)});
    ExceptionGroupType.mro = mro;
  }
  static const MethodDef classGetItem[] = {
      {"__class_getitem__", reinterpret_cast<void *>(static_cast<OneArgFn>(groupClassGetItem)),
       CallKind::OneArg, nullptr, MethodDef::Class},
      {nullptr}};
  addMethods(&BaseExceptionGroupType, classGetItem);
  (void)groupMembers;
}

} // namespace kiln::rt

namespace kiln::rt {

/// Records the object and name of a failed attribute lookup on the
/// AttributeError (its `obj` and `name`), unless already set.
void attributeErrorSetContext(Value e, Value obj, Str *name) {
  if (!isInstance(e, &AttributeErrorType))
    return;
  BaseException *b = e.as<BaseException>();
  if (!b->fields[0] || isNone(b->fields[0]))
    b->fields[0] = Value::object(name);
  if (!b->fields[1] || isNone(b->fields[1]))
    b->fields[1] = obj;
}

} // namespace kiln::rt
