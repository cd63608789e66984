# RUN: %difftest %s
# timezone and tzinfo: fixed offsets, custom tzinfo with dst, aware/naive arithmetic and comparison errors
from datetime import datetime, time, timedelta, timezone, tzinfo


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


utc = timezone.utc
plus2 = timezone(timedelta(hours=2))
named = timezone(timedelta(hours=-5, minutes=-30), 'X')
odd = timezone(timedelta(hours=5, minutes=30, seconds=15, microseconds=5))
for tz in (utc, plus2, named, odd, timezone.min, timezone.max, timezone(timedelta(0))):
    print(repr(tz), str(tz), tz.utcoffset(None), tz.tzname(None), tz.dst(None))
print(timezone(timedelta(0)) is utc, timezone(timedelta(hours=2)) == plus2, plus2 == named, hash(plus2) == hash(timezone(timedelta(hours=2), 'Y')))
print(isinstance(utc, tzinfo), type(utc).__name__, timezone.__module__)

a = datetime(2024, 5, 1, 12, 0, tzinfo=plus2)
b = datetime(2024, 5, 1, 10, 0, tzinfo=utc)
c = datetime(2024, 5, 1, 4, 30, tzinfo=named)
print(a == b, b == c, a - b, a - c, c - a, a < c, hash(a) == hash(b))
print(repr(a.astimezone(utc)), repr(b.astimezone(named)), repr(c.astimezone(plus2)))
print(a.utcoffset(), a.tzname(), a.dst(), str(a), a.isoformat(), a.timestamp())
print(a.strftime('%z %Z'), c.strftime('%z|%Z'), datetime(2024, 1, 1, tzinfo=odd).strftime('%z'))
print(a.utctimetuple())
print(repr(datetime.fromtimestamp(86400 * 365.25, plus2)), repr(datetime.now(utc).tzinfo))


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return timedelta(0)

    def __repr__(self):
        return 'Fixed(%s)' % self.name


class Summer(tzinfo):
    """+1h, with an extra hour of DST from April to September."""

    def utcoffset(self, dt):
        return timedelta(hours=1) + self.dst(dt)

    def dst(self, dt):
        if dt is not None and 4 <= dt.month <= 9:
            return timedelta(hours=1)
        return timedelta(0)

    def tzname(self, dt):
        return 'CEST' if self.dst(dt) else 'CET'

    def __repr__(self):
        return 'Summer()'


f = Fixed(90, 'F')
x = datetime(2024, 3, 10, 8, tzinfo=f)
print(repr(x), x.utcoffset(), x.tzname(), x - b, repr(x.astimezone(utc)), repr(b.astimezone(f)))
s = Summer()
w = datetime(2024, 1, 15, 12, tzinfo=s)
m = datetime(2024, 7, 15, 12, tzinfo=s)
print(w.utcoffset(), w.dst(), w.tzname(), m.utcoffset(), m.dst(), m.tzname(), m.timetuple().tm_isdst, w.timetuple().tm_isdst)
print(repr(m.astimezone(utc)), repr(datetime(2024, 7, 15, 10, tzinfo=utc).astimezone(s)))
print(m - w, (m - w).days, m > w, time(12, tzinfo=f).utcoffset(), time(12, tzinfo=f).isoformat())

naive = datetime(2024, 5, 1, 10)
print(naive == b, naive != b)
attempt(lambda: naive < b)
attempt(lambda: naive - b)
attempt(lambda: b - naive)
attempt(lambda: timezone(timedelta(hours=24)))
attempt(lambda: timezone(timedelta(hours=-24)))
attempt(lambda: timezone(7200))
attempt(lambda: timezone(timedelta(hours=1), 5))
attempt(lambda: tzinfo().utcoffset(None))
attempt(lambda: utc.fromutc(naive))
attempt(lambda: a.astimezone(5))


class Bad(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=25)


attempt(lambda: datetime(2024, 1, 1, tzinfo=Bad()).utcoffset())
