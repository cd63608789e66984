# RUN: %difftest %s
# New attributes stored through a site cache: several classes through one site, differing
# insertion orders, re-adding after del, many attributes (past the first table), a data
# descriptor or __setattr__ added to the class later, and instances whose dict was replaced.
class P:
    def __init__(self, a, b, flip=False):
        if flip:
            self.b = b
            self.a = a
        else:
            self.a = a
            self.b = b


class Q(P):
    pass


def make(cls, n, flip):
    return [cls(i, -i, flip) for i in range(n)]


objs = make(P, 5, False) + make(P, 5, True) + make(Q, 5, False) + make(Q, 3, True)
print([list(vars(o).items()) for o in objs[::4]])


def setall(o, names):
    for k in names:
        setattr(o, k, k.upper())
    return o


wide = [setall(P(1, 2), ["n%d" % i for i in range(30)]) for _ in range(3)]
print(len(vars(wide[0])), wide[2].n29, list(vars(wide[1]))[-3:])

p = P(1, 2)
del p.a
p.a = 5
print(vars(p))


class R:
    def __init__(self, v):
        self.v = v


rs = [R(i) for i in range(3)]
R.v = property(lambda self: "prop", lambda self, x: print("set via property", x))
r = R(9)
print(r.v, vars(r), rs[1].__dict__)
del R.v
R.__setattr__ = lambda self, k, x: object.__setattr__(self, k, x * 2)
print(R(4).v, vars(R(5)))
del R.__setattr__
s = R.__new__(R)
s.__dict__ = {"w": 1}
s.__init__(3)
print(vars(s), R(6).v)
