# RUN: %difftest %s
# now/today/utcnow relations, module and type names, immutability, subclasses, copying, dict keys
import copy
import datetime as dtmod
from datetime import date, datetime, time, timedelta, timezone, tzinfo

now = datetime.now()
today = date.today()
utcnow = datetime.utcnow()
aware = datetime.now(timezone.utc)
print(type(now).__name__, type(today).__name__, now.tzinfo, aware.tzinfo)
print(abs(now - datetime.today()) < timedelta(seconds=5), abs(utcnow - aware.replace(tzinfo=None)) < timedelta(seconds=5))
print(today == now.date() or today == (now - timedelta(seconds=5)).date())
print(abs(datetime.fromtimestamp(aware.timestamp()) - now) < timedelta(seconds=5))
print(abs(now.timestamp() - aware.timestamp()) < 5, abs(aware.astimezone() - aware) < timedelta(seconds=1))
print(datetime.fromtimestamp(1000000000.5).microsecond, date.fromtimestamp(1e9).year)
lt = datetime(2024, 5, 1, 12).astimezone()
print(type(lt.tzinfo).__name__, lt.utcoffset() is not None, lt == datetime(2024, 5, 1, 12).astimezone(timezone.utc))
print(datetime.fromtimestamp(datetime(2024, 5, 1, 12, 0, 0, 250).timestamp()))

for cls in (date, datetime, time, timedelta, tzinfo, timezone):
    print(cls.__name__, cls.__module__, cls.__qualname__)
print([n for n in ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR', 'UTC') if hasattr(dtmod, n)])
print(dtmod.MINYEAR, dtmod.MAXYEAR, dtmod.UTC is timezone.utc)
print(type(date(2024, 1, 1).isocalendar()).__name__, hasattr(dtmod, 'IsoCalendarDate'))

d = date(2024, 5, 1)
try:
    d.year = 2000
except AttributeError:
    print('date is immutable')
try:
    timedelta(1).days = 5
except AttributeError:
    print('timedelta is immutable')


class MyDate(date):
    def shout(self):
        return str(self).upper() + '!'


class MyDT(datetime):
    pass


md = MyDate(2024, 5, 1)
print(repr(md), md.shout(), type(md + timedelta(1)).__name__, type(md.replace(day=2)).__name__)
print(repr(MyDT(2024, 5, 1, 3)), type(MyDT.fromisoformat('2024-05-01')).__name__, type(MyDT.strptime('2024', '%Y')).__name__)
print(type(MyDT.combine(d, time(1))).__name__, type(MyDT(2024, 1, 1) + timedelta(1)).__name__, type(MyDate.fromordinal(5)).__name__)
print(copy.copy(d) == d, copy.deepcopy(datetime(2024, 1, 1, tzinfo=timezone.utc)), copy.copy(timedelta(3)), copy.deepcopy(time(1, 2)))
table = {date(2024, 1, 1): 'a', datetime(2024, 1, 1, 5): 'b', timedelta(hours=1): 'c', time(5): 'd'}
print(table[date(2024, 1, 1)], table[datetime(2024, 1, 1, 5)], table[timedelta(seconds=3600)], table[time(5, 0)])
print(datetime(2024, 1, 1, 12, tzinfo=timezone(timedelta(hours=1))) in {datetime(2024, 1, 1, 11, tzinfo=timezone.utc)})
print(max(date(2020, 1, 1), date(2021, 1, 1)), min(timedelta(1), timedelta(hours=1)), sum([timedelta(1), timedelta(2)], timedelta()))
