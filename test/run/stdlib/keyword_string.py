# RUN: %difftest %s
# keyword.kwlist/softkwlist/iskeyword and string's constants, capwords and Template
import keyword
import string
print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), keyword.iskeyword('For'))
print(sorted(keyword.__all__))
for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits',
             'hexdigits', 'octdigits', 'punctuation', 'printable', 'whitespace']:
    print(name, repr(getattr(string, name)))
print(string.capwords('hello   wORLD  foo'), string.capwords('a-b-c', '-'), repr(string.capwords('')))
t = string.Template('$who likes ${what}, $$5')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a', 'what': 'b'}))
print(t.safe_substitute(who='x'))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
try:
    string.Template('bad $ here').substitute()
except ValueError as e:
    print(e)
