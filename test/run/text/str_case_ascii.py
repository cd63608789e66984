# RUN: %difftest %s
# lower/upper/swapcase/title/capitalize/casefold on ASCII text
for s in ["", "hello", "Hello World", "HELLO", "hElLo wOrLd", "they're bill's friends", "123abc", "a1b2 c3", "  spaces  ", "x_y-z.w"]:
    print(repr(s), s.lower(), s.upper(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
