//===- IoModule.cpp - The io module: StringIO, BytesIO and the file types -===//
///
/// io.StringIO keeps code points in a growable atomic buffer (newline
/// translation on write as CPython's: None translates \r\n and \r to \n,
/// '\r' and '\r\n' replace \n); io.BytesIO keeps bytes. The file types and
/// open() come from runtime/Io.cpp.
///
//===----------------------------------------------------------------------===//
#include "runtime/Abstract.h"
#include "runtime/Args.h"
#include "runtime/Errors.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/Runtime.h"
#include "runtime/objects/Bytes.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Module.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <cstdio>
#include <cstring>
#include <string>

namespace kiln::rt {

extern Type BufferedReaderType, BufferedWriterType, BufferedRandomType, TextIOWrapperType;
Value ioUnsupportedOperation();
void initIoTypes();

Type StringIOType, BytesIOType;

namespace {

// --- StringIO ----------------------------------------------------------------------

struct StringIO : Object {
  uint32_t *buf; ///< atomic GC memory
  int64_t len, cap, pos;
  bool closed;
  bool translate;     ///< newline None: \r\n and \r become \n on write
  bool universal;     ///< newline None or '': lines end at \r, \n or \r\n
  uint8_t lineEnd;    ///< terminator when not universal: '\n' or '\r'; 0: "\r\n"
  const char *writeNL; ///< replacement for \n on write, or null
  Value newline;
};

StringIO *asSIO(Value v) { return v.as<StringIO>(); }

bool sioCheck(StringIO *s) {
  if (s->closed) {
    raise(&ValueErrorType, "I/O operation on closed file");
    return false;
  }
  return true;
}

bool sioReserve(StringIO *s, int64_t n) {
  if (n <= s->cap)
    return true;
  int64_t cap = s->cap ? s->cap : 16;
  while (cap < n)
    cap *= 2;
  if (!checkAllocSize(size_t(cap), 4))
    return false;
  uint32_t *p = static_cast<uint32_t *>(gcAllocAtomic(size_t(cap) * 4));
  if (!p)
    return false;
  if (s->len)
    memcpy(p, s->buf, size_t(s->len) * 4);
  s->buf = p;
  s->cap = cap;
  return true;
}

/// Writes str \p v at the position (with newline translation); the count
/// of code points of \p v, or -1.
int64_t sioWrite(StringIO *s, Value v) {
  Str *str = v.as<Str>();
  int64_t n = str->length;
  std::u32string text;
  text.reserve(size_t(n));
  for (int64_t i = 0; i < n; i++) {
    uint32_t c = str->at(i);
    if (s->translate && c == '\r') {
      if (i + 1 < n && str->at(i + 1) == '\n')
        i++;
      text += U'\n';
    } else if (s->writeNL && c == '\n') {
      for (const char *p = s->writeNL; *p; p++)
        text += char32_t(*p);
    } else {
      text += char32_t(c);
    }
  }
  int64_t m = int64_t(text.size());
  if (m == 0)
    return n;
  int64_t end = s->pos + m;
  if (!sioReserve(s, end > s->len ? end : s->len))
    return -1;
  if (s->pos > s->len)
    memset(s->buf + s->len, 0, size_t(s->pos - s->len) * 4);
  memcpy(s->buf + s->pos, text.data(), size_t(m) * 4);
  s->pos = end;
  if (end > s->len)
    s->len = end;
  return n;
}

Value sioSlice(StringIO *s, int64_t start, int64_t stop) {
  if (start >= stop)
    return Value::object(intern(""));
  return strFromCodePoints(s->buf + start, stop - start);
}

/// The end of the line starting at the position (limit < 0: none).
int64_t sioLineEnd(StringIO *s, int64_t limit) {
  int64_t i = s->pos, end = s->len;
  if (i >= end)
    return i;
  if (limit >= 0 && i + limit < end)
    end = i + limit;
  for (; i < end; i++) {
    uint32_t c = s->buf[i];
    if (s->universal || s->translate) {
      if (c == '\n')
        return i + 1;
      if (c == '\r') {
        if (i + 1 < end && s->buf[i + 1] == '\n')
          return i + 2;
        return i + 1;
      }
    } else if (s->lineEnd == 0) {
      if (c == '\r' && i + 1 < end && s->buf[i + 1] == '\n')
        return i + 2;
    } else if (c == s->lineEnd) {
      return i + 1;
    }
  }
  return end;
}

bool sizeArg(const Value *args, size_t nargs, int64_t *out) {
  *out = -1;
  if (nargs == 0 || isNone(args[0]))
    return true;
  if (!isInt(args[0]) && !typeOf(args[0])->toIndex) {
    raise(&TypeErrorType, "argument should be integer or None, not '%s'", typeName(args[0]));
    return false;
  }
  return indexToSsize(args[0], out, &OverflowErrorType);
}

Value sioNewSlot(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  StringIO *s = newObject<StringIO>(type);
  if (!s)
    return Value();
  s->newline = strFromAscii("\n");
  return Value::object(s);
}

int sioInit(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[2];
  if (!parseArgs({"StringIO", {"initial_value", "newline"}, 0}, args, nargs, kwnames, a))
    return -1;
  StringIO *s = asSIO(self);
  Value nl = a[1] ? a[1] : strFromAscii("\n");
  if (!isNone(nl) && !isStr(nl)) {
    raise(&TypeErrorType, "newline must be str or None, not %s", typeName(nl));
    return -1;
  }
  s->translate = false;
  s->universal = false;
  s->lineEnd = '\n';
  s->writeNL = nullptr;
  if (isNone(nl)) {
    s->translate = true;
    s->universal = true;
  } else {
    std::string t = strToUtf8(nl);
    if (t.empty()) {
      s->universal = true;
    } else if (t == "\r") {
      s->lineEnd = '\r';
      s->writeNL = "\r";
    } else if (t == "\r\n") {
      s->lineEnd = 0;
      s->writeNL = "\r\n";
    } else if (t != "\n") {
      Value r = repr(nl);
      raise(&ValueErrorType, "illegal newline value: %s", r ? strToUtf8(r).c_str() : "?");
      return -1;
    }
  }
  s->newline = nl;
  Value init = a[0];
  if (init && !isNone(init) && !isStr(init)) {
    raise(&TypeErrorType, "initial_value must be str or None, not %s", typeName(init));
    return -1;
  }
  s->len = s->pos = 0;
  s->closed = false;
  if (init && !isNone(init)) {
    if (sioWrite(s, init) < 0)
      return -1;
    s->pos = 0;
  }
  return 0;
}

Value sioRead(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("read", nargs, 0, 1))
    return Value();
  StringIO *s = asSIO(self);
  int64_t n;
  if (!sizeArg(args, nargs, &n) || !sioCheck(s))
    return Value();
  int64_t start = s->pos < s->len ? s->pos : s->len;
  int64_t stop = n < 0 || start + n > s->len ? s->len : start + n;
  Value r = sioSlice(s, start, stop);
  if (stop > s->pos)
    s->pos = stop;
  return r;
}

Value sioReadLineImpl(StringIO *s, int64_t limit) {
  if (s->pos >= s->len)
    return Value::object(intern(""));
  int64_t start = s->pos;
  int64_t end = sioLineEnd(s, limit);
  s->pos = end;
  return sioSlice(s, start, end);
}

Value sioReadLine(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("readline", nargs, 0, 1))
    return Value();
  StringIO *s = asSIO(self);
  int64_t n;
  if (!sizeArg(args, nargs, &n) || !sioCheck(s))
    return Value();
  return sioReadLineImpl(s, n);
}

Value sioReadLines(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("readlines", nargs, 0, 1))
    return Value();
  StringIO *s = asSIO(self);
  int64_t hint;
  if (!sizeArg(args, nargs, &hint) || !sioCheck(s))
    return Value();
  List *l = listNew();
  int64_t total = 0;
  while (s->pos < s->len) {
    Value line = sioReadLineImpl(s, -1);
    if (!line || !listAppend(l, line))
      return Value();
    total += line.as<Str>()->length;
    if (hint > 0 && total >= hint)
      break;
  }
  return Value::object(l);
}

Value sioNext(Value self) {
  StringIO *s = asSIO(self);
  if (!sioCheck(s))
    return Value();
  if (s->pos >= s->len)
    return Value();
  return sioReadLineImpl(s, -1);
}

Value sioIter(Value self) {
  if (!sioCheck(asSIO(self)))
    return Value();
  return self;
}

Value sioWriteM(Value self, Value v) {
  StringIO *s = asSIO(self);
  if (!sioCheck(s))
    return Value();
  if (!isStr(v))
    return raise(&TypeErrorType, "string argument expected, got '%s'", typeName(v));
  int64_t n = sioWrite(s, v);
  return n < 0 ? Value() : intFromI64(n);
}

Value sioWriteLines(Value self, Value lines) {
  bool ok = forEach(lines, [&](Value line) { return !sioWriteM(self, line).isNull(); });
  return ok ? None() : Value();
}

Value sioGetValue(Value self) {
  StringIO *s = asSIO(self);
  if (!sioCheck(s))
    return Value();
  return sioSlice(s, 0, s->len);
}

Value sioTell(Value self) {
  StringIO *s = asSIO(self);
  if (!sioCheck(s))
    return Value();
  return intFromI64(s->pos);
}

Value sioSeek(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("seek", nargs, 1, 2))
    return Value();
  StringIO *s = asSIO(self);
  int64_t pos, whence = 0;
  if (!indexToSsize(args[0], &pos, &OverflowErrorType))
    return Value();
  if (nargs > 1 && !indexToSsize(args[1], &whence, &OverflowErrorType))
    return Value();
  if (!sioCheck(s))
    return Value();
  if (whence < 0 || whence > 2)
    return raise(&ValueErrorType, "Invalid whence (%lld, should be 0, 1 or 2)",
                 (long long)whence);
  if (pos < 0 && whence == 0)
    return raise(&ValueErrorType, "Negative seek position %lld", (long long)pos);
  if (whence != 0 && pos != 0)
    return raise(&OSErrorType, "Can't do nonzero cur-relative seeks");
  if (whence == 1)
    pos = s->pos;
  else if (whence == 2)
    pos = s->len;
  s->pos = pos;
  return intFromI64(pos);
}

Value sioTruncate(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("truncate", nargs, 0, 1))
    return Value();
  StringIO *s = asSIO(self);
  if (!sioCheck(s))
    return Value();
  int64_t size = s->pos;
  if (nargs && !isNone(args[0]) && !indexToSsize(args[0], &size, &OverflowErrorType))
    return Value();
  if (size < 0)
    return raise(&ValueErrorType, "Negative size value %lld", (long long)size);
  if (size < s->len)
    s->len = size;
  return intFromI64(size);
}

Value sioClose(Value self) {
  asSIO(self)->closed = true;
  return None();
}

Value sioTrue(Value self) {
  if (!sioCheck(asSIO(self)))
    return Value();
  return TrueValue;
}

Value sioFalse(Value self) {
  if (!sioCheck(asSIO(self)))
    return Value();
  return FalseValue;
}

Value sioFlush(Value self) {
  if (!sioCheck(asSIO(self)))
    return Value();
  return None();
}

Value sioEnter(Value self) {
  if (asSIO(self)->closed)
    return raise(&ValueErrorType, "I/O operation on closed file.");
  return self;
}

Value sioExit(Value self, const Value *args, size_t nargs) { return sioClose(self); }

Value sioGetClosed(Value self) { return boolValue(asSIO(self)->closed); }
Value sioGetLineBuffering(Value self) { return FalseValue; }
Value sioGetNewlines(Value self) { return None(); }

const MethodDef sioMethods[] = {
    KILN_METH_FAST("read", sioRead),
    KILN_METH_FAST("readline", sioReadLine),
    KILN_METH_FAST("readlines", sioReadLines),
    KILN_METH_O("write", sioWriteM),
    KILN_METH_O("writelines", sioWriteLines),
    KILN_METH_NOARGS("getvalue", sioGetValue),
    KILN_METH_NOARGS("tell", sioTell),
    KILN_METH_FAST("seek", sioSeek),
    KILN_METH_FAST("truncate", sioTruncate),
    KILN_METH_NOARGS("close", sioClose),
    KILN_METH_NOARGS("readable", sioTrue),
    KILN_METH_NOARGS("writable", sioTrue),
    KILN_METH_NOARGS("seekable", sioTrue),
    KILN_METH_NOARGS("isatty", sioFalse),
    KILN_METH_NOARGS("flush", sioFlush),
    KILN_METH_NOARGS("__enter__", sioEnter),
    KILN_METH_FAST("__exit__", sioExit),
    {nullptr},
};

const GetSetDef sioGetSets[] = {
    {"closed", sioGetClosed, nullptr},
    {"line_buffering", sioGetLineBuffering, nullptr},
    {"newlines", sioGetNewlines, nullptr},
    {nullptr, nullptr, nullptr},
};

// --- BytesIO -----------------------------------------------------------------------

struct BytesIO : Object {
  uint8_t *buf;
  int64_t len, cap, pos;
  bool closed;
};

BytesIO *asBIO(Value v) { return v.as<BytesIO>(); }

bool bioCheck(BytesIO *b) {
  if (b->closed) {
    raise(&ValueErrorType, "I/O operation on closed file.");
    return false;
  }
  return true;
}

bool bioWriteData(BytesIO *b, const uint8_t *d, int64_t n) {
  if (n == 0)
    return true;
  int64_t end = b->pos + n;
  int64_t need = end > b->len ? end : b->len;
  if (need > b->cap) {
    int64_t cap = b->cap ? b->cap : 64;
    while (cap < need)
      cap *= 2;
    uint8_t *p = static_cast<uint8_t *>(gcAllocAtomic(size_t(cap)));
    if (!p)
      return false;
    if (b->len)
      memcpy(p, b->buf, size_t(b->len));
    b->buf = p;
    b->cap = cap;
  }
  if (b->pos > b->len)
    memset(b->buf + b->len, 0, size_t(b->pos - b->len));
  memmove(b->buf + b->pos, d, size_t(n));
  b->pos = end;
  if (end > b->len)
    b->len = end;
  return true;
}

Value bioNewSlot(Type *type, const Value *args, size_t nargs, Tuple *kwnames) {
  BytesIO *b = newObject<BytesIO>(type);
  return b ? Value::object(b) : Value();
}

int bioInit(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[1];
  if (!parseArgs({"BytesIO", {"initial_bytes"}, 0}, args, nargs, kwnames, a))
    return -1;
  BytesIO *b = asBIO(self);
  b->len = b->pos = 0;
  b->closed = false;
  if (a[0] && !isNone(a[0])) {
    const uint8_t *d;
    int64_t n;
    if (!requireBytesLike(a[0], &d, &n))
      return -1;
    if (!bioWriteData(b, d, n))
      return -1;
    b->pos = 0;
  }
  return 0;
}

Value bioSlice(BytesIO *b, int64_t start, int64_t stop) {
  if (start >= stop)
    return bytesFromData("", 0);
  return bytesFromData(reinterpret_cast<const char *>(b->buf + start), size_t(stop - start));
}

Value bioRead(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("read", nargs, 0, 1))
    return Value();
  BytesIO *b = asBIO(self);
  int64_t n;
  if (!sizeArg(args, nargs, &n) || !bioCheck(b))
    return Value();
  int64_t start = b->pos < b->len ? b->pos : b->len;
  int64_t stop = n < 0 || start + n > b->len ? b->len : start + n;
  Value r = bioSlice(b, start, stop);
  if (stop > b->pos)
    b->pos = stop;
  return r;
}

Value bioReadLineImpl(BytesIO *b, int64_t limit) {
  int64_t start = b->pos;
  if (start >= b->len)
    return bytesFromData("", 0);
  int64_t end = b->len;
  if (limit >= 0 && start + limit < end)
    end = start + limit;
  const void *nl = memchr(b->buf + start, '\n', size_t(end - start));
  if (nl)
    end = static_cast<const uint8_t *>(nl) - b->buf + 1;
  b->pos = end;
  return bioSlice(b, start, end);
}

Value bioReadLine(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("readline", nargs, 0, 1))
    return Value();
  BytesIO *b = asBIO(self);
  int64_t n;
  if (!sizeArg(args, nargs, &n) || !bioCheck(b))
    return Value();
  return bioReadLineImpl(b, n);
}

Value bioReadLines(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("readlines", nargs, 0, 1))
    return Value();
  BytesIO *b = asBIO(self);
  int64_t hint;
  if (!sizeArg(args, nargs, &hint) || !bioCheck(b))
    return Value();
  List *l = listNew();
  int64_t total = 0;
  while (b->pos < b->len) {
    Value line = bioReadLineImpl(b, -1);
    if (!line || !listAppend(l, line))
      return Value();
    total += bytesSize(line);
    if (hint > 0 && total >= hint)
      break;
  }
  return Value::object(l);
}

Value bioNext(Value self) {
  BytesIO *b = asBIO(self);
  if (!bioCheck(b))
    return Value();
  if (b->pos >= b->len)
    return Value();
  return bioReadLineImpl(b, -1);
}

Value bioIter(Value self) {
  if (!bioCheck(asBIO(self)))
    return Value();
  return self;
}

Value bioWrite(Value self, Value v) {
  BytesIO *b = asBIO(self);
  if (!bioCheck(b))
    return Value();
  const uint8_t *d;
  int64_t n;
  if (!requireBytesLike(v, &d, &n))
    return Value();
  if (!bioWriteData(b, d, n))
    return Value();
  return intFromI64(n);
}

Value bioWriteLines(Value self, Value lines) {
  bool ok = forEach(lines, [&](Value line) { return !bioWrite(self, line).isNull(); });
  return ok ? None() : Value();
}

Value bioGetValue(Value self) {
  BytesIO *b = asBIO(self);
  if (!bioCheck(b))
    return Value();
  return bioSlice(b, 0, b->len);
}

Value bioTell(Value self) {
  BytesIO *b = asBIO(self);
  if (!bioCheck(b))
    return Value();
  return intFromI64(b->pos);
}

Value bioSeek(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("seek", nargs, 1, 2))
    return Value();
  BytesIO *b = asBIO(self);
  int64_t pos, whence = 0;
  if (!indexToSsize(args[0], &pos, &OverflowErrorType))
    return Value();
  if (nargs > 1 && !indexToSsize(args[1], &whence, &OverflowErrorType))
    return Value();
  if (!bioCheck(b))
    return Value();
  if (whence == 0) {
    if (pos < 0)
      return raise(&ValueErrorType, "negative seek value %lld", (long long)pos);
  } else if (whence == 1) {
    pos = b->pos + pos;
  } else if (whence == 2) {
    pos = b->len + pos;
  } else {
    return raise(&ValueErrorType, "invalid whence (%lld, should be 0, 1 or 2)",
                 (long long)whence);
  }
  if (pos < 0)
    pos = 0;
  b->pos = pos;
  return intFromI64(pos);
}

Value bioTruncate(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("truncate", nargs, 0, 1))
    return Value();
  BytesIO *b = asBIO(self);
  if (!bioCheck(b))
    return Value();
  int64_t size = b->pos;
  if (nargs && !isNone(args[0]) && !indexToSsize(args[0], &size, &OverflowErrorType))
    return Value();
  if (size < 0)
    return raise(&ValueErrorType, "negative size value %lld", (long long)size);
  if (size < b->len)
    b->len = size;
  return intFromI64(size);
}

Value bioClose(Value self) {
  asBIO(self)->closed = true;
  return None();
}

Value bioTrue(Value self) {
  if (!bioCheck(asBIO(self)))
    return Value();
  return TrueValue;
}

Value bioFalse(Value self) {
  if (!bioCheck(asBIO(self)))
    return Value();
  return FalseValue;
}

Value bioFlush(Value self) {
  if (!bioCheck(asBIO(self)))
    return Value();
  return None();
}

Value bioEnter(Value self) {
  if (!bioCheck(asBIO(self)))
    return Value();
  return self;
}

Value bioExit(Value self, const Value *args, size_t nargs) { return bioClose(self); }

Value bioGetClosed(Value self) { return boolValue(asBIO(self)->closed); }

const MethodDef bioMethods[] = {
    KILN_METH_FAST("read", bioRead),
    KILN_METH_FAST("read1", bioRead),
    KILN_METH_FAST("readline", bioReadLine),
    KILN_METH_FAST("readlines", bioReadLines),
    KILN_METH_O("write", bioWrite),
    KILN_METH_O("writelines", bioWriteLines),
    KILN_METH_NOARGS("getvalue", bioGetValue),
    KILN_METH_NOARGS("tell", bioTell),
    KILN_METH_FAST("seek", bioSeek),
    KILN_METH_FAST("truncate", bioTruncate),
    KILN_METH_NOARGS("close", bioClose),
    KILN_METH_NOARGS("readable", bioTrue),
    KILN_METH_NOARGS("writable", bioTrue),
    KILN_METH_NOARGS("seekable", bioTrue),
    KILN_METH_NOARGS("isatty", bioFalse),
    KILN_METH_NOARGS("flush", bioFlush),
    KILN_METH_NOARGS("__enter__", bioEnter),
    KILN_METH_FAST("__exit__", bioExit),
    {nullptr},
};

const GetSetDef bioGetSets[] = {
    {"closed", bioGetClosed, nullptr},
    {nullptr, nullptr, nullptr},
};

Value cnameRepr(Value self) {
  char buf[64];
  snprintf(buf, sizeof buf, " object at %p>", (void *)self.bits());
  return strFromUtf8(std::string("<") + typeOf(self)->cname + buf);
}

void initMemoryIoTypes() {
  static bool done = false;
  if (done)
    return;
  done = true;
  typeInitBuiltin(&StringIOType, "_io.StringIO", &ObjectType, sizeof(StringIO));
  StringIOType.name = intern("StringIO");
  StringIOType.repr = cnameRepr;
  StringIOType.newFn = sioNewSlot;
  StringIOType.init = sioInit;
  StringIOType.iter = sioIter;
  StringIOType.next = sioNext;
  typeReady(&StringIOType, sioMethods, sioGetSets);
  dictSetStr(StringIOType.dict, names.module, strFromAscii("_io"));

  typeInitBuiltin(&BytesIOType, "_io.BytesIO", &ObjectType, sizeof(BytesIO));
  BytesIOType.name = intern("BytesIO");
  BytesIOType.repr = cnameRepr;
  BytesIOType.newFn = bioNewSlot;
  BytesIOType.init = bioInit;
  BytesIOType.iter = bioIter;
  BytesIOType.next = bioNext;
  typeReady(&BytesIOType, bioMethods, bioGetSets);
  dictSetStr(BytesIOType.dict, names.module, strFromAscii("_io"));
}

bool initIoModule(Module *m) {
  initIoTypes();
  initMemoryIoTypes();
  Value unsupported = ioUnsupportedOperation();
  if (!unsupported)
    return false;
  moduleAdd(m, "UnsupportedOperation", unsupported);
  Value open = dictGetCStr(builtinsDict(), "open");
  if (open)
    moduleAdd(m, "open", open);
  moduleAdd(m, "StringIO", Value::object(&StringIOType));
  moduleAdd(m, "BytesIO", Value::object(&BytesIOType));
  moduleAdd(m, "TextIOWrapper", Value::object(&TextIOWrapperType));
  moduleAdd(m, "BufferedReader", Value::object(&BufferedReaderType));
  moduleAdd(m, "BufferedWriter", Value::object(&BufferedWriterType));
  moduleAdd(m, "BufferedRandom", Value::object(&BufferedRandomType));
  moduleAdd(m, "BlockingIOError", Value::object(&BlockingIOErrorType));
  moduleAdd(m, "DEFAULT_BUFFER_SIZE", Value::small(8192));
  moduleAdd(m, "SEEK_SET", Value::small(0));
  moduleAdd(m, "SEEK_CUR", Value::small(1));
  moduleAdd(m, "SEEK_END", Value::small(2));
  return true;
}

bool initUnderscoreIoModule(Module *m) { return initIoModule(m); }

} // namespace

KILN_NATIVE_MODULE("io", initIoModule);
KILN_NATIVE_MODULE("_io", initUnderscoreIoModule);

} // namespace kiln::rt
