//===- Time.cpp - the time module -----------------------------------------===//
///
/// CPython 3.11's time module on Linux: the clocks (time, monotonic,
/// perf_counter, process_time, thread_time and their _ns forms,
/// clock_gettime/clock_getres), sleep (interruptible by Ctrl-C), and the
/// calendar functions over the C library (gmtime, localtime, mktime,
/// asctime, ctime, strftime) with struct_time, timezone, altzone, daylight,
/// tzname and tzset. Argument conversions and error messages are
/// CPython's: seconds given as floats are converted with the rounding
/// CPython uses for each function, ints through __index__.
///
/// struct_time is a tuple subclass written in Python (kStructTimeSource,
/// run at import in a private namespace named "time"): nine items, plus
/// tm_zone and tm_gmtoff as attributes only, as in CPython. The namespace
/// objects get_clock_info returns come from there too. Not provided:
/// strptime, pthread_getcpuclockid.
///
//===----------------------------------------------------------------------===//
#include "runtime/Abstract.h"
#include "runtime/Args.h"
#include "runtime/Errors.h"
#include "runtime/Frame.h"
#include "runtime/Ops.h"
#include "runtime/Runtime.h"
#include "runtime/ThreadState.h"
#include "runtime/objects/Code.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Exception.h"
#include "runtime/objects/Float.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/Module.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"

#include <cerrno>
#include <climits>
#include <cmath>
#include <cstring>
#include <ctime>
#include <string>

namespace kiln::rt {

namespace {

constexpr int64_t kNsPerSec = 1000000000;

/// The struct_time class and the clock-info class (set when the module is
/// initialized).
Value structTimeType, clockInfoType;

/// The argument-count and keyword checks of CPython's PyArg_ParseTuple
/// ("NAME() takes at most 1 argument (2 given)").
bool tupleArgs(const char *name, size_t nargs, Tuple *kwnames, size_t min, size_t max) {
  if (kwnames && kwnames->size) {
    raise(&TypeErrorType, "%s() takes no keyword arguments", name);
    return false;
  }
  if (nargs >= min && nargs <= max)
    return true;
  size_t n = nargs < min ? min : max;
  raise(&TypeErrorType, "%s() takes %s %zu argument%s (%zu given)", name,
        min == max ? "exactly" : nargs < min ? "at least" : "at most", n, n == 1 ? "" : "s",
        nargs);
  return false;
}

const char kStructTimeSource[] = R"PY(
class _Field:
    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc
    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        if self._index < 9:
            return tuple.__getitem__(obj, self._index)
        return obj.__dict__['_extra'][self._index - 9]
    def __set__(self, obj, value):
        raise AttributeError('readonly attribute')
    def __delete__(self, obj):
        raise AttributeError('readonly attribute')

class struct_time(tuple):
    """A broken-down time: what gmtime() and localtime() return and
    asctime(), mktime() and strftime() accept; a sequence of 9 integers."""
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    __match_args__ = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min',
                      'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')
    def __new__(cls, sequence, dict=None):
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError('constructor requires a sequence') from None
        n = len(items)
        if n < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence '
                            '(%d-sequence given)' % n)
        if n > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence '
                            '(%d-sequence given)' % n)
        self = tuple.__new__(cls, items[:9])
        extra = list(items[9:])
        for name in ('tm_zone', 'tm_gmtoff')[len(extra):]:
            extra.append(dict.get(name) if dict is not None else None)
        object.__setattr__(self, '_extra', tuple(extra))
        return self
    def __setattr__(self, name, value):
        if name in _FIELD_NAMES:
            raise AttributeError('readonly attribute')
        raise AttributeError("'time.struct_time' object has no attribute '%s'" % name)
    def __delattr__(self, name):
        self.__setattr__(name, None)
    def __repr__(self):
        return 'time.struct_time(' + ', '.join(
            '%s=%r' % (_FIELD_NAMES[i], tuple.__getitem__(self, i)) for i in range(9)) + ')'
    def __reduce__(self):
        extra = self.__dict__['_extra']
        return (struct_time, (tuple(self), {'tm_zone': extra[0], 'tm_gmtoff': extra[1]}))

_FIELD_NAMES = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
                'tm_wday', 'tm_yday', 'tm_isdst', 'tm_zone', 'tm_gmtoff')
for _i, _doc in enumerate((
        'year, for example, 1993', 'month of year, range [1, 12]',
        'day of month, range [1, 31]', 'hours, range [0, 23]', 'minutes, range [0, 59]',
        'seconds, range [0, 61])', 'day of week, range [0, 6], Monday is 0',
        'day of year, range [1, 366]', '1 if summer time is in effect, 0 if not, and -1 if unknown',
        'abbreviation of timezone name', 'offset from UTC in seconds')):
    setattr(struct_time, _FIELD_NAMES[_i], _Field(_i, _doc))
struct_time.__module__ = 'time'

class _ClockInfo:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __repr__(self):
        return 'namespace(' + ', '.join(
            '%s=%r' % kv for kv in self.__dict__.items()) + ')'
    def __eq__(self, other):
        return isinstance(other, _ClockInfo) and self.__dict__ == other.__dict__

_CLOCKS = {
    'time': ('clock_gettime(CLOCK_REALTIME)', 0, False, True),
    'monotonic': ('clock_gettime(CLOCK_MONOTONIC)', 1, True, False),
    'perf_counter': ('clock_gettime(CLOCK_MONOTONIC)', 1, True, False),
    'process_time': ('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', 2, True, False),
    'thread_time': ('clock_gettime(CLOCK_THREAD_CPUTIME_ID)', 3, True, False),
}

def _clock_info(name):
    try:
        impl, clock, mono, adjustable = _CLOCKS[name]
    except (KeyError, TypeError):
        raise ValueError('unknown clock') from None
    return _ClockInfo(implementation=impl, monotonic=mono, adjustable=adjustable,
                      resolution=clock_getres(clock))

del _i, _doc
)PY";

// --- clocks --------------------------------------------------------------------

bool readClock(clockid_t id, int64_t *ns) {
  struct timespec t;
  if (clock_gettime(id, &t) != 0) {
    int err = errno;
    Value exc = exceptionNew(&OSErrorType, tupleOf({intFromI64(err), strFromUtf8(strerror(err))}));
    if (exc)
      setCurrentException(exc);
    return false;
  }
  *ns = int64_t(t.tv_sec) * kNsPerSec + t.tv_nsec;
  return true;
}

/// Seconds as CPython's _PyTime_AsSecondsDouble computes them.
double nsToSeconds(int64_t ns) {
  if (ns % kNsPerSec == 0)
    return double(ns / kNsPerSec);
  return double(ns) / 1e9;
}

Value clockSeconds(clockid_t id) {
  int64_t ns;
  if (!readClock(id, &ns))
    return Value();
  return floatFrom(nsToSeconds(ns));
}

Value clockNs(clockid_t id) {
  int64_t ns;
  if (!readClock(id, &ns))
    return Value();
  return intFromI64(ns);
}

Value t_time(Value) { return clockSeconds(CLOCK_REALTIME); }
Value t_time_ns(Value) { return clockNs(CLOCK_REALTIME); }
Value t_monotonic(Value) { return clockSeconds(CLOCK_MONOTONIC); }
Value t_monotonic_ns(Value) { return clockNs(CLOCK_MONOTONIC); }
Value t_process_time(Value) { return clockSeconds(CLOCK_PROCESS_CPUTIME_ID); }
Value t_process_time_ns(Value) { return clockNs(CLOCK_PROCESS_CPUTIME_ID); }
Value t_thread_time(Value) { return clockSeconds(CLOCK_THREAD_CPUTIME_ID); }
Value t_thread_time_ns(Value) { return clockNs(CLOCK_THREAD_CPUTIME_ID); }

bool clockIdArg(Value v, clockid_t *out) {
  Value i = numberIndex(v);
  if (!i)
    return false;
  int64_t id;
  if (!intAsI64(i, &id) || id < INT_MIN || id > INT_MAX) {
    raise(&OverflowErrorType, "Python int too large to convert to C int");
    return false;
  }
  *out = clockid_t(id);
  return true;
}

Value t_clock_gettime(Value, const Value *args, size_t nargs, Tuple *kwnames) {
  clockid_t id;
  if (!tupleArgs("clock_gettime", nargs, kwnames, 1, 1) || !clockIdArg(args[0], &id))
    return Value();
  return clockSeconds(id);
}

Value t_clock_gettime_ns(Value, const Value *args, size_t nargs, Tuple *kwnames) {
  clockid_t id;
  // (CPython names clock_gettime in these messages too.)
  if (!tupleArgs(kwnames && kwnames->size ? "clock_gettime_ns" : "clock_gettime", nargs, kwnames,
                 1, 1) ||
      !clockIdArg(args[0], &id))
    return Value();
  return clockNs(id);
}

Value raiseOSErrno(int err) {
  Value exc = exceptionNew(&OSErrorType, tupleOf({intFromI64(err), strFromUtf8(strerror(err))}));
  if (exc)
    setCurrentException(exc);
  return Value();
}

Value t_clock_getres(Value, const Value *args, size_t nargs, Tuple *kwnames) {
  clockid_t id;
  if (!tupleArgs("clock_getres", nargs, kwnames, 1, 1) || !clockIdArg(args[0], &id))
    return Value();
  struct timespec t;
  if (clock_getres(id, &t) != 0)
    return raiseOSErrno(errno);
  return floatFrom(double(t.tv_sec) + double(t.tv_nsec) * 1e-9);
}

/// clock_settime(clk_id, seconds) and clock_settime_ns(clk_id, ns).
Value setClock(const char *fname, const Value *args, size_t nargs, Tuple *kwnames, bool ns) {
  clockid_t id;
  if (!tupleArgs(fname, nargs, kwnames, 2, 2) || !clockIdArg(args[0], &id))
    return Value();
  int64_t t;
  if (ns) {
    if (!isInt(args[1]))
      return raise(&TypeErrorType, "expect int, got %s", typeName(args[1]));
    if (!intAsI64(args[1], &t))
      return raise(&OverflowErrorType, "timestamp too large to convert to C _PyTime_t");
  } else if (isFloat(args[1])) {
    double d = floatValue(args[1]);
    if (std::isnan(d))
      return raise(&ValueErrorType, "Invalid value NaN (not a number)");
    d = std::floor(d * 1e9);
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
      return raise(&OverflowErrorType, "timestamp out of range for platform time_t");
    t = int64_t(d);
  } else {
    Value i = numberIndex(args[1]);
    if (!i)
      return Value();
    int64_t secs;
    if (!intAsI64(i, &secs) || __builtin_mul_overflow(secs, kNsPerSec, &t))
      return raise(&OverflowErrorType, "timestamp too large to convert to C _PyTime_t");
  }
  struct timespec spec;
  int64_t sec = t / kNsPerSec, nsec = t % kNsPerSec;
  if (nsec < 0) {
    nsec += kNsPerSec;
    sec -= 1;
  }
  spec.tv_sec = time_t(sec);
  spec.tv_nsec = long(nsec);
  if (clock_settime(id, &spec) != 0)
    return raiseOSErrno(errno);
  return None();
}

Value t_clock_settime(Value, const Value *args, size_t nargs, Tuple *kwnames) {
  return setClock("clock_settime", args, nargs, kwnames, false);
}

Value t_clock_settime_ns(Value, const Value *args, size_t nargs, Tuple *kwnames) {
  return setClock("clock_settime_ns", args, nargs, kwnames, true);
}

// --- sleep ---------------------------------------------------------------------

/// A timeout in seconds (int or float) as nanoseconds, rounded away from
/// zero (CPython's _PyTime_ROUND_TIMEOUT).
bool timeoutNs(Value v, int64_t *out) {
  if (isFloat(v)) {
    double d = floatValue(v);
    if (std::isnan(d)) {
      raise(&ValueErrorType, "Invalid value NaN (not a number)");
      return false;
    }
    d *= 1e9;
    d = d >= 0 ? std::ceil(d) : std::floor(d);
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
      raise(&OverflowErrorType, "timestamp out of range for platform time_t");
      return false;
    }
    *out = int64_t(d);
    return true;
  }
  Value i = numberIndex(v);
  if (!i)
    return false;
  int64_t secs;
  if (!intAsI64(i, &secs) || __builtin_mul_overflow(secs, kNsPerSec, out)) {
    raise(&OverflowErrorType, "timestamp too large to convert to C _PyTime_t");
    return false;
  }
  return true;
}

Value t_sleep(Value, Value arg) {
  int64_t ns;
  if (!timeoutNs(arg, &ns))
    return Value();
  if (ns < 0)
    return raise(&ValueErrorType, "sleep length must be non-negative");
  int64_t now, deadline;
  if (!readClock(CLOCK_MONOTONIC, &now))
    return Value();
  if (__builtin_add_overflow(now, ns, &deadline))
    return raiseOSErrno(EINVAL);
  // Sleep in slices to an absolute deadline (no drift), checking for
  // Ctrl-C after each: SIGINT may be delivered to another thread than this
  // one, so clock_nanosleep is not always interrupted by it. A pending
  // SIGINT raises KeyboardInterrupt, as CPython's sleep does.
  const int64_t slice = 50 * 1000000; // 50 ms
  for (;;) {
    if (ts.sigintPending && !opHandleSignals())
      return Value();
    if (!readClock(CLOCK_MONOTONIC, &now))
      return Value();
    if (now >= deadline)
      break;
    int64_t wake = deadline - now > slice ? now + slice : deadline;
    struct timespec until;
    until.tv_sec = time_t(wake / kNsPerSec);
    until.tv_nsec = long(wake % kNsPerSec);
    int err = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, nullptr);
    if (err != 0 && err != EINTR)
      return raiseOSErrno(err);
  }
  return None();
}

// --- calendar functions ---------------------------------------------------------

/// A time_t from seconds (None or omitted: now), rounded toward minus
/// infinity (CPython's _PyTime_ObjectToTime_t with _PyTime_ROUND_FLOOR).
bool timeTArg(const Value *args, size_t nargs, time_t *out) {
  if (nargs == 0 || isNone(args[0])) {
    *out = time(nullptr);
    return true;
  }
  Value v = args[0];
  if (isFloat(v)) {
    double d = floatValue(v);
    if (std::isnan(d)) {
      raise(&ValueErrorType, "Invalid value NaN (not a number)");
      return false;
    }
    d = std::floor(d);
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
      raise(&OverflowErrorType, "timestamp out of range for platform time_t");
      return false;
    }
    *out = time_t(d);
    return true;
  }
  Value i = numberIndex(v);
  if (!i)
    return false;
  int64_t secs;
  if (!intAsI64(i, &secs)) {
    raise(&OverflowErrorType, "timestamp out of range for platform time_t");
    return false;
  }
  *out = time_t(secs);
  return true;
}

Value structTimeFrom(const struct tm &tm) {
  Value zone = tm.tm_zone ? strFromUtf8(tm.tm_zone) : None();
  Tuple *items = tupleOf({intFromI64(int64_t(tm.tm_year) + 1900), Value::small(tm.tm_mon + 1),
                          Value::small(tm.tm_mday), Value::small(tm.tm_hour),
                          Value::small(tm.tm_min), Value::small(tm.tm_sec),
                          Value::small((tm.tm_wday + 6) % 7), Value::small(tm.tm_yday + 1),
                          Value::small(tm.tm_isdst), zone, intFromI64(tm.tm_gmtoff)});
  if (!items)
    return Value();
  return call(structTimeType, {Value::object(items)});
}

Value t_gmtime(Value, const Value *args, size_t nargs, Tuple *kwnames) {
  if (!tupleArgs("gmtime", nargs, kwnames, 0, 1))
    return Value();
  time_t t;
  if (!timeTArg(args, nargs, &t))
    return Value();
  struct tm tm;
  errno = 0;
  if (!gmtime_r(&t, &tm))
    return raiseOSErrno(errno ? errno : EINVAL);
  return structTimeFrom(tm);
}

bool localtimeOf(time_t t, struct tm *tm) {
  errno = 0;
  if (!localtime_r(&t, tm)) {
    raiseOSErrno(errno ? errno : EINVAL);
    return false;
  }
  return true;
}

Value t_localtime(Value, const Value *args, size_t nargs, Tuple *kwnames) {
  if (!tupleArgs("localtime", nargs, kwnames, 0, 1))
    return Value();
  time_t t;
  if (!timeTArg(args, nargs, &t))
    return Value();
  struct tm tm;
  if (!localtimeOf(t, &tm))
    return Value();
  return structTimeFrom(tm);
}

/// A struct tm from a 9-tuple or struct_time (CPython's gettmarg); \p zone
/// keeps tm_zone's text alive. \p fname names the function in the
/// "illegal time tuple argument" message.
bool tmFromTuple(Value v, const char *fname, struct tm *tm, std::string *zone) {
  if (!isTuple(v)) {
    raise(&TypeErrorType, "Tuple or struct_time argument required");
    return false;
  }
  Tuple *t = v.as<Tuple>();
  if (t->size != 9) {
    raise(&TypeErrorType, "%s(): illegal time tuple argument", fname);
    return false;
  }
  int fields[9];
  for (int k = 0; k < 9; k++) {
    Value item = t->items[k];
    if (isFloat(item)) {
      raise(&TypeErrorType, "'float' object cannot be interpreted as an integer");
      return false;
    }
    Value i = numberIndex(item);
    if (!i)
      return false;
    int64_t n;
    if (!intAsI64(i, &n) || n > INT_MAX) {
      raise(&OverflowErrorType, "signed integer is greater than maximum");
      return false;
    }
    if (n < INT_MIN) {
      raise(&OverflowErrorType, "signed integer is less than minimum");
      return false;
    }
    fields[k] = int(n);
  }
  std::memset(tm, 0, sizeof *tm);
  if (fields[0] < INT_MIN + 1900) {
    raise(&OverflowErrorType, "year out of range");
    return false;
  }
  tm->tm_year = fields[0] - 1900;
  tm->tm_mon = fields[1] - 1;
  tm->tm_mday = fields[2];
  tm->tm_hour = fields[3];
  tm->tm_min = fields[4];
  tm->tm_sec = fields[5];
  tm->tm_wday = (fields[6] + 1) % 7;
  tm->tm_yday = fields[7] - 1;
  tm->tm_isdst = fields[8];
  if (structTimeType && typeOf(v) == structTimeType.as<Type>()) {
    Value z = getAttr(v, "tm_zone");
    if (!z)
      return false;
    if (!isNone(z)) {
      if (!isStr(z)) {
        raise(&TypeErrorType, "bad argument type for built-in operation");
        return false;
      }
      *zone = strToUtf8(z);
      tm->tm_zone = zone->c_str();
    }
    Value off = getAttr(v, "tm_gmtoff");
    if (!off)
      return false;
    if (!isNone(off)) {
      Value i = numberIndex(off);
      int64_t n;
      if (!i || !intToSsize(i, &n))
        return false;
      tm->tm_gmtoff = long(n);
    }
  }
  return true;
}

/// CPython's checktm: range checks (with tm_mon -1, tm_mday 0 and tm_yday
/// -1 accepted and normalized), for asctime and strftime.
bool checkTm(struct tm *tm) {
  const char *msg = nullptr;
  if (tm->tm_mon == -1)
    tm->tm_mon = 0;
  else if (tm->tm_mon < 0 || tm->tm_mon > 11)
    msg = "month out of range";
  if (!msg) {
    if (tm->tm_mday == 0)
      tm->tm_mday = 1;
    else if (tm->tm_mday < 0 || tm->tm_mday > 31)
      msg = "day of month out of range";
  }
  if (!msg && (tm->tm_hour < 0 || tm->tm_hour > 23))
    msg = "hour out of range";
  if (!msg && (tm->tm_min < 0 || tm->tm_min > 59))
    msg = "minute out of range";
  if (!msg && (tm->tm_sec < 0 || tm->tm_sec > 61))
    msg = "seconds out of range";
  if (!msg && tm->tm_wday < 0)
    msg = "day of week out of range";
  if (!msg) {
    if (tm->tm_yday == -1)
      tm->tm_yday = 0;
    else if (tm->tm_yday < 0 || tm->tm_yday > 365)
      msg = "day of year out of range";
  }
  if (msg) {
    raise(&ValueErrorType, "%s", msg);
    return false;
  }
  return true;
}

Value asctimeText(const struct tm &tm) {
  static const char *const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  // The year wraps like the C int CPython computes it in.
  int year = int(uint32_t(tm.tm_year) + 1900u);
  char buf[96];
  snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %d", days[tm.tm_wday], months[tm.tm_mon],
           tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, year);
  return strFromAscii(buf);
}

/// The struct tm of the optional time-tuple argument (now when omitted).
bool tmArgOrNow(const Value *args, size_t nargs, size_t index, const char *fname,
                struct tm *tm, std::string *zone) {
  if (nargs <= index) {
    time_t now = time(nullptr);
    return localtimeOf(now, tm);
  }
  return tmFromTuple(args[index], fname, tm, zone);
}

Value t_asctime(Value, const Value *args, size_t nargs, Tuple *kwnames) {
  if (!noKeywords("asctime", kwnames) || !checkPositional("asctime", nargs, 0, 1))
    return Value();
  struct tm tm;
  std::string zone;
  if (!tmArgOrNow(args, nargs, 0, "asctime", &tm, &zone))
    return Value();
  if (nargs > 0 && !checkTm(&tm))
    return Value();
  return asctimeText(tm);
}

Value t_ctime(Value, const Value *args, size_t nargs, Tuple *kwnames) {
  if (!tupleArgs("ctime", nargs, kwnames, 0, 1))
    return Value();
  time_t t;
  if (!timeTArg(args, nargs, &t))
    return Value();
  struct tm tm;
  if (!localtimeOf(t, &tm))
    return Value();
  return asctimeText(tm);
}

Value t_mktime(Value, Value arg) {
  struct tm tm;
  std::string zone;
  if (!tmFromTuple(arg, "mktime", &tm, &zone))
    return Value();
  tm.tm_wday = -1; // sentinel: mktime sets it on success
  time_t t = mktime(&tm);
  if (t == time_t(-1) && tm.tm_wday == -1)
    return raise(&OverflowErrorType, "mktime argument out of range");
  return floatFrom(double(t));
}

Value t_strftime(Value, const Value *args, size_t nargs, Tuple *kwnames) {
  if (!tupleArgs("strftime", nargs, kwnames, 1, 2))
    return Value();
  if (!isStr(args[0]))
    return raise(&TypeErrorType, "strftime() argument 1 must be str, not %s", typeName(args[0]));
  struct tm tm;
  std::string zone;
  if (!tmArgOrNow(args, nargs, 1, "strftime", &tm, &zone))
    return Value();
  if (nargs > 1 && !checkTm(&tm))
    return Value();
  if (tm.tm_isdst < -1)
    tm.tm_isdst = -1;
  else if (tm.tm_isdst > 1)
    tm.tm_isdst = 1;
  std::string fmt = strToUtf8(args[0]);
  if (fmt.find('\0') != std::string::npos)
    return raise(&ValueErrorType, "embedded null character");
  if (fmt.empty())
    return strFromAscii("");
  // strftime returns 0 both for "buffer too small" and for an empty
  // result; grow the buffer up to 256 bytes per format byte, as CPython.
  for (size_t size = 1024;; size += size) {
    std::string out(size, '\0');
    size_t n = strftime(out.data(), size, fmt.c_str(), &tm);
    if (n > 0 || size >= 256 * fmt.size()) {
      out.resize(n);
      return strFromUtf8(out);
    }
  }
}

// --- time zone -------------------------------------------------------------------

/// Sets timezone, altzone, daylight and tzname from the offsets of January
/// and July of the current year, as CPython does on glibc.
void initTimezone(Module *m) {
  const time_t year = (365 * 24 + 6) * 3600;
  time_t t = (time(nullptr) / year) * year;
  struct tm tm;
  std::memset(&tm, 0, sizeof tm);
  localtime_r(&t, &tm);
  long janzone = -tm.tm_gmtoff;
  std::string janname = tm.tm_zone ? tm.tm_zone : "   ";
  t += year / 2;
  std::memset(&tm, 0, sizeof tm);
  localtime_r(&t, &tm);
  long julzone = -tm.tm_gmtoff;
  std::string julname = tm.tm_zone ? tm.tm_zone : "   ";
  bool reversed = janzone < julzone; // southern hemisphere
  long tz = reversed ? julzone : janzone;
  long alt = reversed ? janzone : julzone;
  moduleAdd(m, "timezone", intFromI64(tz));
  moduleAdd(m, "altzone", intFromI64(alt));
  moduleAdd(m, "daylight", Value::small(janzone != julzone));
  Value first = strFromUtf8(reversed ? julname : janname);
  Value second = strFromUtf8(reversed ? janname : julname);
  moduleAdd(m, "tzname", Value::object(tupleOf({first, second})));
}

Module *timeModule;

Value t_tzset(Value) {
  tzset();
  initTimezone(timeModule);
  return None();
}

Value t_get_clock_info(Value, const Value *args, size_t nargs, Tuple *kwnames) {
  if (!tupleArgs("get_clock_info", nargs, kwnames, 1, 1))
    return Value();
  return call(clockInfoType, {args[0]});
}

const MethodDef timeFunctions[] = {
    KILN_METH_NOARGS("time", t_time),
    KILN_METH_NOARGS("time_ns", t_time_ns),
    KILN_METH_NOARGS("monotonic", t_monotonic),
    KILN_METH_NOARGS("monotonic_ns", t_monotonic_ns),
    KILN_METH_NOARGS("perf_counter", t_monotonic),
    KILN_METH_NOARGS("perf_counter_ns", t_monotonic_ns),
    KILN_METH_NOARGS("process_time", t_process_time),
    KILN_METH_NOARGS("process_time_ns", t_process_time_ns),
    KILN_METH_NOARGS("thread_time", t_thread_time),
    KILN_METH_NOARGS("thread_time_ns", t_thread_time_ns),
    KILN_METH_KW("clock_gettime", t_clock_gettime),
    KILN_METH_KW("clock_gettime_ns", t_clock_gettime_ns),
    KILN_METH_KW("clock_getres", t_clock_getres),
    KILN_METH_KW("clock_settime", t_clock_settime),
    KILN_METH_KW("clock_settime_ns", t_clock_settime_ns),
    KILN_METH_KW("get_clock_info", t_get_clock_info),
    KILN_METH_O("sleep", t_sleep),
    KILN_METH_KW("gmtime", t_gmtime),
    KILN_METH_KW("localtime", t_localtime),
    KILN_METH_KW("asctime", t_asctime),
    KILN_METH_KW("ctime", t_ctime),
    KILN_METH_O("mktime", t_mktime),
    KILN_METH_KW("strftime", t_strftime),
    KILN_METH_NOARGS("tzset", t_tzset),
    {nullptr, nullptr, CallKind::NoArgs},
};

bool initTime(Module *m) {
  timeModule = m;
  moduleAddFunctions(m, timeFunctions);
  moduleAdd(m, "CLOCK_REALTIME", Value::small(CLOCK_REALTIME));
  moduleAdd(m, "CLOCK_MONOTONIC", Value::small(CLOCK_MONOTONIC));
  moduleAdd(m, "CLOCK_MONOTONIC_RAW", Value::small(CLOCK_MONOTONIC_RAW));
  moduleAdd(m, "CLOCK_PROCESS_CPUTIME_ID", Value::small(CLOCK_PROCESS_CPUTIME_ID));
  moduleAdd(m, "CLOCK_THREAD_CPUTIME_ID", Value::small(CLOCK_THREAD_CPUTIME_ID));
  moduleAdd(m, "CLOCK_BOOTTIME", Value::small(CLOCK_BOOTTIME));
  moduleAdd(m, "CLOCK_TAI", Value::small(CLOCK_TAI));
  moduleAdd(m, "_STRUCT_TM_ITEMS", Value::small(11));
  tzset();
  initTimezone(m);
  // The Python part runs in a namespace of its own (named "time", so the
  // class is time.struct_time); only its public names join the module.
  Dict *ns = dictNew();
  if (!ns)
    return false;
  dictSetCStr(ns, "__name__", strFromAscii("time"));
  dictSetCStr(ns, "__builtins__", Value::object(builtinsDict()));
  dictSetCStr(ns, "clock_getres", dictGetCStr(m->dict, "clock_getres"));
  Value code = compileToCode(kStructTimeSource, "<kiln:time>", "exec");
  if (!code)
    return false;
  codeSetOrigin(code.as<Code>(), CODE_RUNTIME);
  if (!runCode(code.as<Code>(), ns, Value::object(ns)))
    return false;
  structTimeType = dictGetCStr(ns, "struct_time");
  clockInfoType = dictGetCStr(ns, "_clock_info");
  moduleAdd(m, "struct_time", structTimeType);
  return bool(structTimeType);
}

} // namespace

KILN_NATIVE_MODULE("time", initTime);

} // namespace kiln::rt
