# RUN: %difftest %s
# default == falls back to identity; != derives from __eq__
class P:
    pass
a, b = P(), P()
print(a == a, a == b, a != b, a != a)
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        return isinstance(o, E) and self.v == o.v
print(E(1) == E(1), E(1) != E(1), E(1) != E(2), E(1) == 1)
try:
    P() < P()
except TypeError as e:
    print(type(e).__name__, e)
print([E(1), E(2)].index(E(2)), E(2) in [E(1), E(2)])
