# RUN: %difftest %s
# re: character classes, class escapes, literal escapes and Unicode-aware \d \w \s vs ASCII/bytes
import re

s = 'abc ABC 123 ٣٤ ＡＢ é_ñ\t\u00a0x\u2003y'
for pat in [r'\d+', r'\D+', r'\w+', r'\W+', r'\s+', r'\S+', '[a-c]+', '[^a-c ]+',
            r'[\d\s]+', r'[^\w\s]+', '[-a]+', '[a-]+', '[]a]+', '[^]a]+', r'[\]]', r'[\\]',
            '[é-ñ]+', r'[\x41-\x43]+', r'\u00e9', r'[\u0660-\u0669]+']:
    print(pat, re.findall(pat, s + ']\\'))
print(re.findall(r'\d+', s, re.ASCII), re.findall(r'\w+', s, re.A), re.findall(r'(?a)\s+', s))
print(re.findall(rb'\w+', 'é_x 1'.encode('latin-1')))
print(re.findall(r'\n|\t', 'a\nb\tc'), re.findall('\\.', 'a.b'), re.findall(r'\x2e', 'a.b'))
print(re.findall(r'[.]', 'a.b'), re.findall(r'\0', 'a\x00'), re.findall(r'\101', 'ABA'))
print(re.match(r'\bfoo\b', 'foo bar'), re.search(r'\Bo\B', 'foo'), re.search(r'\bé', ' é'))
print(re.findall(r'\b\w', 'héllo wörld'), re.findall(r'(?a)\b\w', 'héllo wörld'))
print(re.findall(r'(?i)[a-z]+', 'Hello WORLD'), re.findall(r'(?i)[^a-z]+', 'Hello WORLD'))
print(re.findall('(?i)é', 'éÉ'), re.findall('(?i)ß', 'ßẞ'), re.findall('(?i)k', 'kK\u212a'))
print(re.findall('(?ia)k', 'kK\u212a'), re.findall(r'(?i)\w+', 'ÀÉ'))
print(re.findall('.', 'a\nb'), re.findall(r'\A\w|\w\Z', 'abc'), re.findall(r'$', 'a\n'))
print(re.findall('[\\s\\S]', 'a\n'), re.findall(r'[^\W\d]+', 'ab12_c'))
