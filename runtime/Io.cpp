//===- Io.cpp - File objects, open(), the standard streams, input() -------===//
///
/// Two layers, as in CPython's io module:
///
///  - BufferedFile (_io.BufferedReader / BufferedWriter / BufferedRandom):
///    a file descriptor with a read-ahead buffer and a write buffer, both
///    atomic GC memory; POSIX read/write underneath.
///  - TextFile (_io.TextIOWrapper): text over a BufferedFile. UTF-8 is the
///    fast path (lines are split on the bytes, then decoded); other
///    ASCII-compatible codecs decode the same byte runs through Codecs.cpp;
///    the UTF-16/32 codecs decode the whole remaining input at once.
///    Universal newlines on read, newline translation on write.
///
/// Writable files are kept in a registry that does not keep them alive
/// (hidden pointers): flushAllFiles() flushes them at exit, and a GC
/// finalizer flushes and closes a file that is collected while open.
///
//===----------------------------------------------------------------------===//
#include "runtime/Abstract.h"
#include "runtime/Args.h"
#include "runtime/Errors.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/Ops.h"
#include "runtime/Runtime.h"
#include "runtime/objects/Bytes.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Exception.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <gc/gc.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <unordered_set>
#include <vector>

namespace kiln::rt {

Type BufferedReaderType, BufferedWriterType, BufferedRandomType, TextIOWrapperType;

Value ioOpen(Value self, const Value *args, size_t nargs, Tuple *kwnames);
Value builtinInput(Value self, const Value *args, size_t nargs);
Value stdStream(int fd);
void initStdStreams();
void initIoTypes();
void flushAllFiles();
/// io.UnsupportedOperation (created on first use).
Value ioUnsupportedOperation();

namespace {

constexpr int64_t kDefaultBufferSize = 8192;

struct BufferedFile : Object {
  int fd;
  bool readable, writable, appending, closed, closefd, eof;
  bool registered, lineFlush;
  Value name;
  Value rawMode; ///< 'rb', 'wb', 'rb+', ... (FileIO's normalized mode)
  uint8_t *rbuf;
  int64_t rpos, rlen, rcap;
  uint8_t *wbuf;
  int64_t wlen, wcap;
};

enum class CodecKind : uint8_t { Utf8, SingleByte, Whole };

struct TextFile : Object {
  BufferedFile *buf;
  Value mode, encoding, errors, newline;
  bool lineBuffering, writeThrough;
  CodecKind codec;
  bool strictUtf8;     ///< utf-8 with errors='strict' (validate, else codec error)
  bool predecoded;     ///< rbuf holds generalized UTF-8 produced by a whole decode
  uint8_t bomSize;     ///< BOM the codec puts before each encoding (utf-16/32, utf-8-sig)
  bool bomDone;        ///< the BOM is written already (or the file was not empty)
  bool readUniversal;  ///< newline None or ''
  bool readTranslate;  ///< newline None
  uint8_t readEnd;     ///< line terminator byte when not universal ('\n' or '\r'); 0: "\r\n"
  const char *writeNL; ///< replacement for '\n' on write, or null
};

// --- Helpers -----------------------------------------------------------------------

Value gUnsupported;
Value gStdStreams[3];

std::unordered_set<uintptr_t> &registry() {
  static auto *r = new std::unordered_set<uintptr_t>();
  return *r;
}
inline uintptr_t hidePtr(void *p) { return ~reinterpret_cast<uintptr_t>(p); }
inline BufferedFile *revealPtr(uintptr_t h) { return reinterpret_cast<BufferedFile *>(~h); }

bool isBuffered(Value v) {
  if (v.isSmall())
    return false;
  Type *t = v.obj()->type;
  return t == &BufferedReaderType || t == &BufferedWriterType || t == &BufferedRandomType;
}
bool isText(Value v) { return !v.isSmall() && v.obj()->type == &TextIOWrapperType; }

Type *osErrorTypeFor(int err) {
  switch (err) {
  case ENOENT: return &FileNotFoundErrorType;
  case EEXIST: return &FileExistsErrorType;
  case EACCES:
  case EPERM: return &PermissionErrorType;
  case EISDIR: return &IsADirectoryErrorType;
  case ENOTDIR: return &NotADirectoryErrorType;
  case EPIPE:
  case ESHUTDOWN: return &BrokenPipeErrorType;
  case EINTR: return &InterruptedErrorType;
  case EAGAIN: return &BlockingIOErrorType;
  case ECONNRESET: return &ConnectionResetErrorType;
  case ECONNREFUSED: return &ConnectionRefusedErrorType;
  case ECONNABORTED: return &ConnectionAbortedErrorType;
  case ETIMEDOUT: return &TimeoutErrorType;
  case ESRCH: return &ProcessLookupErrorType;
  case ECHILD: return &ChildProcessErrorType;
  default: return &OSErrorType;
  }
}

/// Raises the OSError subclass for \p err (with \p filename when given).
Value raiseErrno(int err, Value filename = Value()) {
  Tuple *args = filename ? tupleOf({intFromI64(err), strFromUtf8(strerror(err)), filename})
                         : tupleOf({intFromI64(err), strFromUtf8(strerror(err))});
  if (!args)
    return Value();
  Value exc = exceptionNew(osErrorTypeFor(err), args);
  if (!exc)
    return Value();
  setCurrentException(exc);
  return Value();
}

Value raiseUnsupported(const char *msg) {
  Value t = ioUnsupportedOperation();
  if (!t)
    return Value();
  return raiseWithStr(t.as<Type>(), strFromAscii(msg));
}

Value raiseClosed(const char *msg = "I/O operation on closed file.") {
  return raise(&ValueErrorType, "%s", msg);
}

uint8_t *growBuffer(uint8_t *old, int64_t used, int64_t newCap) {
  uint8_t *p = static_cast<uint8_t *>(gcAllocAtomic(size_t(newCap)));
  if (p && used)
    memcpy(p, old, size_t(used));
  return p;
}

// --- The buffered layer ----------------------------------------------------------

/// Writes all of \p n bytes; errno-style failure returns the errno.
int writeAll(int fd, const uint8_t *p, int64_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, p, size_t(n));
    if (w < 0) {
      if (errno == EINTR)
        continue;
      return errno;
    }
    p += w;
    n -= w;
  }
  return 0;
}

/// Flushes the write buffer; false with OSError set (\p raiseErrors) or
/// silently.
bool bufFlushWrites(BufferedFile *b, bool raiseErrors = true) {
  if (b->wlen == 0)
    return true;
  int err = writeAll(b->fd, b->wbuf, b->wlen);
  b->wlen = 0;
  if (err) {
    if (raiseErrors)
      raiseErrno(err);
    return false;
  }
  return true;
}

/// Drops read-ahead, moving the file position back to the logical one.
void bufDropReadAhead(BufferedFile *b) {
  if (b->rlen > b->rpos)
    lseek(b->fd, -(off_t)(b->rlen - b->rpos), SEEK_CUR);
  b->rpos = b->rlen = 0;
  b->eof = false;
}

/// Reads more bytes after the unread ones: >0 read, 0 at EOF, -1 error.
int64_t bufFill(BufferedFile *b) {
  if (b->wlen && !bufFlushWrites(b))
    return -1;
  if (b->rpos > 0) {
    int64_t n = b->rlen - b->rpos;
    if (n)
      memmove(b->rbuf, b->rbuf + b->rpos, size_t(n));
    b->rpos = 0;
    b->rlen = n;
  }
  if (b->rcap - b->rlen < kDefaultBufferSize) {
    int64_t cap = b->rcap ? b->rcap * 2 : kDefaultBufferSize;
    while (cap - b->rlen < kDefaultBufferSize)
      cap *= 2;
    uint8_t *p = growBuffer(b->rbuf, b->rlen, cap);
    if (!p)
      return -1;
    b->rbuf = p;
    b->rcap = cap;
  }
  for (;;) {
    ssize_t r = ::read(b->fd, b->rbuf + b->rlen, size_t(b->rcap - b->rlen));
    if (r < 0) {
      if (errno == EINTR) {
        // Ctrl-C during a blocking read (input(), stdin): KeyboardInterrupt.
        if (ts.sigintPending && !opHandleSignals())
          return -1;
        continue;
      }
      raiseErrno(errno);
      return -1;
    }
    if (r == 0)
      b->eof = true;
    b->rlen += r;
    return r;
  }
}

/// Appends bytes to the write buffer (writing through when large).
bool bufWrite(BufferedFile *b, const uint8_t *p, int64_t n) {
  if (b->rlen)
    bufDropReadAhead(b);
  if (!b->wbuf) {
    b->wcap = kDefaultBufferSize;
    b->wbuf = static_cast<uint8_t *>(gcAllocAtomic(size_t(b->wcap)));
    if (!b->wbuf)
      return false;
  }
  if (b->wlen + n > b->wcap) {
    if (!bufFlushWrites(b))
      return false;
    if (n >= b->wcap) {
      int err = writeAll(b->fd, p, n);
      if (err) {
        raiseErrno(err);
        return false;
      }
      return true;
    }
  }
  memcpy(b->wbuf + b->wlen, p, size_t(n));
  b->wlen += n;
  return true;
}

/// The logical position; -1 with OSError on failure.
int64_t bufTell(BufferedFile *b) {
  off_t pos = lseek(b->fd, 0, SEEK_CUR);
  if (pos < 0) {
    raiseErrno(errno);
    return -1;
  }
  return int64_t(pos) - (b->rlen - b->rpos) + b->wlen;
}

int64_t bufSeek(BufferedFile *b, int64_t pos, int whence) {
  if (!bufFlushWrites(b))
    return -1;
  if (whence == SEEK_CUR)
    pos -= (b->rlen - b->rpos);
  b->rpos = b->rlen = 0;
  b->eof = false;
  off_t r = lseek(b->fd, off_t(pos), whence);
  if (r < 0) {
    raiseErrno(errno);
    return -1;
  }
  return int64_t(r);
}

void unregisterFile(BufferedFile *b) {
  if (b->registered) {
    registry().erase(hidePtr(b));
    b->registered = false;
  }
}

/// Closes: flushes (reporting a flush error after closing anyway).
bool bufClose(BufferedFile *b) {
  if (b->closed)
    return true;
  bool ok = bufFlushWrites(b);
  b->closed = true;
  unregisterFile(b);
  if (b->closefd && b->fd >= 0) {
    if (::close(b->fd) < 0 && ok) {
      raiseErrno(errno);
      ok = false;
    }
  }
  b->rpos = b->rlen = 0;
  return ok;
}

void fileFinalizer(void *obj, void *) {
  BufferedFile *b = static_cast<BufferedFile *>(obj);
  if (b->closed)
    return;
  Value saved = takeError();
  bufFlushWrites(b, false);
  b->closed = true;
  unregisterFile(b);
  if (b->closefd && b->fd >= 0)
    ::close(b->fd);
  ts.curExc = saved;
}

BufferedFile *bufNew(Type *type, int fd, Value name, bool readable, bool writable,
                     bool appending, bool closefd, const char *rawMode) {
  BufferedFile *b = newObject<BufferedFile>(type);
  if (!b)
    return nullptr;
  b->fd = fd;
  b->readable = readable;
  b->writable = writable;
  b->appending = appending;
  b->closefd = closefd;
  b->name = name;
  b->rawMode = strFromAscii(rawMode);
  if (writable) {
    registry().insert(hidePtr(b));
    b->registered = true;
  }
  GC_register_finalizer(b, fileFinalizer, nullptr, nullptr, nullptr);
  return b;
}

// --- Text decoding/encoding ----------------------------------------------------------

/// True when \p p[0..n) is strict UTF-8 (no surrogates, no overlongs).
bool validUtf8(const uint8_t *p, int64_t n) {
  int64_t i = 0;
  while (i < n) {
    uint8_t c = p[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    int len;
    uint32_t cp;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > n)
      return false;
    for (int k = 1; k < len; k++) {
      if ((p[i + k] & 0xC0) != 0x80)
        return false;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += len;
  }
  return true;
}

Value textDecode(TextFile *t, const std::string &bytes) {
  if (t->predecoded)
    return strFromUtf8(bytes);
  const uint8_t *p = reinterpret_cast<const uint8_t *>(bytes.data());
  int64_t n = int64_t(bytes.size());
  if (t->strictUtf8 && validUtf8(p, n))
    return strFromUtf8(bytes);
  Value obj = bytesFromData(bytes.data(), bytes.size());
  if (!obj)
    return Value();
  return codecDecode(p, n, obj, t->encoding, t->errors);
}

/// The encoded bytes of \p s (a str) into \p out.
bool textEncode(TextFile *t, Value s, std::string &out) {
  Str *str = s.as<Str>();
  if (t->codec == CodecKind::Utf8 && str->ascii) {
    out.assign(static_cast<const char *>(str->data), size_t(str->length));
    return true;
  }
  if (t->strictUtf8 || t->codec == CodecKind::Utf8) {
    bool surrogates = false;
    if (str->kind >= 2)
      for (int64_t i = 0; i < str->length && !surrogates; i++) {
        uint32_t c = str->at(i);
        surrogates = c >= 0xD800 && c <= 0xDFFF;
      }
    if (!surrogates) {
      out = strToUtf8(str);
      return true;
    }
  }
  Value b = codecEncode(s, t->encoding, t->errors);
  if (!b)
    return false;
  const uint8_t *d;
  int64_t n;
  if (!bytesLikeData(b, &d, &n))
    return raise(&TypeErrorType, "encoder should return a bytes object"), false;
  out.assign(reinterpret_cast<const char *>(d), size_t(n));
  return true;
}

/// For codecs that are not ASCII-compatible: decodes all remaining input
/// once and keeps it as generalized UTF-8 in the read buffer.
bool textPredecode(TextFile *t) {
  if (t->predecoded || t->codec != CodecKind::Whole)
    return true;
  BufferedFile *b = t->buf;
  while (!b->eof) {
    if (bufFill(b) < 0)
      return false;
  }
  Value obj = bytesFromData(reinterpret_cast<const char *>(b->rbuf + b->rpos),
                            size_t(b->rlen - b->rpos));
  if (!obj)
    return false;
  Value s = codecDecode(b->rbuf + b->rpos, b->rlen - b->rpos, obj, t->encoding, t->errors);
  if (!s)
    return false;
  std::string u = strToUtf8(s);
  uint8_t *p = static_cast<uint8_t *>(gcAllocAtomic(u.size() + 1));
  if (!p)
    return false;
  memcpy(p, u.data(), u.size());
  b->rbuf = p;
  b->rcap = int64_t(u.size()) + 1;
  b->rpos = 0;
  b->rlen = int64_t(u.size());
  b->eof = true;
  t->predecoded = true;
  return true;
}

/// Reads translated text bytes into \p out: up to \p maxChars characters
/// (-1: no limit), stopping after a line end when \p line. False on error.
bool textReadInto(TextFile *t, std::string &out, int64_t maxChars, bool line) {
  if (!textPredecode(t))
    return false;
  BufferedFile *b = t->buf;
  bool utf8 = t->codec != CodecKind::SingleByte;
  int64_t chars = 0;
  for (;;) {
    if (b->rpos >= b->rlen) {
      if (b->eof && b->rlen == b->rpos && t->predecoded)
        return true;
      int64_t r = bufFill(b);
      if (r < 0)
        return false;
      if (r == 0 && b->rpos >= b->rlen)
        return true;
    }
    // Fast scan of ordinary bytes.
    if (maxChars < 0) {
      const uint8_t *p = b->rbuf + b->rpos, *e = b->rbuf + b->rlen, *q = p;
      while (q < e && *q != '\r' && *q != '\n')
        q++;
      if (q > p) {
        out.append(reinterpret_cast<const char *>(p), size_t(q - p));
        b->rpos += q - p;
        continue;
      }
    }
    uint8_t c = b->rbuf[b->rpos];
    bool cont = utf8 && (c & 0xC0) == 0x80;
    if (maxChars >= 0 && chars >= maxChars && !cont)
      return true;
    if (c == '\r' && (t->readUniversal || t->readEnd == 0)) {
      if (b->rpos + 1 >= b->rlen && !b->eof) {
        int64_t r = bufFill(b);
        if (r < 0)
          return false;
      }
      bool lf = b->rpos + 1 < b->rlen && b->rbuf[b->rpos + 1] == '\n';
      if (t->readUniversal) {
        if (t->readTranslate) {
          out += '\n';
          chars++;
        } else {
          out += lf ? "\r\n" : "\r";
          chars += lf ? 2 : 1;
        }
        b->rpos += lf ? 2 : 1;
        if (line)
          return true;
        continue;
      }
      if (lf) {
        out += "\r\n";
        chars += 2;
        b->rpos += 2;
        if (line)
          return true;
        continue;
      }
    }
    out += char(c);
    b->rpos++;
    if (!cont)
      chars++;
    if (line) {
      if (c == '\n' && (t->readUniversal || t->readEnd == '\n'))
        return true;
      if (c == '\r' && t->readEnd == '\r' && !t->readUniversal)
        return true;
    }
  }
}

// --- Argument helpers ------------------------------------------------------------------

/// size arguments: an int, or None / omitted for -1.
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

BufferedFile *asBuf(Value v) { return v.as<BufferedFile>(); }
TextFile *asText(Value v) { return v.as<TextFile>(); }

// --- Binary file methods ----------------------------------------------------------------

bool bufCheckReadable(BufferedFile *b, const char *closedMsg) {
  if (!b->readable) {
    raiseUnsupported("read");
    return false;
  }
  if (b->closed) {
    raiseClosed(closedMsg);
    return false;
  }
  return true;
}

Value bRead(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("read", nargs, 0, 1))
    return Value();
  BufferedFile *b = asBuf(self);
  int64_t n;
  if (!sizeArg(args, nargs, &n))
    return Value();
  if (!bufCheckReadable(b, "read of closed file"))
    return Value();
  if (n < -1)
    return raise(&ValueErrorType, "read length must be non-negative or -1");
  if (n < 0) {
    for (;;) {
      int64_t r = bufFill(b);
      if (r < 0)
        return Value();
      if (r == 0)
        break;
    }
    b->eof = false;
    Value r = bytesFromData(reinterpret_cast<const char *>(b->rbuf + b->rpos),
                            size_t(b->rlen - b->rpos));
    b->rpos = b->rlen = 0;
    return r;
  }
  while (b->rlen - b->rpos < n) {
    int64_t r = bufFill(b);
    if (r < 0)
      return Value();
    if (r == 0)
      break;
  }
  int64_t take = std::min(n, b->rlen - b->rpos);
  Value r = bytesFromData(reinterpret_cast<const char *>(b->rbuf + b->rpos), size_t(take));
  b->rpos += take;
  b->eof = false;
  return r;
}

Value bRead1(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("read1", nargs, 0, 1))
    return Value();
  BufferedFile *b = asBuf(self);
  int64_t n;
  if (!sizeArg(args, nargs, &n))
    return Value();
  if (!bufCheckReadable(b, "read of closed file"))
    return Value();
  if (b->rpos >= b->rlen && n != 0) {
    if (bufFill(b) < 0)
      return Value();
  }
  int64_t avail = b->rlen - b->rpos;
  int64_t take = n < 0 ? avail : std::min(n, avail);
  Value r = bytesFromData(reinterpret_cast<const char *>(b->rbuf + b->rpos), size_t(take));
  b->rpos += take;
  b->eof = false;
  return r;
}

Value bPeek(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("peek", nargs, 0, 1))
    return Value();
  BufferedFile *b = asBuf(self);
  if (!bufCheckReadable(b, "peek of closed file"))
    return Value();
  if (b->rpos >= b->rlen && bufFill(b) < 0)
    return Value();
  b->eof = false;
  return bytesFromData(reinterpret_cast<const char *>(b->rbuf + b->rpos),
                       size_t(b->rlen - b->rpos));
}

/// One line of bytes (limit < 0: no limit); null on error.
Value bufReadLine(BufferedFile *b, int64_t limit) {
  std::string out;
  for (;;) {
    if (b->rpos >= b->rlen) {
      int64_t r = bufFill(b);
      if (r < 0)
        return Value();
      if (r == 0)
        break;
    }
    const uint8_t *p = b->rbuf + b->rpos;
    int64_t avail = b->rlen - b->rpos;
    if (limit >= 0 && avail > limit - int64_t(out.size()))
      avail = limit - int64_t(out.size());
    const void *nl = memchr(p, '\n', size_t(avail));
    int64_t take = nl ? static_cast<const uint8_t *>(nl) - p + 1 : avail;
    out.append(reinterpret_cast<const char *>(p), size_t(take));
    b->rpos += take;
    if (nl || (limit >= 0 && int64_t(out.size()) >= limit))
      break;
  }
  b->eof = false;
  return bytesFromData(out.data(), out.size());
}

Value bReadLine(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("readline", nargs, 0, 1))
    return Value();
  BufferedFile *b = asBuf(self);
  int64_t n;
  if (!sizeArg(args, nargs, &n))
    return Value();
  if (!bufCheckReadable(b, "readline of closed file"))
    return Value();
  return bufReadLine(b, n);
}

Value bNext(Value self) {
  BufferedFile *b = asBuf(self);
  if (!bufCheckReadable(b, "readline of closed file"))
    return Value();
  Value line = bufReadLine(b, -1);
  if (!line || bytesSize(line) == 0)
    return Value();
  return line;
}

Value bIter(Value self) {
  if (asBuf(self)->closed)
    return raiseClosed();
  return self;
}

Value bReadLines(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("readlines", nargs, 0, 1))
    return Value();
  BufferedFile *b = asBuf(self);
  int64_t hint;
  if (!sizeArg(args, nargs, &hint))
    return Value();
  if (b->closed)
    return raiseClosed();
  if (!bufCheckReadable(b, "readline of closed file"))
    return Value();
  List *l = listNew();
  if (!l)
    return Value();
  int64_t total = 0;
  for (;;) {
    Value line = bufReadLine(b, -1);
    if (!line)
      return Value();
    if (bytesSize(line) == 0)
      break;
    listAppend(l, line);
    total += bytesSize(line);
    if (hint > 0 && total >= hint)
      break;
  }
  return Value::object(l);
}

Value bWrite(Value self, Value data) {
  BufferedFile *b = asBuf(self);
  if (!b->writable)
    return raiseUnsupported("write");
  if (b->closed)
    return raiseClosed("write to closed file");
  const uint8_t *d;
  int64_t n;
  if (!requireBytesLike(data, &d, &n))
    return Value();
  if (!bufWrite(b, d, n))
    return Value();
  if (b->lineFlush && !bufFlushWrites(b))
    return Value();
  return intFromI64(n);
}

Value bWriteLines(Value self, Value lines) {
  BufferedFile *b = asBuf(self);
  if (b->closed)
    return raiseClosed();
  bool ok = forEach(lines, [&](Value line) { return !bWrite(self, line).isNull(); });
  return ok ? None() : Value();
}

Value bFlush(Value self) {
  BufferedFile *b = asBuf(self);
  if (b->closed)
    return raiseClosed(b->writable ? "flush of closed file" : "I/O operation on closed file.");
  if (!bufFlushWrites(b))
    return Value();
  return None();
}

Value bClose(Value self) { return bufClose(asBuf(self)) ? None() : Value(); }

Value bSeek(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("seek", nargs, 1, 2))
    return Value();
  BufferedFile *b = asBuf(self);
  if (!isInt(args[0]) && !typeOf(args[0])->toIndex)
    return raise(&TypeErrorType, "'%s' object cannot be interpreted as an integer",
                 typeName(args[0]));
  int64_t pos, whence = 0;
  if (!indexToSsize(args[0], &pos, &OverflowErrorType))
    return Value();
  if (nargs > 1 && !indexToSsize(args[1], &whence, &OverflowErrorType))
    return Value();
  if (whence < 0 || whence > 2)
    return raise(&ValueErrorType, "whence value %lld unsupported", (long long)whence);
  if (b->closed)
    return raiseClosed("seek of closed file");
  int64_t r = bufSeek(b, pos, int(whence));
  return r < 0 ? Value() : intFromI64(r);
}

Value bTell(Value self) {
  BufferedFile *b = asBuf(self);
  if (b->closed)
    return raiseClosed("I/O operation on closed file");
  int64_t r = bufTell(b);
  return r < 0 ? Value() : intFromI64(r);
}

Value bTruncate(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("truncate", nargs, 0, 1))
    return Value();
  BufferedFile *b = asBuf(self);
  if (b->closed)
    return raiseClosed("truncate of closed file");
  if (!b->writable)
    return raiseUnsupported("truncate");
  int64_t size;
  if (nargs == 0 || isNone(args[0])) {
    size = bufTell(b);
    if (size < 0)
      return Value();
  } else if (!indexToSsize(args[0], &size, &OverflowErrorType)) {
    return Value();
  }
  if (!bufFlushWrites(b))
    return Value();
  bufDropReadAhead(b);
  if (ftruncate(b->fd, off_t(size)) < 0)
    return raiseErrno(errno);
  return intFromI64(size);
}

Value bFileno(Value self) {
  BufferedFile *b = asBuf(self);
  if (b->closed)
    return raiseClosed("I/O operation on closed file");
  return intFromI64(b->fd);
}

Value bIsatty(Value self) {
  BufferedFile *b = asBuf(self);
  if (b->closed)
    return raiseClosed("I/O operation on closed file");
  return boolValue(isatty(b->fd));
}

Value bReadable(Value self) {
  BufferedFile *b = asBuf(self);
  if (!b->readable)
    return FalseValue;
  if (b->closed)
    return raiseClosed("I/O operation on closed file");
  return TrueValue;
}

Value bWritable(Value self) {
  BufferedFile *b = asBuf(self);
  if (!b->writable)
    return FalseValue;
  if (b->closed)
    return raiseClosed("I/O operation on closed file");
  return TrueValue;
}

Value bSeekable(Value self) {
  BufferedFile *b = asBuf(self);
  if (b->closed)
    return raiseClosed("I/O operation on closed file");
  return boolValue(lseek(b->fd, 0, SEEK_CUR) >= 0);
}

Value bEnter(Value self) {
  if (asBuf(self)->closed)
    return raiseClosed();
  return self;
}

Value bExit(Value self, const Value *args, size_t nargs) { return bClose(self); }

Value bGetClosed(Value self) { return boolValue(asBuf(self)->closed); }
Value bGetName(Value self) { return asBuf(self)->name; }
Value bGetMode(Value self) { return asBuf(self)->rawMode; }

Value bRepr(Value self) {
  BufferedFile *b = asBuf(self);
  std::string s = "<";
  s += typeName(self);
  Value r = repr(b->name);
  if (!r)
    return Value();
  s += " name=" + strToUtf8(r) + ">";
  return strFromUtf8(s);
}

/// The writable memory of a bytearray or a writable contiguous memoryview.
bool writableBuffer(Value v, uint8_t **data, int64_t *n) {
  if (isByteArray(v)) {
    *data = v.as<ByteArray>()->data;
    *n = v.as<ByteArray>()->size;
    return true;
  }
  if (!v.isSmall() && v.obj()->type == &MemoryViewType) {
    MemoryView *m = v.as<MemoryView>();
    if (m->released) {
      raise(&ValueErrorType, "operation forbidden on released memoryview object");
      return false;
    }
    if (!m->readonly && m->step == 1 && isByteArray(m->obj)) {
      *data = m->obj.as<ByteArray>()->data + m->start;
      *n = m->length;
      return true;
    }
  }
  raise(&TypeErrorType, "readinto() argument must be read-write bytes-like object, not %s",
        typeName(v));
  return false;
}

Value bReadIntoImpl(Value self, Value target, bool one) {
  BufferedFile *b = asBuf(self);
  if (!bufCheckReadable(b, "readinto of closed file"))
    return Value();
  uint8_t *d;
  int64_t n;
  if (!writableBuffer(target, &d, &n))
    return Value();
  int64_t got = 0;
  while (got < n) {
    if (b->rpos >= b->rlen) {
      if (one && got > 0)
        break;
      int64_t r = bufFill(b);
      if (r < 0)
        return Value();
      if (r == 0)
        break;
    }
    int64_t take = std::min(n - got, b->rlen - b->rpos);
    memcpy(d + got, b->rbuf + b->rpos, size_t(take));
    b->rpos += take;
    got += take;
  }
  b->eof = false;
  return intFromI64(got);
}

Value bReadInto(Value self, Value target) { return bReadIntoImpl(self, target, false); }
Value bReadInto1(Value self, Value target) { return bReadIntoImpl(self, target, true); }

const MethodDef bufferedMethods[] = {
    KILN_METH_FAST("read", bRead),
    KILN_METH_FAST("read1", bRead1),
    KILN_METH_O("readinto", bReadInto),
    KILN_METH_O("readinto1", bReadInto1),
    KILN_METH_FAST("readline", bReadLine),
    KILN_METH_FAST("readlines", bReadLines),
    KILN_METH_O("write", bWrite),
    KILN_METH_O("writelines", bWriteLines),
    KILN_METH_NOARGS("flush", bFlush),
    KILN_METH_NOARGS("close", bClose),
    KILN_METH_FAST("seek", bSeek),
    KILN_METH_NOARGS("tell", bTell),
    KILN_METH_FAST("truncate", bTruncate),
    KILN_METH_NOARGS("fileno", bFileno),
    KILN_METH_NOARGS("isatty", bIsatty),
    KILN_METH_NOARGS("readable", bReadable),
    KILN_METH_NOARGS("writable", bWritable),
    KILN_METH_NOARGS("seekable", bSeekable),
    KILN_METH_NOARGS("__enter__", bEnter),
    KILN_METH_FAST("__exit__", bExit),
    {nullptr},
};

const MethodDef peekMethods[] = {
    KILN_METH_FAST("peek", bPeek),
    {nullptr},
};


const GetSetDef bufferedGetSets[] = {
    {"closed", bGetClosed, nullptr},
    {"name", bGetName, nullptr},
    {"mode", bGetMode, nullptr},
    {nullptr, nullptr, nullptr},
};

// --- Text file methods -----------------------------------------------------------------

bool textCheckClosed(TextFile *t) {
  if (t->buf->closed) {
    raiseClosed();
    return false;
  }
  return true;
}

bool textCheckReadable(TextFile *t) {
  if (!textCheckClosed(t))
    return false;
  if (!t->buf->readable) {
    raiseUnsupported("not readable");
    return false;
  }
  return true;
}

/// Writes str \p s; the number of code points, or -1 on error.
int64_t textWrite(TextFile *t, Value s) {
  Str *str = s.as<Str>();
  Value text = s;
  bool hasLF = false, hasCR = false;
  if (t->writeNL || t->lineBuffering) {
    for (int64_t i = 0; i < str->length; i++) {
      uint32_t c = str->at(i);
      if (c == '\n')
        hasLF = true;
      else if (c == '\r')
        hasCR = true;
    }
  }
  if (t->writeNL && hasLF) {
    StrBuilder sb;
    for (int64_t i = 0; i < str->length; i++) {
      uint32_t c = str->at(i);
      if (c == '\n')
        sb.appendAscii(t->writeNL);
      else
        sb.append(c);
    }
    text = sb.build();
    if (!text)
      return -1;
  }
  std::string bytes;
  if (!textEncode(t, text, bytes))
    return -1;
  if (t->bomSize && !bytes.empty()) {
    // Only the first write of a file starts with the BOM.
    if (t->bomDone && bytes.size() >= t->bomSize)
      bytes.erase(0, t->bomSize);
    t->bomDone = true;
  }
  BufferedFile *b = t->buf;
  if (t->predecoded) {
    // Drop the whole-decoded input; writing goes at the end of what was read.
    t->predecoded = false;
    b->rpos = b->rlen = 0;
  }
  if (!bufWrite(b, reinterpret_cast<const uint8_t *>(bytes.data()), int64_t(bytes.size())))
    return -1;
  if ((t->lineBuffering && (hasLF || hasCR)) || t->writeThrough || b->lineFlush) {
    if (!bufFlushWrites(b))
      return -1;
  }
  return str->length;
}

Value tWrite(Value self, Value s) {
  TextFile *t = asText(self);
  if (!textCheckClosed(t))
    return Value();
  if (!isStr(s))
    return raise(&TypeErrorType, "write() argument must be str, not %s", typeName(s));
  if (!t->buf->writable)
    return raiseUnsupported("not writable");
  int64_t n = textWrite(t, s);
  return n < 0 ? Value() : intFromI64(n);
}

Value tWriteLines(Value self, Value lines) {
  TextFile *t = asText(self);
  if (!textCheckClosed(t))
    return Value();
  bool ok = forEach(lines, [&](Value line) { return !tWrite(self, line).isNull(); });
  return ok ? None() : Value();
}

Value tRead(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("read", nargs, 0, 1))
    return Value();
  TextFile *t = asText(self);
  int64_t n;
  if (!sizeArg(args, nargs, &n))
    return Value();
  if (!textCheckReadable(t))
    return Value();
  std::string out;
  if (!textReadInto(t, out, n < 0 ? -1 : n, false))
    return Value();
  t->buf->eof = t->predecoded;
  return textDecode(t, out);
}

Value textReadLine(TextFile *t, int64_t limit) {
  std::string out;
  if (!textReadInto(t, out, limit, true))
    return Value();
  t->buf->eof = t->predecoded;
  return textDecode(t, out);
}

Value tReadLine(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("readline", nargs, 0, 1))
    return Value();
  TextFile *t = asText(self);
  int64_t n;
  if (!sizeArg(args, nargs, &n))
    return Value();
  if (!textCheckReadable(t))
    return Value();
  return textReadLine(t, n);
}

Value tReadLines(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("readlines", nargs, 0, 1))
    return Value();
  TextFile *t = asText(self);
  int64_t hint;
  if (!sizeArg(args, nargs, &hint))
    return Value();
  if (!textCheckReadable(t))
    return Value();
  List *l = listNew();
  if (!l)
    return Value();
  int64_t total = 0;
  for (;;) {
    Value line = textReadLine(t, -1);
    if (!line)
      return Value();
    int64_t len = line.as<Str>()->length;
    if (len == 0)
      break;
    listAppend(l, line);
    total += len;
    if (hint > 0 && total >= hint)
      break;
  }
  return Value::object(l);
}

Value tIter(Value self) {
  if (!textCheckClosed(asText(self)))
    return Value();
  return self;
}

Value tNext(Value self) {
  TextFile *t = asText(self);
  if (!textCheckReadable(t))
    return Value();
  Value line = textReadLine(t, -1);
  if (!line || line.as<Str>()->length == 0)
    return Value();
  return line;
}

Value tFlush(Value self) {
  TextFile *t = asText(self);
  if (!textCheckClosed(t))
    return Value();
  if (!bufFlushWrites(t->buf))
    return Value();
  return None();
}

Value tClose(Value self) {
  TextFile *t = asText(self);
  if (t->buf->closed)
    return None();
  return bufClose(t->buf) ? None() : Value();
}

Value tTell(Value self) {
  TextFile *t = asText(self);
  if (!textCheckClosed(t))
    return Value();
  if (t->predecoded)
    return raise(&OSErrorType, "can't reconstruct logical file position");
  int64_t r = bufTell(t->buf);
  return r < 0 ? Value() : intFromI64(r);
}

Value tSeek(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("seek", nargs, 1, 2))
    return Value();
  TextFile *t = asText(self);
  int64_t whence = 0;
  if (nargs > 1 && !indexToSsize(args[1], &whence, &OverflowErrorType))
    return Value();
  if (!textCheckClosed(t))
    return Value();
  Value cookie = args[0];
  if (!isInt(cookie) && !typeOf(cookie)->toIndex)
    return raise(&TypeErrorType, "an integer is required");
  int64_t pos;
  if (!indexToSsize(cookie, &pos, &OverflowErrorType))
    return Value();
  BufferedFile *b = t->buf;
  switch (whence) {
  case 1:
    if (pos != 0)
      return raiseUnsupported("can't do nonzero cur-relative seeks");
    return tTell(self);
  case 2: {
    if (pos != 0)
      return raiseUnsupported("can't do nonzero end-relative seeks");
    if (t->predecoded) {
      t->predecoded = false;
      b->rpos = b->rlen = 0;
    }
    int64_t r = bufSeek(b, 0, SEEK_END);
    return r < 0 ? Value() : intFromI64(r);
  }
  case 0:
    break;
  default:
    return raise(&ValueErrorType, "invalid whence (%lld, should be 0, 1 or 2)",
                 (long long)whence);
  }
  if (pos < 0) {
    Value r = repr(cookie);
    return raise(&ValueErrorType, "negative seek position %s", r ? strToUtf8(r).c_str() : "?");
  }
  if (t->predecoded) {
    t->predecoded = false;
    b->rpos = b->rlen = 0;
  }
  int64_t r = bufSeek(b, pos, SEEK_SET);
  return r < 0 ? Value() : cookie;
}

Value tTruncate(Value self, const Value *args, size_t nargs) {
  TextFile *t = asText(self);
  if (!textCheckClosed(t))
    return Value();
  if (!t->buf->writable)
    return raiseUnsupported("truncate");
  return bTruncate(Value::object(t->buf), args, nargs);
}

Value tFileno(Value self) { return bFileno(Value::object(asText(self)->buf)); }
Value tIsatty(Value self) { return bIsatty(Value::object(asText(self)->buf)); }
Value tReadable(Value self) { return bReadable(Value::object(asText(self)->buf)); }
Value tWritable(Value self) { return bWritable(Value::object(asText(self)->buf)); }
Value tSeekable(Value self) { return bSeekable(Value::object(asText(self)->buf)); }

Value tEnter(Value self) {
  if (!textCheckClosed(asText(self)))
    return Value();
  return self;
}

Value tExit(Value self, const Value *args, size_t nargs) { return tClose(self); }

Value tDetach(Value self) {
  TextFile *t = asText(self);
  if (!textCheckClosed(t))
    return Value();
  if (!bufFlushWrites(t->buf))
    return Value();
  return Value::object(t->buf);
}

bool classifyEncoding(Value encoding, CodecKind *kind);
bool setNewline(TextFile *t, Value newline);

Value tReconfigure(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[5];
  if (!parseArgs({"reconfigure", {"encoding", "errors", "newline", "line_buffering", "write_through"},
                  0, 0},
                 args, nargs, kwnames, a))
    return Value();
  TextFile *t = asText(self);
  if (!textCheckClosed(t))
    return Value();
  if (!bufFlushWrites(t->buf))
    return Value();
  for (int i = 0; i < 3; i++)
    if (a[i] && !isNone(a[i]) && !isStr(a[i]))
      return raise(&TypeErrorType, "reconfigure() argument '%s' must be str or None, not %s",
                   i == 0 ? "encoding" : i == 1 ? "errors" : "newline", typeName(a[i]));
  if (a[0] && !isNone(a[0])) {
    CodecKind kind;
    if (!classifyEncoding(a[0], &kind))
      return Value();
    t->encoding = a[0];
    t->codec = kind;
    if (!a[1] || isNone(a[1]))
      t->errors = strFromAscii("strict");
  }
  if (a[1] && !isNone(a[1]))
    t->errors = a[1];
  t->strictUtf8 = t->codec == CodecKind::Utf8 && strEqualsAscii(t->errors.as<Str>(), "strict");
  if (a[2] && !setNewline(t, a[2]))
    return Value();
  if (a[3] && !isNone(a[3])) {
    int v = isTrue(a[3]);
    if (v < 0)
      return Value();
    t->lineBuffering = v;
  }
  if (a[4] && !isNone(a[4])) {
    int v = isTrue(a[4]);
    if (v < 0)
      return Value();
    t->writeThrough = v;
  }
  return None();
}

Value tGetClosed(Value self) { return boolValue(asText(self)->buf->closed); }
Value tGetName(Value self) { return asText(self)->buf->name; }
Value tGetMode(Value self) { return asText(self)->mode; }
Value tGetEncoding(Value self) { return asText(self)->encoding; }
Value tGetErrors(Value self) { return asText(self)->errors; }
Value tGetBuffer(Value self) { return Value::object(asText(self)->buf); }
Value tGetLineBuffering(Value self) { return boolValue(asText(self)->lineBuffering); }
Value tGetWriteThrough(Value self) { return boolValue(asText(self)->writeThrough); }
Value tGetNewlines(Value self) { return None(); }

Value tRepr(Value self) {
  TextFile *t = asText(self);
  std::string s = "<_io.TextIOWrapper";
  Value r = repr(t->buf->name);
  if (!r)
    return Value();
  s += " name=" + strToUtf8(r);
  if (t->mode) {
    r = repr(t->mode);
    if (!r)
      return Value();
    s += " mode=" + strToUtf8(r);
  }
  r = repr(t->encoding);
  if (!r)
    return Value();
  s += " encoding=" + strToUtf8(r) + ">";
  return strFromUtf8(s);
}

const MethodDef textMethods[] = {
    KILN_METH_FAST("read", tRead),
    KILN_METH_FAST("readline", tReadLine),
    KILN_METH_FAST("readlines", tReadLines),
    KILN_METH_O("write", tWrite),
    KILN_METH_O("writelines", tWriteLines),
    KILN_METH_NOARGS("flush", tFlush),
    KILN_METH_NOARGS("close", tClose),
    KILN_METH_FAST("seek", tSeek),
    KILN_METH_NOARGS("tell", tTell),
    KILN_METH_FAST("truncate", tTruncate),
    KILN_METH_NOARGS("fileno", tFileno),
    KILN_METH_NOARGS("isatty", tIsatty),
    KILN_METH_NOARGS("readable", tReadable),
    KILN_METH_NOARGS("writable", tWritable),
    KILN_METH_NOARGS("seekable", tSeekable),
    KILN_METH_NOARGS("detach", tDetach),
    KILN_METH_KW("reconfigure", tReconfigure),
    KILN_METH_NOARGS("__enter__", tEnter),
    KILN_METH_FAST("__exit__", tExit),
    {nullptr},
};

const GetSetDef textGetSets[] = {
    {"closed", tGetClosed, nullptr},
    {"name", tGetName, nullptr},
    {"mode", tGetMode, nullptr},
    {"encoding", tGetEncoding, nullptr},
    {"errors", tGetErrors, nullptr},
    {"buffer", tGetBuffer, nullptr},
    {"line_buffering", tGetLineBuffering, nullptr},
    {"write_through", tGetWriteThrough, nullptr},
    {"newlines", tGetNewlines, nullptr},
    {nullptr, nullptr, nullptr},
};

// --- Construction -------------------------------------------------------------------------

/// Classifies an encoding name: false with LookupError when unknown.
bool classifyEncoding(Value encoding, CodecKind *kind) {
  std::string e = strToUtf8(encoding);
  std::string n;
  for (char c : e)
    n += (c == '-' || c == ' ') ? '_' : char(tolower(uint8_t(c)));
  if (n == "utf_8" || n == "utf8" || n == "u8" || n == "utf" || n == "cp65001") {
    *kind = CodecKind::Utf8;
    return true;
  }
  // Let the codec machinery validate the name (LookupError when unknown).
  if (!codecIsTextEncoding(encoding, "open"))
    return false;
  if (n.find("16") != std::string::npos || n.find("32") != std::string::npos ||
      n == "utf_8_sig" || n == "utf8_sig")
    *kind = CodecKind::Whole;
  else
    *kind = CodecKind::SingleByte;
  return true;
}

/// Sets up newline handling; false with ValueError for a bad value.
bool setNewline(TextFile *t, Value newline) {
  t->newline = newline;
  t->readEnd = '\n';
  t->writeNL = nullptr;
  if (!newline || isNone(newline)) {
    t->newline = None();
    t->readUniversal = true;
    t->readTranslate = true;
    return true;
  }
  std::string nl = strToUtf8(newline);
  t->readUniversal = nl.empty();
  t->readTranslate = false;
  if (nl.empty() || nl == "\n")
    return true;
  if (nl == "\r") {
    t->readEnd = '\r';
    t->writeNL = "\r";
    return true;
  }
  if (nl == "\r\n") {
    t->readEnd = 0;
    t->writeNL = "\r\n";
    return true;
  }
  raise(&ValueErrorType, "illegal newline value: %s", nl.c_str());
  return false;
}

TextFile *textNew(BufferedFile *b, Value mode, Value encoding, Value errors, Value newline,
                  bool lineBuffering) {
  TextFile *t = newObject<TextFile>(&TextIOWrapperType);
  if (!t)
    return nullptr;
  t->buf = b;
  t->mode = mode;
  t->encoding = encoding;
  t->errors = errors ? errors : strFromAscii("strict");
  t->lineBuffering = lineBuffering;
  if (!classifyEncoding(t->encoding, &t->codec))
    return nullptr;
  t->strictUtf8 = t->codec == CodecKind::Utf8 && strEqualsAscii(t->errors.as<Str>(), "strict");
  if (t->codec == CodecKind::Whole) {
    Value bom = codecEncode(strFromAscii(""), t->encoding, t->errors);
    if (!bom)
      return nullptr;
    t->bomSize = uint8_t(bytesSize(bom));
    if (t->bomSize && b->writable) {
      off_t pos = lseek(b->fd, 0, SEEK_CUR);
      t->bomDone = pos > 0;
    }
  }
  if (!setNewline(t, newline))
    return nullptr;
  return t;
}

/// The path text of a str/bytes/PathLike, or an fd; false with TypeError.
bool fileArg(Value file, bool *isFd, int64_t *fd, std::string *path) {
  if (isInt(file)) {
    *isFd = true;
    return indexToSsize(file, fd, &OverflowErrorType);
  }
  *isFd = false;
  Value p = file;
  if (!isStr(p) && !isBytes(p)) {
    Value fs = lookupSpecial(file, names.fspath);
    if (!fs) {
      if (errOccurred())
        return false;
      raise(&TypeErrorType, "expected str, bytes or os.PathLike object, not %s", typeName(file));
      return false;
    }
    p = call(fs, nullptr, 0);
    if (!p)
      return false;
    if (!isStr(p) && !isBytes(p)) {
      raise(&TypeErrorType, "expected %s.__fspath__() to return str or bytes, not %s",
            typeName(file), typeName(p));
      return false;
    }
  }
  if (isStr(p))
    *path = strToUtf8(p);
  else
    path->assign(reinterpret_cast<const char *>(bytesData(p)), size_t(bytesSize(p)));
  if (path->find('\0') != std::string::npos) {
    raise(&ValueErrorType, "embedded null byte");
    return false;
  }
  return true;
}

bool optStrArg(const char *what, Value v) {
  if (!v || isNone(v) || isStr(v))
    return true;
  raise(&TypeErrorType, "open() argument '%s' must be str or None, not %s", what, typeName(v));
  return false;
}

Value openImpl(Value file, Value modeV, int64_t buffering, Value encoding, Value errors,
               Value newline, bool closefd, Value opener) {
  std::string mode = modeV ? strToUtf8(modeV) : "r";
  bool creating = false, reading = false, writing = false, appending = false, updating = false,
       text = false, binary = false;
  for (size_t i = 0; i < mode.size(); i++) {
    char c = mode[i];
    bool ok = true;
    switch (c) {
    case 'x': creating = true; break;
    case 'r': reading = true; break;
    case 'w': writing = true; break;
    case 'a': appending = true; break;
    case '+': updating = true; break;
    case 't': text = true; break;
    case 'b': binary = true; break;
    default: ok = false; break;
    }
    if (!ok || mode.find(c, i + 1) != std::string::npos)
      return raise(&ValueErrorType, "invalid mode: '%s'", mode.c_str());
  }
  if (text && binary)
    return raise(&ValueErrorType, "can't have text and binary mode at once");
  if (int(creating) + int(reading) + int(writing) + int(appending) > 1)
    return raise(&ValueErrorType, "must have exactly one of create/read/write/append mode");
  if (binary && encoding && !isNone(encoding))
    return raise(&ValueErrorType, "binary mode doesn't take an encoding argument");
  if (binary && errors && !isNone(errors))
    return raise(&ValueErrorType, "binary mode doesn't take an errors argument");
  if (binary && newline && !isNone(newline))
    return raise(&ValueErrorType, "binary mode doesn't take a newline argument");

  // FileIO's own checks.
  bool isFd;
  int64_t fd = -1;
  std::string path;
  if (!fileArg(file, &isFd, &fd, &path))
    return Value();
  if (!(creating || reading || writing || appending))
    return raise(&ValueErrorType,
                 "Must have exactly one of create/read/write/append mode and at most one plus");
  if (isFd && fd < 0)
    return raise(&ValueErrorType, "negative file descriptor");
  if (!isFd && !closefd)
    return raise(&ValueErrorType, "Cannot use closefd=False with file name");
  if (!text && !binary && buffering == 0)
    return raise(&ValueErrorType, "can't have unbuffered text I/O");
  if (!binary && newline && !isNone(newline)) {
    std::string nl = strToUtf8(newline);
    if (!(nl.empty() || nl == "\n" || nl == "\r" || nl == "\r\n")) {
      return raise(&ValueErrorType, "illegal newline value: %s", nl.c_str());
    }
  }

  bool readable = reading || updating;
  bool writable = writing || appending || creating || updating;
  int flags = O_CLOEXEC;
  if (readable && writable)
    flags |= O_RDWR;
  else if (readable)
    flags |= O_RDONLY;
  else
    flags |= O_WRONLY;
  if (writing)
    flags |= O_CREAT | O_TRUNC;
  if (appending)
    flags |= O_CREAT | O_APPEND;
  if (creating)
    flags |= O_CREAT | O_EXCL;
  const char *rawMode = creating ? (readable ? "xb+" : "xb")
                        : appending ? (readable ? "ab+" : "ab")
                        : (readable && writable) ? "rb+"
                        : readable ? "rb" : "wb";

  int ifd;
  if (isFd) {
    ifd = int(fd);
    struct stat st;
    if (fstat(ifd, &st) < 0)
      return raiseErrno(errno);
  } else if (opener && !isNone(opener)) {
    Value r = call(opener, {file, intFromI64(flags)});
    if (!r)
      return Value();
    int64_t v;
    if (!isInt(r))
      return raise(&TypeErrorType, "expected integer from opener");
    if (!intToSsize(r, &v))
      return Value();
    if (v < 0)
      return raise(&ValueErrorType, "opener returned %lld", (long long)v);
    ifd = int(v);
  } else {
    do {
      ifd = ::open(path.c_str(), flags, 0666);
    } while (ifd < 0 && errno == EINTR);
    if (ifd < 0)
      return raiseErrno(errno, file);
  }
  struct stat st;
  if (fstat(ifd, &st) == 0 && S_ISDIR(st.st_mode)) {
    if (!isFd)
      ::close(ifd);
    return raiseErrno(EISDIR, file);
  }
  if (appending)
    lseek(ifd, 0, SEEK_END);

  bool lineBuffering = false;
  if (buffering == 1 || (buffering < 0 && isatty(ifd)))
    lineBuffering = true;

  Type *bt = updating ? &BufferedRandomType : writable ? &BufferedWriterType : &BufferedReaderType;
  BufferedFile *b = bufNew(bt, ifd, file, readable, writable, appending, closefd, rawMode);
  if (!b)
    return Value();
  if (binary) {
    if (buffering == 0)
      b->lineFlush = true;
    return Value::object(b);
  }
  Value enc = (encoding && !isNone(encoding)) ? encoding : strFromAscii("UTF-8");
  Value errs = (errors && !isNone(errors)) ? errors : Value();
  TextFile *t = textNew(b, modeV ? modeV : strFromAscii("r"), enc, errs, newline, lineBuffering);
  if (!t) {
    Value e = takeError();
    bufClose(b);
    clearError();
    setCurrentException(e);
    return Value();
  }
  return Value::object(t);
}

/// The errors handler CPython's standard streams get from the locale.
const char *stdioErrors() {
  const char *utf8mode = getenv("PYTHONUTF8");
  if (utf8mode && strcmp(utf8mode, "1") == 0)
    return "surrogateescape";
  const char *loc = getenv("LC_ALL");
  if (!loc || !*loc)
    loc = getenv("LC_CTYPE");
  if (!loc || !*loc)
    loc = getenv("LANG");
  if (!loc || !*loc)
    return "surrogateescape";
  std::string l = loc;
  if (l == "C" || l == "POSIX" || l == "C.UTF-8" || l == "C.utf8" || l == "C.UTF8" ||
      l == "C.utf-8")
    return "surrogateescape";
  return "strict";
}

/// PYTHONIOENCODING's "encoding[:errors]" parts (empty when unset).
void ioEncodingEnv(std::string *enc, std::string *errors) {
  const char *v = getenv("PYTHONIOENCODING");
  if (!v || !*v)
    return;
  std::string s = v;
  size_t colon = s.find(':');
  *enc = s.substr(0, colon);
  if (colon != std::string::npos)
    *errors = s.substr(colon + 1);
  std::string n;
  for (char c : *enc)
    n += (c == '_') ? '-' : char(tolower(uint8_t(c)));
  if (n == "utf-8" || n == "utf8" || n == "u8")
    *enc = "utf-8";
  else if (n == "latin-1" || n == "latin1" || n == "iso-8859-1" || n == "iso8859-1" || n == "l1")
    *enc = "iso8859-1";
  else if (n == "ascii" || n == "us-ascii")
    *enc = "ascii";
  else if (!n.empty())
    *enc = n;
}

Value makeStdStream(int fd) {
  bool readable = fd == 0;
  const char *name = fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>";
  BufferedFile *b = bufNew(readable ? &BufferedReaderType : &BufferedWriterType, fd,
                           strFromAscii(name), readable, !readable, false, false,
                           readable ? "rb" : "wb");
  if (!b)
    return Value();
  bool tty = isatty(fd);
  std::string envEnc, envErrors;
  ioEncodingEnv(&envEnc, &envErrors);
  const char *errs = fd == 2                ? "backslashreplace"
                     : !envErrors.empty()   ? envErrors.c_str()
                     : !envEnc.empty()      ? "strict"
                                            : stdioErrors();
  Value errors = strFromAscii(errs);
  Value encoding = strFromAscii(envEnc.empty() ? "utf-8" : envEnc);
  // The standard streams use newline="\n": no translation either way.
  TextFile *t = textNew(b, strFromAscii(readable ? "r" : "w"), encoding, errors,
                        strFromAscii("\n"), fd == 2 || (fd == 1 && tty));
  if (!t)
    return Value();
  // stderr is line-buffered as CPython's (a partial line waits for a flush,
  // and os._exit loses it); PYTHONUNBUFFERED (python -u) makes stdout and
  // stderr reach the file at every write.
  const char *unbuffered = getenv("PYTHONUNBUFFERED");
  if (fd != 0 && unbuffered && *unbuffered)
    t->writeThrough = true;
  return Value::object(t);
}

Value getStdioForInput(const char *name, const char *lost) {
  Value f = sysGet(name);
  if (!f || isNone(f)) {
    if (errOccurred())
      return Value();
    return raise(&RuntimeErrorType, "input(): lost sys.%s", lost);
  }
  return f;
}

void flushQuietly(Value f) {
  if (!f || isNone(f))
    return;
  if (isText(f)) {
    if (!asText(f)->buf->closed)
      bufFlushWrites(asText(f)->buf, false);
    return;
  }
  if (isBuffered(f)) {
    if (!asBuf(f)->closed)
      bufFlushWrites(asBuf(f), false);
    return;
  }
  if (!callMethod(f, names.flush, {}))
    clearError();
}

void atExitFlush() { flushAllFiles(); }

} // namespace

// --- Public API -------------------------------------------------------------------------

Value ioUnsupportedOperation() {
  if (gUnsupported)
    return gUnsupported;
  Dict *d = dictNew();
  if (!d)
    return Value();
  dictSetStr(d, names.module, strFromAscii("io"));
  Tuple *bases = tupleOf({Value::object(&OSErrorType), Value::object(&ValueErrorType)});
  Value t = typeNew(&TypeType, strFromAscii("UnsupportedOperation"), Value::object(bases),
                    Value::object(d), nullptr, nullptr);
  if (!t) {
    // Fall back to a single base if the layout check refuses the pair.
    clearError();
    d = dictNew();
    dictSetStr(d, names.module, strFromAscii("io"));
    t = typeNew(&TypeType, strFromAscii("UnsupportedOperation"),
                Value::object(tupleOf({Value::object(&OSErrorType)})), Value::object(d), nullptr,
                nullptr);
    if (!t)
      return Value();
  }
  gUnsupported = t;
  return t;
}

Value ioOpen(Value self, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[8];
  if (!parseArgs({"open",
                  {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"},
                  1},
                 args, nargs, kwnames, a))
    return Value();
  if (a[1] && !isStr(a[1]))
    return raise(&TypeErrorType, "open() argument 'mode' must be str, not %s", typeName(a[1]));
  int64_t buffering = -1;
  if (a[2]) {
    if (isFloat(a[2]))
      return raise(&TypeErrorType, "'float' object cannot be interpreted as an integer");
    if (!indexToSsize(a[2], &buffering, &OverflowErrorType))
      return Value();
  }
  if (!optStrArg("encoding", a[3]) || !optStrArg("errors", a[4]) || !optStrArg("newline", a[5]))
    return Value();
  bool closefd = true;
  if (a[6]) {
    int c = isTrue(a[6]);
    if (c < 0)
      return Value();
    closefd = c;
  }
  return openImpl(a[0], a[1], buffering, a[3], a[4], a[5], closefd, a[7]);
}

Value builtinInput(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("input", nargs, 0, 1))
    return Value();
  Value fin = getStdioForInput("stdin", "stdin");
  if (!fin)
    return Value();
  Value fout = getStdioForInput("stdout", "stdout");
  if (!fout)
    return Value();
  Value ferr = sysGet("stderr");
  if (ferr && !isNone(ferr))
    flushQuietly(ferr);
  if (nargs == 1) {
    Value p = str(args[0]);
    if (!p)
      return Value();
    if (isText(fout) && !asText(fout)->buf->closed && asText(fout)->buf->writable) {
      if (textWrite(asText(fout), p) < 0)
        return Value();
    } else if (!callMethod(fout, names.write, {p})) {
      return Value();
    }
  }
  flushQuietly(fout);
  Value line;
  if (isText(fin)) {
    TextFile *t = asText(fin);
    if (!textCheckReadable(t))
      return Value();
    line = textReadLine(t, -1);
  } else {
    line = callMethod(fin, names.readline, {});
  }
  if (!line)
    return Value();
  if (!isStr(line))
    return raise(&TypeErrorType, "object.readline() returned non-string");
  Str *s = line.as<Str>();
  if (s->length == 0)
    return raise(&EOFErrorType, "EOF when reading a line");
  if (s->at(s->length - 1) == '\n')
    return strSubstring(line, 0, s->length - 1);
  return line;
}

Value stdStream(int fd) {
  if (fd < 0 || fd > 2)
    return Value();
  if (!gStdStreams[fd])
    gStdStreams[fd] = makeStdStream(fd);
  return gStdStreams[fd];
}

void initStdStreams() {
  initIoTypes();
  for (int fd = 0; fd < 3; fd++)
    stdStream(fd);
  static bool registered = false;
  if (!registered) {
    registered = true;
    std::atexit(atExitFlush);
  }
}

void flushStdStreams() {
  Value saved = takeError();
  flushQuietly(sysGet("stdout"));
  clearError();
  flushQuietly(sysGet("stderr"));
  clearError();
  ts.curExc = saved;
}

void flushAllFiles() {
  Value saved = takeError();
  // Standard streams first (stdout before stderr), then the other files.
  for (int fd = 1; fd <= 2; fd++)
    if (gStdStreams[fd] && !asText(gStdStreams[fd])->buf->closed)
      bufFlushWrites(asText(gStdStreams[fd])->buf, false);
  std::vector<uintptr_t> files(registry().begin(), registry().end());
  for (uintptr_t h : files) {
    BufferedFile *b = revealPtr(h);
    if (!b->closed)
      bufFlushWrites(b, false);
  }
  ts.curExc = saved;
}

void initIoTypes() {
  static bool done = false;
  if (done)
    return;
  done = true;
  struct {
    Type *t;
    const char *cname, *name;
  } bufTypes[] = {{&BufferedReaderType, "_io.BufferedReader", "BufferedReader"},
                  {&BufferedWriterType, "_io.BufferedWriter", "BufferedWriter"},
                  {&BufferedRandomType, "_io.BufferedRandom", "BufferedRandom"}};
  for (auto &bt : bufTypes) {
    typeInitBuiltin(bt.t, bt.cname, &ObjectType, sizeof(BufferedFile), 0);
    bt.t->name = intern(bt.name);
    bt.t->repr = bRepr;
    bt.t->iter = bIter;
    bt.t->next = bNext;
    typeReady(bt.t, bufferedMethods, bufferedGetSets);
    if (bt.t != &BufferedWriterType)
      addMethods(bt.t, peekMethods);
    dictSetStr(bt.t->dict, names.module, strFromAscii("_io"));
  }
  typeInitBuiltin(&TextIOWrapperType, "_io.TextIOWrapper", &ObjectType, sizeof(TextFile), 0);
  TextIOWrapperType.name = intern("TextIOWrapper");
  TextIOWrapperType.repr = tRepr;
  TextIOWrapperType.iter = tIter;
  TextIOWrapperType.next = tNext;
  typeReady(&TextIOWrapperType, textMethods, textGetSets);
  dictSetStr(TextIOWrapperType.dict, names.module, strFromAscii("_io"));
}

} // namespace kiln::rt
