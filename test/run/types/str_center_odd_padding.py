# RUN: %difftest %s
# center(): where the odd extra fill character goes depends on the parity of the string length
for s in ["a", "ab", "abc", "abcd"]:
    for w in [4, 5, 6, 7]:
        print(repr(s.center(w, "*")), end=" ")
    print()
print(repr(format("ab", "^5")), repr(format("abc", "^6")), repr(f"{'a':*^4}"))
