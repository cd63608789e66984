# RUN: %difftest %s
# str.join over lists, tuples, their subclasses (an overridden __iter__ is
# used, as CPython's PySequence_Fast does), iterators, mixed kinds, errors.
class L(list):
    def __iter__(self):
        return iter(["over", "ridden"])

class T(tuple):
    def __iter__(self):
        return iter(("t", "u"))

print("-".join(["a", "b", "c"]), "-".join(("x",)), "-".join([]), ",".join(L(["a", "b"])))
print("+".join(T(("p", "q"))), "".join(c for c in "abc"), "|".join(iter(["é", "€", "𝄞", "a"])))
print("\u1234".join(["a", "b"]), repr("".join(["", ""])))
s = "only"
print("-".join([s]) is s, "-".join((s,)) is s)
for bad in (["a", 1], 5, ("x", None)):
    try:
        ",".join(bad)
    except TypeError as e:
        print(e)
