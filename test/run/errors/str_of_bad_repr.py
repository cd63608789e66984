# RUN: %difftest %s
# exit: 1
# str() of an object whose __repr__ returns a non-str reports "__str__ returned non-string"; object.__str__ does not check
class R:
    def __repr__(self):
        return 42


class S:
    def __str__(self):
        return b"x"


for f in (lambda: str(R()), lambda: repr(R()), lambda: f"{R()}", lambda: "%s" % R(), lambda: format(R()),
          lambda: [R()].__repr__(), lambda: "{}".format(R()), lambda: "%r" % R(), lambda: str(S()),
          lambda: f"{S()!r:>3}"[:10]):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print(R().__str__(), object.__str__(R()), S().__repr__()[:10])
print(R())
