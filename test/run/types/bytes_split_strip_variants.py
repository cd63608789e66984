# RUN: %difftest %s
# bytes split/strip/join/translate variants
print(b"a b  c".split(), b"a,b,,c".split(b",", 2), b"a,b,,c".rsplit(b",", 1), b"xxaxx".strip(b"x"), b"  a ".lstrip(), b"abc".translate(None, b"b"))
print(bytes.maketrans(b"ab", b"xy")[97:99], b"abc".translate(bytes.maketrans(b"ab", b"xy")), b"".join([bytearray(b"a"), b"b"]), b"AbC".swapcase())
print(b"abc"[::-1], b"abc" * 2, b"a" < b"b", b"abc".rfind(b"c"), b"ab\tc".expandtabs(4), b"hello".capitalize(), b"x".ljust(3, b"-"))
try:
    b"abc".split(b"")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"a".join(["a"])
except TypeError as e:
    print(type(e).__name__, e)
