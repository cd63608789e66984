# RUN: %difftest %s
# re: sub/subn with templates (\1, \g<n>, \g<name>, escapes), functions, count, empty matches
import re

print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home, ann@work'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'a bc'))
print(re.sub(r'(\w)', r'\g<1>\g<0>', 'abc'))
print(re.sub('a', r'\n\t\\x', 'bab'))
print(repr(re.sub('a', r'\.\-', 'a')))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub('x*', '-', 'abxd'))
print(re.sub('', '-', 'abc'))
print(re.sub(r'\s+', ' ', '  lots   of\n\tspace  '))
print(re.subn(r'\d', '#', 'a1b2c3'))
print(re.subn(r'\d', '#', 'a1b2c3', count=2))
print(re.sub(r'\d', '#', 'a1b2c3', 1))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'x10 y7 z'))
print(re.sub(r'(?i)HELLO', 'bye', 'Hello hello HELLO'))
print(re.sub('a', 'b', 'aaa', flags=re.I), re.sub('A', 'b', 'aaa', 0, re.I))
print(re.sub(rb'(\d)', rb'<\1>', b'a1b2'))
print(re.sub(r'(\d)', r'\101', '5'))
print(re.compile(r'(?P<y>\d{4})-(?P<m>\d\d)').sub(r'\g<m>/\g<y>', 'on 2023-07, 1999-12'))
print(re.sub('(a)(b)?', lambda m: repr(m.groups()), 'a ab'))
for bad in [r'\9', r'\g<x>', r'\g<1', r'\q', '\\', r'\g<>', r'\g<1a>']:
    try:
        re.sub('(a)', bad, 'a')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
