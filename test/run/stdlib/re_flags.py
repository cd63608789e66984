# RUN: %difftest %s
# re: flag objects (repr, |, int values), inline/global flags, scoped flags and VERBOSE
import re

print(re.I, re.M, repr(re.S), re.X, re.A, re.U, re.NOFLAG)
print(re.IGNORECASE | re.MULTILINE, re.I | re.M | re.S | re.X | re.A)
print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U))
print(re.I | re.M == 10, isinstance(re.I, int), type(re.I).__name__, re.RegexFlag.DOTALL)
print(re.compile('a').flags, re.compile('a', re.I).flags, re.compile(b'a').flags)
print(re.compile('(?im)a').flags, re.compile('(?x)a b').flags, re.compile('a', re.A).flags)
print(re.findall('^a', 'a\na\nb', re.M), re.findall('(?m)^a', 'a\na'))
print(re.match('a.c', 'a\nc'), re.match('a.c', 'a\nc', re.DOTALL), re.match('(?s)a.c', 'a\nc'))
print(re.match('(?i)abc', 'ABC'), re.match('a(?i:b)c', 'aBc'), re.match('a(?i:b)c', 'aBC'))
print(re.match('(?i)a(?-i:b)', 'Ab'), re.match('(?i)a(?-i:b)', 'AB'))
verbose = re.compile(r"""
    (?P<int> \d+ )      # integer part
    \.?                 # optional point
    (?P<frac> \d* )     # fraction
    [ ]x \#             # escaped space and hash
""", re.VERBOSE)
print(verbose.match('12.5 x#').groupdict(), verbose.groups, verbose.groupindex)
print(re.match('(?x) a b c', 'abc'), re.match('(?x)a{1, 2}', 'a{1,2}'), re.findall('(?x)[ a]', 'a a'))
print(re.findall(r'(?x) \w+  \#  ', 'ab# cd #'))
print(re.match('(?s:.)(?m:$)', '\n'), re.search('(?i)(?s).', '\n'))
print(re.compile('a', re.I | re.M), re.compile('(?s)x'), re.compile('a', re.A | re.X))
