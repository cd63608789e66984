# RUN: %difftest %s
# repr picks quotes and escapes like CPython
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "\x00\x1f", "\t\n\r", "\u00ff\u0100", "\U0010ffff", "\x80\x9f"]:
    print(repr(s), len(repr(s)))
print(str("x"), repr(""), repr("'"), repr('"'))
