# RUN: %difftest %s
# expandtabs, maketrans, translate
print(repr("a\tbc\td".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t\n\tx".expandtabs(2)), repr("a\tb".expandtabs(0)))
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()))
print("abcdd".translate(t), "hello".translate({ord("l"): None, ord("h"): "J"}), "abc".translate({97: 98}))
print(sorted(str.maketrans({"a": "1", "b": None}).items()))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print(type(e).__name__, e)
