"""Dates and times (Kiln's `datetime`, written in Python).

timedelta, date, time, datetime, tzinfo and timezone with CPython 3.11's
constructors, arithmetic, comparisons, reprs, ISO parsing and formatting,
strftime/strptime for the common directives, and its error messages.
"""

import time as _time
import math as _math
from operator import index as _index

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo',
           'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059            # date(9999, 12, 31).toordinal()
_MAX_DELTA_DAYS = 999999999

_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAY_NAMES = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTH_NAMES = ('', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
                'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_FULL_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
              'Saturday', 'Sunday')
_FULL_MONTHS = ('', 'January', 'February', 'March', 'April', 'May', 'June',
                'July', 'August', 'September', 'October', 'November',
                'December')


# ---------------------------------------------------------------- calendar

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_length(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _MONTH_DAYS[month]


def _days_before_year(year):
    """Days in the years 1 .. year-1."""
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    total = 0
    for m in range(1, month):
        total += _MONTH_DAYS[m]
    if month > 2 and _is_leap(year):
        total += 1
    return total


def _to_ordinal(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _from_ordinal(n):
    """(year, month, day) for the proleptic Gregorian ordinal n (1 = 1-1-1)."""
    # Estimate the year, then correct it by at most a step either way.
    year = (n * 400) // 146097 + 1
    while _days_before_year(year) >= n:
        year -= 1
    while _days_before_year(year + 1) < n:
        year += 1
    day_of_year = n - _days_before_year(year)
    month = 1
    while True:
        length = _month_length(year, month)
        if day_of_year <= length:
            return year, month, day_of_year
        day_of_year -= length
        month += 1


def _first_iso_monday(year):
    """Ordinal of the Monday starting ISO week 1 of year."""
    jan4 = _to_ordinal(year, 1, 4)
    return jan4 - (jan4 - 1) % 7


def _check_date_fields(year, month, day):
    for pos, (name, value) in enumerate((('year', year), ('month', month),
                                         ('day', day))):
        if value is None:
            raise TypeError("function missing required argument '%s' "
                            "(pos %d)" % (name, pos + 1))
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _month_length(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo "
                        "subclass, not type '%s'" % type(tz).__name__)


def _type_name(obj):
    cls = type(obj)
    if cls in _OWN_TYPES:
        return 'datetime.' + cls.__name__
    return cls.__name__


def _cmp_error(a, b, op):
    raise TypeError("'%s' not supported between instances of '%s' and '%s'"
                    % (op, _type_name(a), _type_name(b)))


def _foreign(other):
    """True if other's type may implement a reflected operation itself."""
    cls = type(other)
    return cls not in _OWN_TYPES and cls.__module__ != 'builtins' and \
        not isinstance(other, (timedelta, date, time, tzinfo))


def _no_op(left, right, op):
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                    % (op, _type_name(left), _type_name(right)))


def _forward_fail(self, other, op):
    """Result of a forward binary operation self OP other that this type
    does not support: NotImplemented when other's type might handle the
    reflected operation, else CPython's TypeError."""
    if _foreign(other) or (isinstance(other, _OWN_TYPES) and
                           type(other) is not type(self)) or \
            (op == '*' and isinstance(other, _SEQUENCES)):
        return NotImplemented
    _no_op(self, other, op)


def _reflected_fail(self, other, op):
    """Result of a reflected operation other OP self that is unsupported."""
    if _foreign(other) or (op == '*' and isinstance(other, _SEQUENCES)):
        return NotImplemented
    _no_op(other, self, op)


_SEQUENCES = (str, bytes, bytearray, list, tuple)


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _round_half_even_div(a, b):
    """a / b rounded to the nearest int, ties to even (b > 0 or b < 0)."""
    q, r = divmod(a, b)
    # compare 2*r with b, keeping signs straight
    twice = 2 * r
    if b > 0:
        if twice > b or (twice == b and q % 2 == 1):
            q += 1
    else:
        if twice < b or (twice == b and q % 2 == 1):
            q += 1
    return q


def _format_offset(off, sep=':'):
    """'+HH:MM[:SS[.ffffff]]' for a timedelta offset, '' for None."""
    if off is None:
        return ''
    if off.days < 0:
        sign = '-'
        off = -off
    else:
        sign = '+'
    mm, ss = divmod(off.seconds, 60)
    hh, mm = divmod(mm, 60)
    text = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off.microseconds:
        text += '%s%02d' % (sep, ss)
        if off.microseconds:
            text += '.%06d' % off.microseconds
    return text


def _check_utc_offset(name, offset):
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return offset


def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _strftime(obj, fmt, timetuple):
    """strftime with %f, %z and %Z handled here, the rest by time.strftime."""
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s'
                        % type(fmt).__name__)
    parts = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != '%' or i + 1 >= n:
            parts.append(ch)
            i += 1
            continue
        code = fmt[i + 1]
        i += 2
        if code == 'f':
            parts.append('%06d' % getattr(obj, 'microsecond', 0))
        elif code == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            parts.append(_format_offset(off, ''))
        elif code == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            if name is not None:
                parts.append(name.replace('%', '%%'))
        else:
            parts.append('%' + code)
    return _time.strftime(''.join(parts), timetuple)


# ---------------------------------------------------------------- timedelta

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND


class timedelta:
    """Difference between two dates or datetimes, in days, seconds and
    microseconds (0 <= seconds < 86400, 0 <= microseconds < 10**6)."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        total = 0
        leftover = 0.0
        for value, factor in ((microseconds, 1), (milliseconds, 1000),
                              (seconds, 1000000), (minutes, 60000000),
                              (hours, 3600000000), (days, _US_PER_DAY),
                              (weeks, 7 * _US_PER_DAY)):
            if isinstance(value, int):
                total += value * factor
            elif isinstance(value, float):
                frac, whole = _math.modf(value)
                total += int(whole) * factor
                if frac:
                    frac, whole = _math.modf(frac * factor)
                    total += int(whole)
                    leftover += frac
            else:
                raise TypeError("unsupported type for timedelta %s "
                                "component: %s" % (_COMPONENT[factor],
                                                   type(value).__name__))
        if leftover:
            whole = round(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total & 1
                whole = 2.0 * round((leftover + odd) * 0.5) - odd
            total += int(whole)
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, us):
        days, rest = divmod(us, _US_PER_DAY)
        if abs(days) > _MAX_DELTA_DAYS:
            if not -2**31 <= days < 2**31:
                raise OverflowError('Python int too large to convert to C int')
            raise OverflowError('days=%d; must have magnitude <= %d'
                                % (days, _MAX_DELTA_DAYS))
        seconds, micro = divmod(rest, _US_PER_SECOND)
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = micro
        self._hashcode = -1
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + \
            self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._us() / 10**6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s(%s)' % (_qual(self), ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        text = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            text = '%d day%s, %s' % (self._days, plural, text)
        if self._microseconds:
            text += '.%06d' % self._microseconds
        return text

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds,
                                   self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    # arithmetic
    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return _forward_fail(self, other, '+')

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return _reflected_fail(self, other, '+')

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return _forward_fail(self, other, '-')

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return _reflected_fail(self, other, '-')

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return timedelta._from_us(self._us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return timedelta._from_us(
                _round_half_even_div(self._us() * num, den))
        return _forward_fail(self, other, '*')

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return self * other
        return _reflected_fail(self, other, '*')

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._from_us(self._us() // other)
        return _forward_fail(self, other, '//')

    def __rfloordiv__(self, other):
        return _reflected_fail(self, other, '//')

    def __rtruediv__(self, other):
        return _reflected_fail(self, other, '/')

    def __rmod__(self, other):
        return _reflected_fail(self, other, '%')

    def __rdivmod__(self, other):
        return _reflected_fail(self, other, 'divmod()')

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(_round_half_even_div(self._us(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if num == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(
                _round_half_even_div(self._us() * den, num))
        return _forward_fail(self, other, '/')

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() % other._us())
        return _forward_fail(self, other, '%')

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return _forward_fail(self, other, 'divmod()')

    # comparisons
    def _compare(self, other, op):
        if isinstance(other, timedelta):
            return _cmp(self._us(), other._us())
        if _foreign(other):
            return NotImplemented
        _cmp_error(self, other, op)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us() != other._us()
        return NotImplemented

    def __lt__(self, other):
        c = self._compare(other, '<')
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        c = self._compare(other, '<=')
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other):
        c = self._compare(other, '>')
        return c if c is NotImplemented else c > 0

    def __ge__(self, other):
        c = self._compare(other, '>=')
        return c if c is NotImplemented else c >= 0


_COMPONENT = {1: 'microseconds', 1000: 'milliseconds', 1000000: 'seconds',
              60000000: 'minutes', 3600000000: 'hours', _US_PER_DAY: 'days',
              7 * _US_PER_DAY: 'weeks'}


def _qual(obj):
    cls = type(obj)
    if cls in _OWN_TYPES:
        return 'datetime.' + cls.__name__
    return cls.__qualname__


timedelta.min = timedelta(-_MAX_DELTA_DAYS)
timedelta.max = timedelta(days=_MAX_DELTA_DAYS, hours=23, minutes=59,
                          seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- ISO parsing

def _digits(s, pos, count):
    piece = s[pos:pos + count]
    if len(piece) != count or not all('0' <= c <= '9' for c in piece):
        return None
    return int(piece)


def _is_digit(c):
    return len(c) == 1 and '0' <= c <= '9'


def _iso_date_length(s):
    """Where the date part of a datetime ISO string ends (the separator's
    index), or -1.  The date forms are YYYY-MM-DD, YYYYMMDD, YYYY-Www,
    YYYY-Www-D, YYYYWww and YYYYWwwD."""
    n = len(s)
    if n == 7:
        return 7
    if s[4:5] == '-':
        if s[5:6] != 'W':
            return 10
        if n < 8:
            return -1
        if n > 8 and s[8] == '-':
            if n == 9:
                return -1
            # YYYY-Www-D or YYYY-Www followed by a '-' separator and digits
            return 8 if n > 10 and _is_digit(s[10]) else 10
        return 8
    if s[4:5] == 'W':
        end = 7
        while end < n and _is_digit(s[end]):
            end += 1
        if end < 9:
            return end
        return 7 if end % 2 == 0 else 8
    return 8


def _parse_iso_date(s, size):
    """(year, month, day) from the first size characters of s, or None."""
    year = _digits(s, 0, 4)
    if year is None:
        return None
    pos = 4
    dashed = s[4:5] == '-'
    if dashed:
        pos += 1
    if s[pos:pos + 1] == 'W':
        week = _digits(s, pos + 1, 2)
        if week is None:
            return None
        pos += 3
        weekday = 1
        if pos < size:
            if dashed:
                if s[pos:pos + 1] != '-':
                    return None
                pos += 1
            weekday = _digits(s, pos, 1)
            if weekday is None:
                return None
        if _iso_week_problem(year, week, weekday):
            return None
        return _from_ordinal(_first_iso_monday(year) + (week - 1) * 7 +
                             weekday - 1)
    month = _digits(s, pos, 2)
    if month is None:
        return None
    pos += 2
    if dashed:
        if s[pos:pos + 1] != '-':
            return None
        pos += 1
    day = _digits(s, pos, 2)
    if day is None:
        return None
    return year, month, day


def _iso_week_problem(year, week, day):
    """The error message for an invalid ISO week or weekday, or None."""
    if not 0 < week < 53:
        ok = False
        if week == 53:
            # a year has 53 ISO weeks when it starts on a Thursday, or on a
            # Wednesday in a leap year
            first = _to_ordinal(year, 1, 1) % 7       # 4 = Thursday
            ok = first == 4 or (first == 3 and _is_leap(year))
        if not ok:
            return 'Invalid week: %d' % week
    if not 0 < day < 8:
        return 'Invalid day: %d (range is [1, 7])' % day
    return None


def _iso_to_ymd(year, week, day):
    year = _index(year)
    week = _index(week)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    problem = _iso_week_problem(year, week, day)
    if problem:
        raise ValueError(problem)
    return _from_ordinal(_first_iso_monday(year) + (week - 1) * 7 + day - 1)


def _parse_hms(s, pos, end):
    """Parse HH[:MM[:SS]][.fff] (colons all or none; the fraction may follow
    any field) from s[pos:end].  Returns (status, [hh, mm, ss, us]) where
    status < 0 is a failure, 0 means s was consumed to its very end and 1
    means something follows."""
    comps = [0, 0, 0, 0]
    colons = True
    for i in range(3):
        value = _digits(s, pos, 2)
        if value is None:
            return -1, comps
        comps[i] = value
        c = s[pos + 2:pos + 3]
        pos += 3
        if i == 0:
            colons = c == ':'
        if pos >= end:
            return (1 if c else 0), comps
        if colons and c == ':':
            continue
        if c == '.' or c == ',':
            break
        if colons:
            return -1, comps
        pos -= 1
    count = min(end - pos, 6)
    value = _digits(s, pos, count)
    if value is None:
        return -1, comps
    comps[3] = value * 10 ** (6 - count)
    pos += count
    while _is_digit(s[pos:pos + 1]):
        pos += 1
    return (1 if pos < len(s) else 0), comps


def _parse_iso_time(s):
    """(hour, minute, second, microsecond, offset) for the time part of an
    ISO string, or None; offset is None, timezone.utc for 'Z', or a
    timedelta."""
    cut = 0
    while cut < len(s) and s[cut] not in '+-Z':
        cut += 1
    status, comps = _parse_hms(s, 0, max(cut, 1))
    if status < 0:
        return None
    if cut >= len(s):
        if status == 1:
            return None
        return comps[0], comps[1], comps[2], comps[3], None
    if s[cut] == 'Z':
        if cut + 1 != len(s):
            return None
        return comps[0], comps[1], comps[2], comps[3], timezone.utc
    status, off = _parse_hms(s, cut + 1, len(s))
    if status != 0:
        return None
    if not (off[0] or off[1] or off[2]):
        # like CPython: a zero whole-second offset is UTC, fraction or not
        return comps[0], comps[1], comps[2], comps[3], timezone.utc
    offset = timedelta(hours=off[0], minutes=off[1], seconds=off[2],
                       microseconds=off[3])
    if s[cut] == '-':
        offset = -offset
    return comps[0], comps[1], comps[2], comps[3], offset


def _make_tz(offset):
    if offset is None or isinstance(offset, tzinfo):
        return offset
    return timezone.utc if not offset else timezone(offset)


def _bad_iso(s):
    return ValueError('Invalid isoformat string: %r' % (s,))


# ---------------------------------------------------------------- date

class date:
    """A calendar date (year, month, day) in the proleptic Gregorian
    calendar."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year=None, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    # constructors
    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAXORDINAL:
            raise ValueError('year %d is out of range' % (_from_ordinal(n)[0]))
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        ymd = None
        if len(date_string) in (7, 8, 10):
            ymd = _parse_iso_date(date_string, len(date_string))
        if ymd is None:
            raise _bad_iso(date_string)
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_iso_to_ymd(year, week, day))

    # fields
    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    # formatting
    def __repr__(self):
        return '%s(%d, %d, %d)' % (_qual(self), self._year, self._month,
                                   self._day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return '%s %s %2d 00:00:00 %04d' % (
            _DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month], self._day,
            self._year)

    def strftime(self, format):
        return _strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    # computations
    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  self.weekday(), self._yday(), -1))

    def _yday(self):
        return _days_before_month(self._year, self._month) + self._day

    def toordinal(self):
        return _to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        ordinal = self.toordinal()
        start = _first_iso_monday(year)
        if ordinal < start:
            year -= 1
            start = _first_iso_monday(year)
        elif year < MAXYEAR and ordinal >= _first_iso_monday(year + 1):
            year += 1
            start = _first_iso_monday(year)
        week, day = divmod(ordinal - start, 7)
        return _IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    # comparisons
    def _date_cmp(self, other, op):
        if isinstance(other, datetime) and not isinstance(self, datetime):
            return NotImplemented
        if isinstance(other, date):
            return _cmp((self._year, self._month, self._day),
                        (other._year, other._month, other._day))
        if _foreign(other):
            return NotImplemented
        _cmp_error(self, other, op)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_cmp(other, '==') == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_cmp(other, '!=') != 0
        return NotImplemented

    def __lt__(self, other):
        c = self._date_cmp(other, '<')
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        c = self._date_cmp(other, '<=')
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other):
        c = self._date_cmp(other, '>')
        return c if c is NotImplemented else c > 0

    def __ge__(self, other):
        c = self._date_cmp(other, '>=')
        return c if c is NotImplemented else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(('date', self._year, self._month,
                                   self._day))
        return self._hashcode

    # arithmetic
    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other.days
            if 0 < ordinal <= _MAXORDINAL:
                return type(self).fromordinal(ordinal)
            raise OverflowError('date value out of range')
        return _forward_fail(self, other, '+')

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self + other
        return _reflected_fail(self, other, '+')

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return _forward_fail(self, other, '-')

    def __rsub__(self, other):
        return _reflected_fail(self, other, '-')

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


# ---------------------------------------------------------------- tzinfo

class tzinfo:
    """Abstract base class for time zone information."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement '
                                  'utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        off = dt.utcoffset()
        if off is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dst = dt.dst()
        if dst is None:
            raise ValueError('fromutc: non-None dst() result required')
        standard = off - dst
        if standard:
            dt += standard
            dst = dt.dst()
            if dst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent '
                                 'results; cannot convert')
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        state = getattr(self, '__dict__', None) or None
        return (type(self), args, state)


class IsoCalendarDate(tuple):
    """(year, week, weekday) as returned by date.isocalendar()."""

    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return '%s(year=%d, week=%d, weekday=%d)' % (
            _qual(self), self[0], self[1], self[2])


# ---------------------------------------------------------------- time

class time:
    """A time of day (hour, minute, second, microsecond, tzinfo, fold)."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold', '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string
        if s[:1] == 'T':
            s = s[1:]
        parsed = _parse_iso_time(s)
        if parsed is None:
            raise _bad_iso(time_string)
        hh, mm, ss, us, tz = parsed
        return cls(hh, mm, ss, us, _make_tz(tz))

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset('utcoffset', self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset('dst', self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, "
                            "not '%s'" % type(name).__name__)
        return name

    def __repr__(self):
        if self._microsecond:
            text = '%d, %d, %d, %d' % (self._hour, self._minute, self._second,
                                       self._microsecond)
        elif self._second:
            text = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            text = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            text += ', fold=1'
        return '%s(%s)' % (_qual(self), text)

    def isoformat(self, timespec='auto'):
        text = _format_time(self._hour, self._minute, self._second,
                            self._microsecond, timespec)
        return text + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, format):
        return _strftime(self, format, _time.struct_time(
            (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo,
                          fold=fold)

    def _fields(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _time_cmp(self, other, op):
        if not isinstance(other, time):
            if op in ('==', '!='):
                return NotImplemented
            if _foreign(other):
                return NotImplemented
            _cmp_error(self, other, op)
        if self._tzinfo is other._tzinfo:
            return _cmp(self._fields(), other._fields())
        off1 = self.utcoffset()
        off2 = other.utcoffset()
        if off1 == off2:
            return _cmp(self._fields(), other._fields())
        if off1 is None or off2 is None:
            if op in ('==', '!='):
                return 2
            raise TypeError("can't compare offset-naive and offset-aware "
                            "times")
        m1 = self._hour * 60 + self._minute - off1 // timedelta(minutes=1)
        m2 = other._hour * 60 + other._minute - off2 // timedelta(minutes=1)
        return _cmp((m1, self._second, self._microsecond),
                    (m2, other._second, other._microsecond))

    def __eq__(self, other):
        c = self._time_cmp(other, '==')
        return c if c is NotImplemented else c == 0

    def __ne__(self, other):
        c = self._time_cmp(other, '!=')
        return c if c is NotImplemented else c != 0

    def __lt__(self, other):
        c = self._time_cmp(other, '<')
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        c = self._time_cmp(other, '<=')
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other):
        c = self._time_cmp(other, '>')
        return c if c is NotImplemented else c > 0

    def __ge__(self, other):
        c = self._time_cmp(other, '>=')
        return c if c is NotImplemented else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            if not off:
                key = self._fields()
            else:
                h, m = divmod(self._hour * 60 + self._minute -
                              off // timedelta(minutes=1), 60)
                if 0 <= h < 24:
                    key = (h, m, self._second, self._microsecond)
                else:
                    key = (h, m, self._second, self._microsecond)
            self._hashcode = hash(('time',) + key)
        return self._hashcode

    def __bool__(self):
        return True

    def __add__(self, other):
        return _forward_fail(self, other, '+')

    def __radd__(self, other):
        return _reflected_fail(self, other, '+')

    def __sub__(self, other):
        return _forward_fail(self, other, '-')

    def __rsub__(self, other):
        return _reflected_fail(self, other, '-')

    def __reduce__(self):
        args = (self._hour, self._minute, self._second, self._microsecond)
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return (type(self), args)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- datetime

class datetime(date):
    """A date and a time of day combined, optionally with a tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold')

    def __new__(cls, year=None, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    # constructors
    @classmethod
    def _from_timestamp(cls, t, utc, tz):
        if isinstance(t, float):
            if t != t or t in (float('inf'), float('-inf')):
                raise ValueError('Invalid value %s' % t)
            frac, whole = _math.modf(t)
            us = round(frac * 1e6)
            if us >= 1000000:
                whole += 1
                us -= 1000000
            elif us < 0:
                whole -= 1
                us += 1000000
            secs = int(whole)
        else:
            secs = _index(t)
            us = 0
        try:
            tt = _time.gmtime(secs) if utc else _time.localtime(secs)
        except (OverflowError, OSError, ValueError):
            raise OverflowError('timestamp out of range for platform time_t')
        y, m, d, hh, mm, ss = tt[:6]
        ss = min(ss, 59)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        return cls._from_timestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_timestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, "
                            "not %s" % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, "
                            "not %s" % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute,
                   time.second, time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = date_string
        size = _iso_date_length(s)
        ymd = None
        if size >= 0:
            ymd = _parse_iso_date(s, size)
        if ymd is None:
            raise _bad_iso(date_string)
        parsed = (0, 0, 0, 0, None)
        if len(s) > size:
            parsed = _parse_iso_time(s[size + 1:])
            if parsed is None:
                raise _bad_iso(date_string)
        hh, mm, ss, us, tz = parsed
        return cls(*ymd, hh, mm, ss, us, _make_tz(tz))

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime(cls, date_string, format)

    # parts
    def date(self):
        return _date_class(self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second,
                           self._microsecond, fold=self._fold)

    def timetz(self):
        return _time_class(self._hour, self._minute, self._second,
                           self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset('utcoffset', self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset('dst', self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, "
                            "not '%s'" % type(name).__name__)
        return name

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _time.struct_time((self._year, self._month, self._day,
                                  self._hour, self._minute, self._second,
                                  self.weekday(), self._yday(), flag))

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self
        if off:
            dt = self - off
        return _time.struct_time((dt._year, dt._month, dt._day, dt._hour,
                                  dt._minute, dt._second, dt.weekday(),
                                  dt._yday(), 0))

    def _local_seconds(self):
        """Seconds since the epoch for this naive datetime read as local
        time."""
        tt = (self._year, self._month, self._day, self._hour, self._minute,
              self._second, 0, 0, -1)
        return int(_time.mktime(tt))

    def timestamp(self):
        if self._tzinfo is None:
            return self._local_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        _check_tzinfo(tz)
        off = self.utcoffset()
        if off is None:
            seconds = self._local_seconds()
            off = timedelta(seconds=_time.localtime(seconds).tm_gmtoff)
            mytz = None
        else:
            mytz = self._tzinfo
        if tz is None:
            seconds = (self - off).replace(tzinfo=None) - _NAIVE_EPOCH
            seconds = seconds // timedelta(seconds=1)
            local = _time.localtime(seconds)
            tz = timezone(timedelta(seconds=local.tm_gmtoff), local.tm_zone)
        if tz is mytz:
            return self
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    # formatting
    def __repr__(self):
        text = '%d, %d, %d, %d, %d' % (self._year, self._month, self._day,
                                       self._hour, self._minute)
        if self._microsecond:
            text += ', %d, %d' % (self._second, self._microsecond)
        elif self._second:
            text += ', %d' % self._second
        if self._fold:
            text += ', fold=1'
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        return '%s(%s)' % (_qual(self), text)

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode '
                            'character, not %s' % type(sep).__name__)
        text = '%04d-%02d-%02d%s%s' % (
            self._year, self._month, self._day, sep,
            _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec))
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=' ')

    def ctime(self):
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def strftime(self, format):
        return _strftime(self, format, self.timetuple())

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second,
                          microsecond, tzinfo, fold=fold)

    # arithmetic
    def _us_naive(self):
        """Microseconds since 0001-01-01 00:00 of the wall-clock fields."""
        seconds = ((self.toordinal() * 24 + self._hour) * 60 +
                   self._minute) * 60 + self._second
        return seconds * _US_PER_SECOND + self._microsecond

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return _forward_fail(self, other, '+')
        total = self._us_naive() + other._us()
        days, rest = divmod(total, _US_PER_DAY)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError('date value out of range')
        seconds, us = divmod(rest, _US_PER_SECOND)
        minutes, ss = divmod(seconds, 60)
        hh, mm = divmod(minutes, 60)
        y, m, d = _from_ordinal(days)
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self + other
        return _reflected_fail(self, other, '+')

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return _forward_fail(self, other, '-')
        diff = self._us_naive() - other._us_naive()
        if self._tzinfo is not other._tzinfo:
            off1 = self.utcoffset()
            off2 = other.utcoffset()
            if (off1 is None) != (off2 is None):
                raise TypeError("can't subtract offset-naive and "
                                "offset-aware datetimes")
            if off1 is not None:
                diff -= off1._us() - off2._us()
        return timedelta._from_us(diff)

    # comparisons
    def _dt_cmp(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if op == '==':
                    return 2
                if op == '!=':
                    return 2
                raise TypeError("can't compare %s to %s"
                                % (_type_name(self), _type_name(other)))
            if op in ('==', '!=') or _foreign(other):
                return NotImplemented
            _cmp_error(self, other, op)
        if self._tzinfo is other._tzinfo:
            return _cmp(self._us_naive(), other._us_naive())
        off1 = self.utcoffset()
        off2 = other.utcoffset()
        if off1 == off2:
            return _cmp(self._us_naive(), other._us_naive())
        if off1 is None or off2 is None:
            if op in ('==', '!='):
                return 2
            raise TypeError("can't compare offset-naive and offset-aware "
                            "datetimes")
        return _cmp(self._us_naive() - off1._us(),
                    other._us_naive() - off2._us())

    def __eq__(self, other):
        c = self._dt_cmp(other, '==')
        return c if c is NotImplemented else c == 0

    def __ne__(self, other):
        c = self._dt_cmp(other, '!=')
        return c if c is NotImplemented else c != 0

    def __lt__(self, other):
        c = self._dt_cmp(other, '<')
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        c = self._dt_cmp(other, '<=')
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other):
        c = self._dt_cmp(other, '>')
        return c if c is NotImplemented else c > 0

    def __ge__(self, other):
        c = self._dt_cmp(other, '>=')
        return c if c is NotImplemented else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            key = self._us_naive()
            if off:
                key -= off._us()
            self._hashcode = hash(('datetime', key))
        return self._hashcode

    def __reduce__(self):
        args = (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return (type(self), args)


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# ---------------------------------------------------------------- timezone

class timezone(tzinfo):
    """A fixed offset from UTC, optionally named."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, '
                            'not %s' % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s'
                            % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), "
                             "not %r." % (offset,))
        if name is None and not offset and cls is timezone and \
                _UTC is not None:
            return _UTC
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_qual(self), self._offset)
        return '%s(%r, %r)' % (_qual(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance '
                            'or None, not %s' % (what, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_arg(dt, 'utcoffset')
        return self._offset

    def tzname(self, dt):
        self._check_arg(dt, 'tzname')
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def dst(self, dt):
        self._check_arg(dt, 'dst')
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset


_UTC = None
_UTC = timezone(timedelta(0))
timezone.utc = _UTC
UTC = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)
_NAIVE_EPOCH = datetime(1970, 1, 1)

_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate
_OWN_TYPES = (timedelta, date, datetime, time, tzinfo, timezone,
              _IsoCalendarDate)


# ---------------------------------------------------------------- strptime

def _alternatives(words):
    return sorted(words, key=len, reverse=True)


def _strptime_table():
    import re
    num = {
        'd': r'3[01]|[12]\d|0[1-9]|[1-9]| [1-9]',
        'm': r'1[0-2]|0[1-9]|[1-9]',
        'H': r'2[0-3]|[0-1]\d|\d',
        'I': r'1[0-2]|0[1-9]|[1-9]',
        'M': r'[0-5]\d|\d',
        'S': r'6[0-1]|[0-5]\d|\d',
        'Y': r'\d\d\d\d',
        'y': r'\d\d',
        'f': r'[0-9]{1,6}',
        'j': r'36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]',
        'w': r'[0-6]',
        'u': r'[1-7]',
        'z': r'[+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|(?-i:Z)',
    }
    words = {
        'a': [d.lower() for d in _DAY_NAMES],
        'A': [d.lower() for d in _FULL_DAYS],
        'b': [m.lower() for m in _MONTH_NAMES[1:]],
        'B': [m.lower() for m in _FULL_MONTHS[1:]],
        'p': ['am', 'pm'],
    }
    zones = {'utc', 'gmt'}
    for name in _time.tzname:
        zones.add(name.lower())
    words['Z'] = sorted(zones)
    table = {}
    for code, pattern in num.items():
        table[code] = pattern
    for code, names in words.items():
        table[code] = '|'.join(re.escape(w) for w in _alternatives(names))
    return re, table


_STRPTIME = None


def _strptime(cls, data, fmt):
    global _STRPTIME
    if not isinstance(data, str):
        raise TypeError('strptime() argument 1 must be str, not %s'
                        % type(data).__name__)
    if not isinstance(fmt, str):
        raise TypeError('strptime() argument 2 must be str, not %s'
                        % type(fmt).__name__)
    if _STRPTIME is None:
        _STRPTIME = _strptime_table()
    re, table = _STRPTIME
    pieces = []
    order = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == '%':
            if i + 1 >= n:
                raise ValueError('stray %% in format %r' % (fmt,))
            code = fmt[i + 1]
            i += 2
            if code == '%':
                pieces.append('%')
                continue
            if code not in table:
                raise ValueError('%r is a bad directive in format %r'
                                 % (code, fmt))
            if code in order:
                raise re.error('redefinition of group name %r as group %d; '
                               'was group %d' % (code, len(order) + 1,
                                                 order.index(code) + 1))
            order.append(code)
            pieces.append('(%s)' % table[code])
        elif ch.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            pieces.append(r'\s+')
        else:
            pieces.append(re.escape(ch))
            i += 1
    found = re.match(''.join(pieces), data, re.IGNORECASE)
    if found is None:
        raise ValueError('time data %r does not match format %r'
                         % (data, fmt))
    if found.end() != len(data):
        raise ValueError('unconverted data remains: %s'
                         % data[found.end():])
    values = {}
    for k, code in enumerate(order):
        values[code] = found.group(k + 1)

    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    julian = None
    offset = None
    offset_us = 0
    tzname = None
    weekday = None
    for code, text in values.items():
        low = text.lower()
        if code == 'y':
            year = int(text)
            year += 2000 if year <= 68 else 1900
        elif code == 'Y':
            year = int(text)
        elif code == 'm':
            month = int(text)
        elif code == 'b':
            month = [m.lower() for m in _MONTH_NAMES].index(low)
        elif code == 'B':
            month = [m.lower() for m in _FULL_MONTHS].index(low)
        elif code == 'd':
            day = int(text)
        elif code == 'H':
            hour = int(text)
        elif code == 'I':
            hour = int(text)
            ampm = values.get('p', '').lower()
            if ampm == 'pm':
                if hour != 12:
                    hour += 12
            elif hour == 12:
                hour = 0
        elif code == 'M':
            minute = int(text)
        elif code == 'S':
            second = int(text)
        elif code == 'f':
            fraction = int((text + '00000')[:6])
        elif code == 'j':
            julian = int(text)
        elif code == 'a':
            weekday = [d.lower() for d in _DAY_NAMES].index(low)
        elif code == 'A':
            weekday = [d.lower() for d in _FULL_DAYS].index(low)
        elif code == 'w':
            weekday = (int(text) - 1) % 7
        elif code == 'u':
            weekday = int(text) - 1
        elif code == 'z':
            if text == 'Z':
                offset = 0
            else:
                z = text
                if z[3:4] == ':':
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ':':
                            raise ValueError('Inconsistent use of : in %s'
                                             % text)
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                offset = (hours * 60 + minutes) * 60 + seconds
                frac = z[8:]
                offset_us = int((frac + '00000')[:6]) if frac else 0
                if z[0] == '-':
                    offset = -offset
                    offset_us = -offset_us
        elif code == 'Z':
            tzname = text
    leap_default = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904
            leap_default = True
        else:
            year = 1900
    if julian is not None:
        y, month, day = _from_ordinal(julian - 1 + _to_ordinal(year, 1, 1))
        year = y
    if leap_default:
        year = 1900
    tz = None
    if offset is not None:
        delta = timedelta(seconds=offset, microseconds=offset_us)
        tz = timezone(delta, tzname) if tzname else timezone(delta)
    return cls(year, month, day, hour, minute, second, fraction, tz)
