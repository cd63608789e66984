# RUN: %difftest %s
# re: lookahead, lookbehind (fixed width), atomic groups, possessive quantifiers, anchors with pos
import re

print(re.findall(r'\w+(?=,)', 'a, bb, ccc'), re.findall(r'\b\w+\b(?!,)', 'a, bb, ccc'))
print(re.findall(r'(?<=\$)\d+', 'cost $10 or $200'), re.findall(r'(?<!\$)\b\d+', '$10 20 $30 40'))
print(re.search(r'(?<=abc)def', 'abcdef'), re.search(r'(?<=-|\+)\d', 'x+5'))
print(re.search(r'(?=(\w+))\w', 'hello').groups(), re.search(r'(?!(a))\w', 'ab').groups())
print(re.match(r'(?=a)(?!b)', 'a'), re.search(r'(?<=a)b', 'ab', 1) if False else re.compile(r'(?<=a)b').search('ab', 1))
print(re.compile('^b').search('ab', 1), re.compile(r'\Ab').search('ab', 1), re.compile('(?m)^b').search('a\nb', 1))
print(re.compile('a$').search('ab', 0, 1), re.compile(r'a\Z').search('ab', 0, 1), re.compile(r'a\b').search('ab', 0, 1))
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)a', 'aaa'), re.match(r'(?>(a)|ab)c', 'abc'))
print(re.match(r'a++a', 'aaa'), re.match(r'a*+b', 'aab'), re.match(r'(?:ab)?+ab', 'ab'), re.match(r'\d{1,3}+\d', '1234'))
print(re.findall(r'(?<=(a))b', 'abab'), re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.findall(r'(?i)(?<=A)b', 'ab Ab'), re.findall(r'(?<![a-z])\d', 'a1 2'))
print(re.match(r'(?=.*\d)(?=.*[a-z]).{6,}', 'abc123'), re.match(r'(?=.*\d)(?=.*[a-z]).{6,}', 'abcdef'))
print(re.split(r'(?<=[.!?]) +', 'One. Two! Three? Four'))
print(re.findall(r'(?<=\b)\w', 'ab cd'), re.findall(r'\w(?=\b)', 'ab cd'))
