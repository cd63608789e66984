# RUN: %difftest %s
# more string methods: isX on empty, index with negative start, str.count overlap
print("Hello".ljust(3), "a".join("xyz"), "abc".upper().lower(), "tEsT".swapcase(), "   ".isspace(), "".isspace())
print("a-b_c d".title(), "x".center(0), "ab".rjust(-1), "Mississippi".count("ss"), "Mississippi".replace("ss", "SS", 1))
print("A1b2".isalnum(), "a b".isalpha(), "ⅠⅡ".isnumeric(), "x" * 3 == "xxx", "%".join(["1", "2"]), "abc".casefold())
print("hello"[1:-1].upper(), "word".find("r", -2), " x ".strip(" x"), "aXbXc".split("X", -1), "abc".split(maxsplit=0))
