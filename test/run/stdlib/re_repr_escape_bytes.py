# RUN: %difftest %s
# re: Pattern/Match reprs and equality, escape (3.7+ rules), purge, compile cache, bytes patterns
import re

print(re.compile('a+b'), repr(re.compile(r'\d+\n')), re.compile("it's"))
print(re.compile('a', re.IGNORECASE), re.compile('a', re.I | re.M | re.S))
print(re.compile(b'a+'), re.compile(b'a', re.I))
print(re.compile('x' * 250))
print(re.match('abc', 'abcdef'), re.search(b'b+', b'abbbc'))
print(re.match('.*', 'y' * 80))
print(re.match('a\nb', 'a\nb'), re.match('', ''))
print(re.escape('a.b*c?d+e[f]g{h}i(j)k|l^m$n\\o p#q&r~s-t\tu\nv'), re.escape('_:;<>=/"\'!@%,'))
print(re.escape(b'a.b c'), re.escape('über-cool'))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('a') is re.compile('a'))
re.purge()
print(re.compile(r'x').pattern, re.compile(b'x').pattern)
p = re.compile(rb'(?P<k>\w+)=(?P<v>\d+)')
m = p.search(b'  key=42 ')
print(m, m.groups(), m.groupdict(), m.span('v'), m.string)
print(p.sub(rb'\g<v>:\g<k>', b'a=1 b=2'), p.findall(b'a=1 b=2'), p.split(b'x a=1 y'))
print(re.match(b'(?i)caf\xc9', b'CAF\xe9'), re.match(b'(?i)abc', b'ABC'))
print(re.compile(re.compile('q')) is not None, re.search(re.compile('q'), 'aq'))
print(re.compile('a').groupindex, len(re.compile('(?P<x>a)').groupindex))
