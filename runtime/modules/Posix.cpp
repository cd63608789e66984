//===- Posix.cpp - the posix module (the system calls under os) -----------===//
///
/// The operating-system calls that `os` (runtime/lib/os.py) is built on:
/// the working directory, directory listing, stat, file removal and
/// renaming, directories, the environment, process ids, urandom, and the
/// file-descriptor calls (read, write, pipe, close, _exit). Errors are
/// OSError subclasses chosen from errno, carrying the file name, as CPython
/// raises them.
///
//===----------------------------------------------------------------------===//
#include "runtime/Abstract.h"
#include "runtime/Args.h"
#include "runtime/Errors.h"
#include "runtime/Runtime.h"
#include "runtime/objects/Bytes.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Float.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Module.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/StructSeq.h"
#include "runtime/objects/Tuple.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <string>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace kiln::rt {

namespace {

Type *statResultType;

/// OSError(errno, strerror, filename): the constructor picks the subclass.
Value raiseOs(int err, Value filename = Value(), Value filename2 = Value()) {
  Value args[5] = {intFromI64(err), strFromUtf8(strerror(err)), filename ? filename : None(),
                   None(), filename2 ? filename2 : None()};
  Value exc = call(Value::object(&OSErrorType), args, filename2 ? 5 : filename ? 3 : 2);
  if (exc)
    setCurrentException(exc);
  return Value();
}

/// A path argument: str (or bytes) as a C string.
bool pathArg(const char *fname, const char *argName, Value v, std::string &out,
             bool fdOrNone = false) {
  if (isStr(v)) {
    out = strToUtf8(v);
  } else if (isBytes(v)) {
    const uint8_t *d;
    int64_t n;
    bytesLikeData(v, &d, &n);
    out.assign(reinterpret_cast<const char *>(d), size_t(n));
  } else {
    Value fs = lookupSpecial(v, intern("__fspath__"));
    if (fs) {
      Value r = call(fs, {});
      if (!r)
        return false;
      return pathArg(fname, argName, r, out);
    }
    if (errOccurred())
      return false;
    raise(&TypeErrorType, "%s: %s should be string, bytes%s, not %s", fname, argName,
          fdOrNone ? ", os.PathLike, integer or None" : " or os.PathLike", typeName(v));
    return false;
  }
  if (out.find('\0') != std::string::npos) {
    raise(&ValueErrorType, "%s: embedded null character in %s", fname, argName);
    return false;
  }
  return true;
}

/// A size argument (CPython's Py_ssize_t converter: __index__, then
/// "Python int too large to convert to C ssize_t").
bool ssizeArg(Value v, int64_t *out) {
  Value i = numberIndex(v);
  return i && intToSsize(i, out);
}

Value pGetcwd(Value) {
  std::vector<char> buf(4096);
  while (!getcwd(buf.data(), buf.size())) {
    if (errno != ERANGE)
      return raiseOs(errno);
    buf.resize(buf.size() * 2);
  }
  return strFromUtf8(buf.data());
}

Value pChdir(Value, Value path) {
  std::string p;
  if (!pathArg("chdir", "path", path, p))
    return Value();
  if (chdir(p.c_str()) < 0)
    return raiseOs(errno, path);
  return None();
}

/// listdir(path='.'): names in directory order, without '.' and '..'.
Value pListdir(Value, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[1];
  if (!parseArgs({"listdir", {"path"}, 0}, args, nargs, kwnames, a))
    return Value();
  std::string p = ".";
  if (a[0] && !isNone(a[0]) && !pathArg("listdir", "path", a[0], p, true))
    return Value();
  DIR *d = opendir(p.c_str());
  if (!d)
    return raiseOs(errno, a[0] && !isNone(a[0]) ? a[0] : strFromAscii("."));
  List *out = listNew();
  bool asBytes = a[0] && isBytes(a[0]);
  while (struct dirent *e = readdir(d)) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
      continue;
    listAppend(out, asBytes ? bytesFromData(e->d_name, strlen(e->d_name)) : strFromUtf8(e->d_name));
  }
  closedir(d);
  return Value::object(out);
}

Value statResult(const struct stat &st) {
  auto ts = [](const struct timespec &t) { return floatFrom(double(t.tv_sec) + t.tv_nsec * 1e-9); };
  return structSeqNew(statResultType,
                      {intFromI64(st.st_mode), intFromI64(int64_t(st.st_ino)),
                       intFromI64(int64_t(st.st_dev)), intFromI64(int64_t(st.st_nlink)),
                       intFromI64(st.st_uid), intFromI64(st.st_gid), intFromI64(st.st_size),
                       ts(st.st_atim), ts(st.st_mtim), ts(st.st_ctim)});
}

Value statImpl(const char *fname, const Value *args, size_t nargs, Tuple *kwnames, bool follow) {
  Value a[1];
  if (!parseArgs({fname, {"path"}, 1}, args, nargs, kwnames, a))
    return Value();
  std::string p;
  if (!pathArg(fname, "path", a[0], p))
    return Value();
  struct stat st;
  if ((follow ? stat(p.c_str(), &st) : lstat(p.c_str(), &st)) < 0)
    return raiseOs(errno, a[0]);
  return statResult(st);
}
Value pStat(Value, const Value *args, size_t nargs, Tuple *kw) {
  return statImpl("stat", args, nargs, kw, true);
}
Value pLstat(Value, const Value *args, size_t nargs, Tuple *kw) {
  return statImpl("lstat", args, nargs, kw, false);
}

/// One-path calls: remove/unlink, rmdir.
Value onePath(const char *fname, Value path, int (*op)(const char *)) {
  std::string p;
  if (!pathArg(fname, "path", path, p))
    return Value();
  if (op(p.c_str()) < 0)
    return raiseOs(errno, path);
  return None();
}
Value pRemove(Value, Value path) { return onePath("remove", path, unlink); }
Value pRmdir(Value, Value path) { return onePath("rmdir", path, rmdir); }

Value pMkdir(Value, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[2];
  if (!parseArgs({"mkdir", {"path", "mode"}, 1}, args, nargs, kwnames, a))
    return Value();
  std::string p;
  if (!pathArg("mkdir", "path", a[0], p))
    return Value();
  int64_t mode = 0777;
  if (a[1] && !ssizeArg(a[1], &mode))
    return Value();
  if (mkdir(p.c_str(), mode_t(mode)) < 0)
    return raiseOs(errno, a[0]);
  return None();
}

Value pRename(Value, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[2];
  if (!parseArgs({"rename", {"src", "dst"}, 2}, args, nargs, kwnames, a))
    return Value();
  std::string s, d;
  if (!pathArg("rename", "src", a[0], s) || !pathArg("rename", "dst", a[1], d))
    return Value();
  if (rename(s.c_str(), d.c_str()) < 0)
    return raiseOs(errno, a[0], a[1]);
  return None();
}

Value pAccess(Value, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[2];
  if (!parseArgs({"access", {"path", "mode"}, 2}, args, nargs, kwnames, a))
    return Value();
  std::string p;
  int64_t mode;
  if (!pathArg("access", "path", a[0], p) || !ssizeArg(a[1], &mode))
    return Value();
  return boolValue(access(p.c_str(), int(mode)) == 0);
}

Value pGetpid(Value) { return intFromI64(getpid()); }
Value pGetppid(Value) { return intFromI64(getppid()); }
Value pCpuCount(Value) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? intFromI64(n) : None();
}

Value pStrerror(Value, Value code) {
  int64_t c;
  if (!ssizeArg(code, &c))
    return Value();
  return strFromUtf8(strerror(int(c)));
}

Value pUrandom(Value, Value size) {
  int64_t n;
  if (!ssizeArg(size, &n))
    return Value();
  if (n < 0)
    return raise(&ValueErrorType, "negative argument not allowed");
  std::string out(size_t(n), '\0');
  size_t got = 0;
  while (got < out.size()) {
    ssize_t r = getrandom(&out[got], out.size() - got, 0);
    if (r < 0) {
      if (errno == EINTR)
        continue;
      return raiseOs(errno);
    }
    got += size_t(r);
  }
  return bytesFromData(out.data(), out.size());
}

/// A file descriptor argument (CPython's _PyLong_AsInt through __index__).
bool fdArg(Value v, int *out) {
  Value i = numberIndex(v);
  if (!i)
    return false;
  int64_t x;
  if (!intAsI64(i, &x) || x < INT32_MIN || x > INT32_MAX) {
    raise(&OverflowErrorType, "Python int too large to convert to C int");
    return false;
  }
  *out = int(x);
  return true;
}

/// _exit(status): ends the process at once, flushing nothing (buffered
/// Python-level output is lost, as in CPython).
Value pExit(Value, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[1];
  int status;
  size_t given = nargs + (kwnames ? size_t(kwnames->size) : 0);
  if (given > 1)
    return raise(&TypeErrorType, "_exit() takes at most 1 argument (%zu given)", given);
  if (!parseArgs({"_exit", {"status"}, 1}, args, nargs, kwnames, a) || !fdArg(a[0], &status))
    return Value();
  reportStats(); // KILN_STATS' report is not Python-level output
  _exit(status);
}

Value pWrite(Value, const Value *args, size_t nargs) {
  int fd;
  const uint8_t *data;
  int64_t n;
  if (!checkPositional("write", nargs, 2, 2) || !fdArg(args[0], &fd) ||
      !requireBytesLike(args[1], &data, &n))
    return Value();
  ssize_t r;
  while ((r = ::write(fd, data, size_t(n))) < 0 && errno == EINTR) {
  }
  return r < 0 ? raiseOs(errno) : intFromI64(r);
}

Value pRead(Value, const Value *args, size_t nargs) {
  int fd;
  int64_t n;
  if (!checkPositional("read", nargs, 2, 2) || !fdArg(args[0], &fd) || !ssizeArg(args[1], &n))
    return Value();
  if (n < 0)
    return raiseOs(EINVAL);
  std::string buf(size_t(n), '\0');
  ssize_t r;
  while ((r = ::read(fd, buf.data(), size_t(n))) < 0 && errno == EINTR) {
  }
  if (r < 0)
    return raiseOs(errno);
  return bytesFromData(buf.data(), size_t(r));
}

/// pipe(): (read end, write end), both non-inheritable as in CPython.
Value pPipe(Value) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) < 0)
    return raiseOs(errno);
  return Value::object(tupleOf({intFromI64(fds[0]), intFromI64(fds[1])}));
}

Value pClose(Value, const Value *args, size_t nargs, Tuple *kwnames) {
  Value a[1];
  int fd;
  if (!parseArgs({"close", {"fd"}, 1}, args, nargs, kwnames, a) || !fdArg(a[0], &fd))
    return Value();
  if (::close(fd) < 0 && errno != EINTR)
    return raiseOs(errno);
  return None();
}

/// The environment at startup, as a dict of strs (os.environ's data).
Value environDict() {
  Dict *d = dictNew();
  for (char **e = environ; e && *e; e++) {
    const char *eq = strchr(*e, '=');
    if (!eq)
      continue;
    dictSet(d, strFromUtf8(std::string(*e, size_t(eq - *e))), strFromUtf8(eq + 1));
  }
  return Value::object(d);
}

Value pPutenv(Value, const Value *args, size_t nargs) {
  if (!checkPositional("putenv", nargs, 2, 2))
    return Value();
  std::string k, v;
  if (!pathArg("putenv", "name", args[0], k) || !pathArg("putenv", "value", args[1], v))
    return Value();
  if (k.empty() || k.find('=') != std::string::npos)
    return raise(&ValueErrorType, "illegal environment variable name");
  if (setenv(k.c_str(), v.c_str(), 1) < 0)
    return raiseOs(errno);
  return None();
}

Value pUnsetenv(Value, Value name) {
  std::string k;
  if (!pathArg("unsetenv", "name", name, k))
    return Value();
  if (unsetenv(k.c_str()) < 0)
    return raiseOs(errno);
  return None();
}

const MethodDef posixFunctions[] = {
    KILN_METH_NOARGS("getcwd", pGetcwd),
    KILN_METH_O("chdir", pChdir),
    KILN_METH_KW("listdir", pListdir),
    KILN_METH_KW("stat", pStat),
    KILN_METH_KW("lstat", pLstat),
    KILN_METH_O("remove", pRemove),
    KILN_METH_O("unlink", pRemove),
    KILN_METH_O("rmdir", pRmdir),
    KILN_METH_KW("mkdir", pMkdir),
    KILN_METH_KW("rename", pRename),
    KILN_METH_KW("replace", pRename),
    KILN_METH_KW("access", pAccess),
    KILN_METH_NOARGS("getpid", pGetpid),
    KILN_METH_NOARGS("getppid", pGetppid),
    KILN_METH_NOARGS("cpu_count", pCpuCount),
    KILN_METH_O("strerror", pStrerror),
    KILN_METH_O("urandom", pUrandom),
    KILN_METH_FAST("putenv", pPutenv),
    KILN_METH_O("unsetenv", pUnsetenv),
    KILN_METH_KW("_exit", pExit),
    KILN_METH_FAST("write", pWrite),
    KILN_METH_FAST("read", pRead),
    KILN_METH_NOARGS("pipe", pPipe),
    KILN_METH_KW("close", pClose),
    {nullptr},
};

bool initPosix(Module *m) {
  static const char *const statFields[] = {"st_mode",  "st_ino",   "st_dev",   "st_nlink",
                                           "st_uid",   "st_gid",   "st_size",  "st_atime",
                                           "st_mtime", "st_ctime", nullptr};
  statResultType = structSeqType("os.stat_result", statFields);
  moduleAddFunctions(m, posixFunctions);
  moduleAdd(m, "environ", environDict());
  moduleAdd(m, "stat_result", Value::object(statResultType));
  const std::pair<const char *, int> constants[] = {
      {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK}};
  for (auto &c : constants)
    moduleAdd(m, c.first, intFromI64(c.second));
  return true;
}

} // namespace

KILN_NATIVE_MODULE("posix", initPosix);

} // namespace kiln::rt
