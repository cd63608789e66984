# RUN: %difftest %s
# re: match/search/fullmatch and the Match object API (group, groups, span, lastindex, ...)
import re

m = re.match(r'(\w+) (\w+)(?P<tail> \w+)?', 'Isaac Newton, physicist')
print(m)
print(bool(m), m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2))
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict('none'))
print(m.start(), m.end(), m.span(), m.start(2), m.end(2), m.span(2), m.span('tail'))
print(m[0], m[1], m['tail'], m.lastindex, m.lastgroup, m.pos, m.endpos)
print(m.string, m.re, m.re.pattern, m.regs)
print(re.match('b', 'ab'), re.search('b', 'ab'), re.fullmatch('a|ab', 'ab'))
print(re.fullmatch('a+', 'aab'), re.fullmatch('a+', 'aaa').span())
p = re.compile(r'\d+')
print(p.match('ab12cd'), p.match('ab12cd', 2), p.search('ab12cd', 3), p.search('ab12cd', 1, 3))
print(p.fullmatch('ab12cd', 2, 4), p.search('12', 5), p.match('123', -3))
m = re.match(r'(?P<first>a)(?P<second>b)?', 'ax')
print(m.lastindex, m.lastgroup, m.groups(), m.groupdict())
m = re.match(r'((a)b)', 'ab')
print(m.lastindex, m.lastgroup, m.groups())
m = re.match(r'(a)|(b)', 'b')
print(m.lastindex, m.groups(), m.span(1), m.start(1))
for bad in (3, 'nope', -1):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
print(re.search(r'(\d)(\d)?', 'x1y').expand(r'[\1|\2|\g<1>]'))
print(re.match('(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', 'abcdefghijk').group(11, 10, 1))
print(re.search('^$', ''), re.search('x*', ''), re.match('', 'abc'))
print(re.match('.+', 'x' * 100))
print(type(m).__name__, type(re.compile('a')).__name__, re.Match, re.Pattern)
