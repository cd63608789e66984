# RUN: %difftest %s
# fromisoformat for date, datetime and time (3.11 forms: basic, week dates, any separator, offsets) and round trips
from datetime import date, datetime, time, timedelta, timezone


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ('2024-05-01', '20240501', '2024-W01', '2024-W01-3', '2024W01', '2024W013', '2020-W53-7',
          '2024-5-1', '2024-05', '2024-13-01', '2024-02-30', '2021-W53', '0000-01-01', ' 2024-05-01', ''):
    print(s)
    attempt(lambda: date.fromisoformat(s))
for s in ('2024-05-01', '2024-05-01T12', '2024-05-01T1230', '2024-05-01 12:30:15.5',
          '2024-05-01T12:30:15,123456789', '2024-05-01T12:30Z', '2024-05-01T12:30+0530',
          '2024-05-01T12:30+05', '2024-05-01T12:30-05:30:15.123', '2024-05-01x12',
          '2024-05-01T12:30:15+00:00', '20240501T123015', '2024-W01T10', '2024-W01-2 10:00',
          '2024W012T1000', '2024-05-01T12:3', '2024-05-01T12:30:', '2024-05-01T24:00',
          '2024-05-01T12:30:15.', '2024-05-01T12:30+24:00', '2024-05-01T', '2024-05-01T12:30:60'):
    print(s)
    attempt(lambda: datetime.fromisoformat(s))
attempt(lambda: datetime.fromisoformat(None))
attempt(lambda: date.fromisoformat(b'2024-05-01'))
samples = [datetime(2024, 5, 1, 12, 30, 15, 250), datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999),
           datetime(2024, 5, 1, tzinfo=timezone(timedelta(hours=-3))),
           datetime(2024, 5, 1, 1, 2, 3, tzinfo=timezone(timedelta(seconds=-1, microseconds=10)))]
for dt in samples:
    for sep in 'T ':
        for spec in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'):
            text = dt.isoformat(sep, spec)
            back = datetime.fromisoformat(text)
            print(text, repr(back), back == dt.replace(microsecond=back.microsecond, second=back.second, minute=back.minute))
    print(date.fromisoformat(dt.date().isoformat()) == dt.date(), time.fromisoformat(dt.timetz().isoformat()) == dt.timetz())
