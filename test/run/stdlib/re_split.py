# RUN: %difftest %s
# re: split with captured groups, maxsplit and empty matches
import re

print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(\W+)', '...words, words...'))
print(re.split(r'\b', 'Words, words'))
print(re.split(r'\W*', '...words...'))
print(re.split(r'(\W*)', '...words...'))
print(re.split('x*', 'axbc'))
print(re.split('(a)|b', 'xaybz'))
print(re.split(',', ''), re.split('', ''), re.split('', 'ab'))
print(re.split(r'\s*;\s*', 'a ; b;c  ;d', maxsplit=-1))
print(re.compile(r'(-)').split('a-b-c', 1))
print(re.split(rb',', b'a,b,,c'))
