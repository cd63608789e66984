# RUN: %difftest %s
# timedelta: normalisation, float rounding, arithmetic, comparisons, repr/str, errors
from datetime import timedelta


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for kw in [dict(), dict(days=1, seconds=3600), dict(hours=-1), dict(microseconds=-1),
           dict(days=-1, seconds=-0.5), dict(weeks=1.5, minutes=-3.25),
           dict(seconds=1.5e-6), dict(seconds=2.5e-6), dict(microseconds=0.5),
           dict(microseconds=1.5), dict(milliseconds=1.0005), dict(days=2, hours=47, minutes=59, seconds=60),
           dict(days=1 / 3), dict(hours=0.1)]:
    td = timedelta(**kw)
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())

a = timedelta(days=3, hours=5, microseconds=7)
b = timedelta(hours=-7, seconds=11)
print(a + b, a - b, b - a, -a, +b, abs(b), abs(-a))
print(a * 3, 3 * a, a * 0.5, a * -1.25, a / 4, a / 0.3, a // 7, a / b, a // b, a % b)
print(divmod(a, b), divmod(a, timedelta(hours=1)))
print(a > b, a < b, a == timedelta(days=3, hours=5, microseconds=7), a != b, a >= a, b <= a)
print(bool(timedelta(0)), bool(b), timedelta(0) == 0, a == 'x')
print(hash(a) == hash(timedelta(seconds=a.total_seconds())), len({a, a + timedelta(0), b}))
print(sorted([a, b, timedelta(0), -a]))
print(timedelta.min, timedelta.max, timedelta.resolution)
print(repr(timedelta.min), repr(timedelta.max))
print(str(timedelta(days=-1)), str(timedelta(days=2)), str(timedelta(days=-2, seconds=5)))
attempt(lambda: timedelta(days=1000000000))
attempt(lambda: timedelta.max + timedelta(microseconds=1))
attempt(lambda: timedelta(1) / 0)
attempt(lambda: timedelta(1) // 0)
attempt(lambda: timedelta(1) % timedelta(0))
attempt(lambda: timedelta(days='1'))
attempt(lambda: timedelta(1) < 1)
attempt(lambda: timedelta(1) + 1)
print(type(a).__name__, type(a).__module__, isinstance(a, timedelta))
