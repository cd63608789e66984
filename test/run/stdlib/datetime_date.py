# RUN: %difftest %s
# date: validation messages, ordinals, weekdays, isocalendar, replace, arithmetic, comparisons, formatting
from datetime import date, timedelta, MINYEAR, MAXYEAR


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(MINYEAR, MAXYEAR, date.min, date.max, date.resolution)
d = date(2024, 5, 1)
print(repr(d), str(d), d.year, d.month, d.day, d.isoformat(), d.ctime())
print(d.toordinal(), date.fromordinal(d.toordinal()), date.fromordinal(1), date.fromordinal(3652059))
print(d.weekday(), d.isoweekday(), d.isocalendar(), tuple(d.isocalendar()))
ic = date(2021, 1, 3).isocalendar()
print(ic, ic.year, ic.week, ic.weekday, ic[0], type(ic).__name__, isinstance(ic, tuple))
for y in (2015, 2020, 2026, 1, 9999):
    for m, dd in ((1, 1), (12, 31), (6, 15)):
        x = date(y, m, dd)
        print(x, x.weekday(), x.isocalendar(), x.toordinal())
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2024, 1, 1))
print(d.replace(day=31), d.replace(year=2023, month=2))
print(d + timedelta(days=30), timedelta(days=-365) + d, d - timedelta(days=1, hours=23), d - date(2000, 1, 1))
print(d > date(2024, 4, 30), d == date(2024, 5, 1), d != date(2024, 5, 1), d <= date(2024, 5, 1))
print(sorted([date(2024, 1, 2), date(2023, 12, 31), date(2024, 1, 1)]))
print(len({date(2024, 1, 1), date(2024, 1, 1), date(2024, 1, 2)}))
print(d.strftime('%Y-%m-%d %a %A %b %B %j %U %W %w %y %%'), format(d, '%d/%m/%Y'), f'{d}', f'{d:%B %d}')
print(d.timetuple())
print(d.strftime('%H:%M:%S %f [%z] [%Z]'))
attempt(lambda: date(2024, 13, 1))
attempt(lambda: date(2024, 2, 30))
attempt(lambda: date(2023, 2, 29))
attempt(lambda: date(0, 1, 1))
attempt(lambda: date(10000, 1, 1))
attempt(lambda: date(2024.0, 1, 1))
attempt(lambda: date(2024, 1))
attempt(lambda: date.fromordinal(0))
attempt(lambda: date.max + timedelta(days=1))
attempt(lambda: date.min - timedelta(days=1))
attempt(lambda: date.fromisocalendar(2021, 53, 1))
attempt(lambda: date.fromisocalendar(2021, 1, 8))
attempt(lambda: d < 5)
attempt(lambda: d + 1)
attempt(lambda: d.replace(month=0))
print(date(2024, 2, 29) + timedelta(days=365), date(2000, 3, 1) - date(1900, 3, 1))
