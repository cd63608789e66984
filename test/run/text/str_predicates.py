# RUN: %difftest %s
# is* predicates on ASCII and Unicode text
samples = ["", "abc", "ABC", "Abc", "abc1", "123", "١٢٣", "½", "²", "Ⅻ", "一二三", " \t\n", "\x1c\x1d\x1e\x1f", "\u2028", "\xa0", "\u3000", "Hello World", "Hello world", "ǅ", "ǅa", "Aǅ", "HELLO 1", "hello 1", "a_b", "_x", "1x", "x1", "ǅx", "é", "\u0301", "A\u0301", "\x00", "\x7f", "é\u200b", "٣", "𝟘", "ⓐ", "ªº", "ʰ", "ᾼ", "ᾳ", "\U0001F600", "a b", "abc\n"]
for s in samples:
    print(repr(s), s.isalnum(), s.isalpha(), s.isascii(), s.isdecimal(), s.isdigit(), s.isidentifier(), s.islower(), s.isnumeric(), s.isprintable(), s.isspace(), s.istitle(), s.isupper())
