# RUN: %difftest %s
# repr() and ascii() of strings: quotes, escapes, non-printables
for s in ["", "abc", "it's", 'say "hi"', "both ' and \"", "\\", "\n\r\t\x00\x1f\x7f", "\x80\x9f\xa0\xad\xff", "é€😀", "\u200b\u2028\ufeff", "\ud800\udfff", "\U000e0001\U0010ffff", "\u0378", "ᐁ", "\x85", "a\u0301"]:
    print(repr(s), ascii(s), len(repr(s)))
print(repr("'" * 3), repr('"' * 3), repr("'\""), ascii("'\"é"))
print([("é", "x")], {"k": "€"}, ("\n",))
