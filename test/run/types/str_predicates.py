# RUN: %difftest %s
# isX predicates
tests = ["abc", "ABC", "Abc Def", "123", "½", "²", "١٢", "a1", "", " \t\n", "_x", "x y", "if", "Ⅷ", "\x00", "ascii", "é"]
for t in tests:
    print(repr(t), [int(f()) for f in (t.isalpha, t.isalnum, t.isdigit, t.isdecimal, t.isnumeric, t.isspace,
                                      t.islower, t.isupper, t.istitle, t.isidentifier, t.isprintable, t.isascii)])
