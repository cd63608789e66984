# RUN: %difftest %s
# re: re.error messages, positions, lineno/colno for invalid patterns; TypeErrors on misuse
import re

bad = ['(', '(a', 'a)', '*', 'a**', 'a{2}{3}', '[a', '[z-a]', r'\q', '(?P<1a>x)',
       '(?P<a>x)(?P<a>y)', '(?P=b)', r'\2', r'(a\1)', 'a{3,2}', '(?<=a*)b', '(?Xa)',
       '(?<x)', '(?Px)', 'a(?i)b', '(?i', '(?#abc', r'[\d-z]', r'\x1', r'\u12', '(?P<a',
       '(?P<>a)', '(?', '(?-i)', '(?i-i:a)', '[a-\\d]', '\\400', '^*', 'ab\n(c', '[]',
       ')', 'a|*', '\\', '(?<=a|bc)', '(?P=)', '(?iq)', '(?(1)a|b)', '(?(1)a|b|c)(x)',
       'x{2}?*', '(?L)x', r'[\A]', '(?<=(a)\\1)', '\\U00110000']
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
try:
    re.compile('x{99999999999}')
except OverflowError as e:
    print('OverflowError', e)
for call in [lambda: re.match('a', b'a'), lambda: re.match(b'a', 'a'), lambda: re.match('a', 5),
             lambda: re.compile(5), lambda: re.compile('a', re.L),
             lambda: re.compile(re.compile('a'), re.I)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(re.error, Exception), re.error.__name__, re.error('x').msg)
try:
    re.compile('a(b')
except Exception as e:
    print(type(e).__module__, type(e).__qualname__)
