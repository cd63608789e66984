# RUN: %difftest %s
# time: fields, validation, repr/str, isoformat timespecs, fromisoformat, strftime, comparisons
from datetime import time, timezone, timedelta


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for t in (time(), time(12, 30), time(12, 30, 5), time(1, 2, 3, 4), time(23, 59, 59, 999999),
          time(12, 30, tzinfo=timezone.utc), time(5, fold=1),
          time(7, 8, 9, 500, timezone(timedelta(hours=-3, minutes=-30)))):
    print(repr(t), str(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
    print(' ', t.utcoffset(), t.dst(), t.tzname())
t = time(9, 5, 7, 123456)
for spec in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'):
    print(spec, t.isoformat(spec), time(9).isoformat(timespec=spec))
print(t.strftime('%H:%M:%S.%f %I %p'), time(0, 1).strftime('%I %p'), f'{t:%H.%M}', format(t, ''))
print(time.min, time.max, time.resolution)
print(t.replace(hour=1), t.replace(microsecond=0), t.replace(tzinfo=timezone.utc))
print(time(1) < time(2), time(1) == time(1, 0), time(3) >= time(2, 59))
a = time(12, tzinfo=timezone(timedelta(hours=2)))
b = time(10, tzinfo=timezone.utc)
print(a == b, a < b, hash(a) == hash(b), time(12) == a, time(12) != a)
print(bool(time(0)), len({time(1), time(1, 0, 0), time(2)}))
for s in ('12:30', '12:30:15', '12:30:15.5', '12:30:15.123456789', 'T1230', '123015',
          '12:30+02:00', '12:30:15Z', '12:30-0530', '12', '12:3', '25:00', 'x'):
    attempt(lambda: time.fromisoformat(s))
attempt(lambda: time(24))
attempt(lambda: time(1, 60))
attempt(lambda: time(1, 1, 60))
attempt(lambda: time(1, 1, 1, 10**6))
attempt(lambda: time(1, fold=2))
attempt(lambda: time(1, tzinfo='UTC'))
attempt(lambda: time(1).isoformat('nanoseconds'))
attempt(lambda: time(1) < time(1, tzinfo=timezone.utc))
attempt(lambda: time(1) < 1)
attempt(lambda: time.fromisoformat(1230))
