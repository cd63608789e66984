# RUN: %difftest %s
# re: capturing/non-capturing/named groups, backreferences, conditionals, repeated groups
import re

p = re.compile(r'(?P<first>\w+)\s(?P<last>\w+)')
print(p.groups, p.groupindex, p.groupindex['last'], dict(p.groupindex))
print(p.match('Jane Doe').groupdict())
print(re.search(r'(\w+) \1', 'say hello hello there').group(1))
print(re.search(r'(?P<w>\w+) (?P=w)', 'a bb bb').span())
print(re.match(r'(?i)(a)\1', 'aA'), re.match(r'(a)\1', 'aA'))
print(re.match(r'(a)|b\1?', 'b'))
print(re.match(r'(?:(a)|b)+', 'ab').groups(), re.match(r'(a|b)*', 'abba').groups())
print(re.match(r'(a*)*', 'aa').groups(), re.match(r'(a|)+', 'aa').groups(), re.match(r'(a*)+b', 'aab').span(1))
print(re.match(r'((a)|(b))+', 'ab').groups(), re.match(r'(?:(x)|y)*', 'xy').groups())
print(re.match(r'(\d{2,3}?)(\d+)', '12345').groups(), re.match(r'(\d{2,3})(\d+)', '12345').groups())
print(re.match(r'(<)?\w+(?(1)>|$)', '<tag>'), re.match(r'(<)?\w+(?(1)>|$)', 'tag'), re.match(r'(<)?\w+(?(1)>|$)', '<tag'))
print(re.match(r'(?P<q>")?\w+(?(q)")', '"hi"').group())
print(re.findall(r'(a)(?:b)(c)?', 'abcab'))
print(re.match('(a)(?:x)?(b)', 'ab').lastindex, re.match('(?P<n>a(b))', 'ab').lastgroup)
print(re.match(r'(?:a{2}){2}', 'aaaaa'), re.match(r'(?:ab){1,2}?', 'ababab'), re.match(r'(ab){2,}', 'abababx').groups())
print(re.match(r'(a{0,3}?)(a+)', 'aaaa').groups(), re.match(r'(?:a|ab)(?:c|bcd)(d*)', 'abcd').groups())
print(re.match(r'(.)(.)(.)(.)(.)(.)(.)(.)(.)(.)\10', 'abcdefghijj').group(10))
print(re.match(r'((((((((((a))))))))))\10', 'aa').span())
