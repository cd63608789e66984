# RUN: %difftest %s
# repr() of builtin values
print(repr(1), repr(1.0), repr("a'b"), repr(b"x"), repr([1, "a"]), repr((1,)), repr({1: "a"}), repr({1}), repr(None), repr(...), repr(range(2)), repr(slice(1, 2)))
print(repr(frozenset()), repr(bytearray(b"a")), repr(2j), repr(-0.0), repr(float("nan")), repr(True), repr(NotImplemented), repr(int))
