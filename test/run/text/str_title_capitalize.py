# RUN: %difftest %s
# title/capitalize/istitle edge cases
for s in ["hello world", "HELLO WORLD", "hello-world", "o'neil", "3rd place", "ǆemal ǉudi", "ŉ", "ﬁrst ﬂoor", "ὒ", "ᾳbc", "a1b2c3", "_x_y", "ÉCOLE élève", "x\u0301y", "", "  "]:
    print(repr(s), repr(s.title()), repr(s.capitalize()), s.istitle(), s.title().istitle(), repr(s.swapcase()))
