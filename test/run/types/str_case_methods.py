# RUN: %difftest %s
# title/capitalize/swapcase/casefold/upper/lower with non-ASCII
for s in ["hello wORLD", "they're bill's", "ßtraße", "ǆemal", "i̇stanbul", "ΣΑΣ", "123abc", "ﬁne"]:
    print(s.title(), s.capitalize(), s.swapcase(), s.casefold(), s.upper(), s.lower())
