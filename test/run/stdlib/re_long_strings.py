# RUN: %difftest %s
# re: long subjects (10,000+ chars) with greedy/lazy loops and backtracking without RecursionError
import re

s = 'x' * 10000
print(len(re.match('.*', s).group()), len(re.match('.*?$', s).group()))
print(len(re.match(r'\w+', s).group()), re.match(r'\w+y', s), re.search(r'x+y', s + 'y').span())
print(re.match(r'(?:x|y)*z', s + 'z').end(), re.match(r'(x)*', s).span(1), re.match(r'(?:xx)+', s).end())
print(re.match(r'(x+)+y', 'x' * 15), re.fullmatch(r'(?:a|b)*?c', 'ab' * 3000 + 'c').end())
words = ' '.join('w%d' % i for i in range(3000))
print(len(re.findall(r'\w+', words)), re.sub(r'\d', '', words)[-20:], len(re.split(r'\s', words)))
print(re.search(r'(\w+) \1', words), re.search(r'w2999$', words).span())
print(re.match('(.*),(.*)', 'a' * 5000 + ',' + 'b' * 5000).span(2))
print(re.match(r'(a|b)*?c', 'ab' * 2000 + 'c').span(1))
lines = '\n'.join('line %d' % i for i in range(2000))
print(len(re.findall('^line', lines, re.M)), re.findall(r'\d+$', lines)[-1])
print(re.match(r'(?s).*(?<=9)', lines).end(), re.match(r'.{1000,}', s).end(), re.match(r'x{3,5000}?', s).end())
