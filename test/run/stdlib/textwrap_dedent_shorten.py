# RUN: %difftest %s
# textwrap.dedent/indent/shorten: common margins with tabs and blank lines, predicates, placeholder handling
import textwrap

samples = ['''
    def f():
        return 1
    ''', '  a\n    b\n  c', '\ta\n\t\tb\n', '  x\n\ty\n', '    \n  a\n      \n  b\n', 'no indent\n  here',
           '', '\n\n', '  only\n', '    a\n   \n    b', ' \t a\n \t b\n', '  a\r\n  b\r\n', '  \u00e9\n  z']
for s in samples:
    print(repr(textwrap.dedent(s)))
print(repr(textwrap.indent('a\n\nb\n  \nc', '> ')))
print(repr(textwrap.indent('a\r\nb\rc\n', '+ ')))
print(repr(textwrap.indent('a\n\nb', '# ', lambda line: True)))
print(repr(textwrap.indent('one\ntwo\nthree\n', '-> ', predicate=lambda line: 't' in line)))
text = 'Hello  world!   This is\ta   fairly long\nsentence to shorten.'
for width in (6, 10, 12, 15, 20, 30, 60):
    print(width, repr(textwrap.shorten(text, width)), repr(textwrap.shorten(text, width, placeholder='...')))
print(repr(textwrap.shorten('   ', 10)), repr(textwrap.shorten('Supercalifragilistic word', 12)))
print(repr(textwrap.shorten('Hello world', 11)), repr(textwrap.shorten('Hello world', 10, break_long_words=False)))
try:
    textwrap.shorten('Hello world', 5)
except ValueError as e:
    print('ValueError:', e)
print(sorted(textwrap.__all__))
