# RUN: %difftest %s
# datetime.strptime with the common directives, defaults, %z offsets and CPython's error messages
from datetime import datetime


def attempt(data, fmt):
    try:
        print(repr(datetime.strptime(data, fmt)))
    except Exception as e:
        print(type(e).__name__, e)


cases = [
    ('2024-05-01 12:30:15', '%Y-%m-%d %H:%M:%S'),
    ('2024-05-01T12:30:15.123', '%Y-%m-%dT%H:%M:%S.%f'),
    ('01/05/24', '%d/%m/%y'),
    ('01/05/69', '%d/%m/%y'),
    ('01/05/68', '%d/%m/%y'),
    ('Wed May  1 08:05:09 2024', '%a %b %d %H:%M:%S %Y'),
    ('Wednesday, 1 MAY 2024', '%A, %d %B %Y'),
    ('may 1 2024', '%b %d %Y'),
    ('7:05 PM', '%I:%M %p'),
    ('12:00 am', '%I:%M %p'),
    ('12:00 PM', '%I:%M %p'),
    ('2024 060', '%Y %j'),
    ('2023 365', '%Y %j'),
    ('2024-05-01 +0200', '%Y-%m-%d %z'),
    ('2024-05-01 -05:30', '%Y-%m-%d %z'),
    ('2024-05-01 Z', '%Y-%m-%d %z'),
    ('2024-05-01 +01:02:03.5', '%Y-%m-%d %z'),
    ('2024-05-01 UTC +0000', '%Y-%m-%d %Z %z'),
    ('100%', '%H%%'),
    ('5', '%m'),
    ('', ''),
    ('  2024  ', '%Y'),
    ('2024   05', '%Y %m'),
    ('12', '%H'),
    ('2024-05-01', '%Y-%m-%d %H'),
    ('2024-05-01 10', '%Y-%m-%d'),
    ('2024-02-30', '%Y-%m-%d'),
    ('02-29', '%m-%d'),
    ('2024-13-01', '%Y-%m-%d'),
    ('24:00', '%H:%M'),
    ('abc', '%Y'),
    ('2024', '%Q'),
    ('2024', '%Y%'),
    ('2024-05-01 +02:0030', '%Y-%m-%d %z'),
    ('1.1234567', '%S.%f'),
]
for data, fmt in cases:
    attempt(data, fmt)
try:
    datetime.strptime(20240501, '%Y%m%d')
except TypeError as e:
    print('TypeError', e)
dt = datetime(2024, 11, 3, 21, 4, 5, 67)
for fmt in ('%Y-%m-%d %H:%M:%S.%f', '%a %d %b %Y %I:%M:%S %p', '%A %B %j %y'):
    text = dt.strftime(fmt)
    print(text, repr(datetime.strptime(text, fmt)))
