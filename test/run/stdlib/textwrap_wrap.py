# RUN: %difftest %s
# textwrap.wrap/fill/TextWrapper: widths, indents, long words, hyphen and em-dash splitting, tabs, sentence endings, drop_whitespace, max_lines/placeholder
import textwrap

text = ("The quick brown fox jumps over the lazy dog. It was a well-known, long-term "
        "arrangement -- nothing more--really! Supercalifragilisticexpialidocious words "
        "and hyphen-ated-compound-words and e-mail, x-ray, ab-12, --dashes-- and  double  spaces.")
for width in (1, 5, 10, 12, 17, 25, 40, 70, 200):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='    '))
print(textwrap.fill(text, 30, break_long_words=False))
print(textwrap.fill(text, 20, break_on_hyphens=False))
print(textwrap.wrap(text, 15, break_on_hyphens=False, break_long_words=False))
print(textwrap.wrap("tab\there\tand\tthere  end", 12))
print(textwrap.wrap("tab\there\tand\tthere", 30, expand_tabs=False), textwrap.wrap("a\tb", 30, tabsize=4))
print(textwrap.wrap("keep\nnew\nlines  here", 8, replace_whitespace=False))
print(textwrap.wrap("  leading and trailing   ", 10), textwrap.wrap("  leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("Hello there. How are you? Fine! \"Quoted.\" Mr. Smith e.g. this", 80, fix_sentence_endings=True))
print(textwrap.wrap(''), textwrap.wrap('   '), textwrap.fill('x'), textwrap.wrap('a b', 1))
print(textwrap.wrap('----- ---- -- - a--b a---b ab--cd 12--34 x-y-z a-b-c-d abc-def-ghi', 6))
print(textwrap.wrap('verylongwordwithno-breaks-at-all-anywhere', 10))
print(textwrap.wrap('---------------', 5), textwrap.wrap('ab-----------cd', 5))
print(textwrap.wrap('caf\u00e9-na\u00efve \u00fcber-stra\u00dfe under_score-word 3rd-4th', 9))
for max_lines in (1, 2, 3, 10):
    print(max_lines, textwrap.wrap(text, 24, max_lines=max_lines))
    print(max_lines, textwrap.wrap(text, 24, max_lines=max_lines, placeholder='...'))
w = textwrap.TextWrapper(width=16, max_lines=2, initial_indent='> ', subsequent_indent='>> ')
print(w.wrap(text))
print(textwrap.wrap('one two three', 9, max_lines=2, placeholder=' (more)'))
for bad in [dict(width=0), dict(width=5, max_lines=1, placeholder='  [long placeholder]')]:
    try:
        textwrap.wrap('some text', **bad)
    except ValueError as e:
        print('ValueError:', e)
print(w.width, w.initial_indent, w.placeholder, w.tabsize, w.break_on_hyphens)
