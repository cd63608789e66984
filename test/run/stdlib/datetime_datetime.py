# RUN: %difftest %s
# datetime: construction, combine, parts, replace, arithmetic, comparisons with dates, formatting
from datetime import datetime, date, time, timedelta, timezone


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for dt in (datetime(2024, 5, 1), datetime(2024, 5, 1, 12, 30), datetime(2024, 5, 1, 12, 30, 5),
           datetime(2024, 5, 1, 12, 30, 0, 1), datetime(1, 1, 1, fold=1),
           datetime(2024, 5, 1, 12, 30, tzinfo=timezone.utc)):
    print(repr(dt), str(dt), dt.isoformat(), dt.isoformat(' ', 'minutes'), dt.ctime())
dt = datetime(2024, 2, 29, 23, 59, 58, 999500)
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(repr(dt.date()), repr(dt.time()), repr(dt.timetz()), dt.weekday(), dt.isocalendar(), dt.toordinal())
print(dt.timetuple())
print(dt.utctimetuple())
print(dt.isoformat(timespec='milliseconds'), dt.isoformat('_', 'hours'))
print(dt + timedelta(microseconds=500), dt + timedelta(days=1, seconds=2), dt - timedelta(weeks=9))
print(dt - datetime(2024, 1, 1), datetime(2024, 1, 1) - dt, (dt - datetime(2000, 1, 1)).total_seconds())
print(datetime.combine(date(2024, 5, 1), time(8, 15)), datetime.combine(date(2024, 5, 1), time(8, tzinfo=timezone.utc)))
print(repr(datetime.combine(date(2024, 5, 1), time(8), timezone(timedelta(hours=1)))))
print(dt.replace(year=2023, day=28), dt.replace(microsecond=0, tzinfo=timezone.utc))
print(dt.strftime('%Y-%m-%d %H:%M:%S.%f %a %b %p %I %j [%z] [%Z] %%'), f'{dt:%d.%m.%Y %H:%M}')
print(datetime.min, datetime.max, datetime.resolution)
print(dt > datetime(2024, 1, 1), dt == dt.replace(), dt != dt.replace(fold=1), dt == dt.replace(fold=1))
print(sorted([datetime(2024, 1, 1, 5), datetime(2024, 1, 1), datetime(2023, 12, 31, 23)]))
print(len({dt, dt.replace(), dt + timedelta(0), dt.replace(fold=1)}))
print(datetime(2024, 5, 1) == date(2024, 5, 1), date(2024, 5, 1) == datetime(2024, 5, 1))
print(datetime(2024, 5, 1) != date(2024, 5, 1), isinstance(dt, date), issubclass(datetime, date))
print(datetime.utcfromtimestamp(0), datetime.utcfromtimestamp(1714566600.5), datetime.utcfromtimestamp(-1.25))
print(datetime.fromtimestamp(1714566600, timezone.utc), datetime.fromtimestamp(0.9999999, timezone.utc))
print(datetime(2024, 5, 1, tzinfo=timezone.utc).timestamp(), datetime(1969, 12, 31, 23, tzinfo=timezone.utc).timestamp())
attempt(lambda: datetime(2024, 5, 1) < date(2024, 5, 1))
attempt(lambda: date(2024, 5, 1) < datetime(2024, 5, 1))
attempt(lambda: datetime(2024, 5, 1) - date(2024, 5, 1))
attempt(lambda: datetime(2024, 5, 32))
attempt(lambda: datetime(2024, 5, 1, 24))
attempt(lambda: datetime.max + timedelta(microseconds=1))
attempt(lambda: datetime.min - timedelta(microseconds=1))
attempt(lambda: datetime.combine(1, time()))
attempt(lambda: dt.isoformat(timespec='bad'))
attempt(lambda: dt < 3)
attempt(lambda: datetime(2024, 1, 1) + datetime(2024, 1, 1))
