# RUN: %difftest %s
# Instance dicts made together with their objects: identity, growth past the first table,
# replacement of __dict__, deletion, vars(), __getstate__, copy, __class__ assignment, a dict
# that outlives its object, __slots__ with __dict__, subclasses of built-ins, and small dicts.
import copy
import gc


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
d = p.__dict__
print(d is p.__dict__, d is vars(p), d)
for i in range(12):
    setattr(p, "a%d" % i, i)
print(len(p.__dict__), p.a11, p.x, d is p.__dict__)
del p.x
print(hasattr(p, "x"), list(p.__dict__)[:3])
p.__dict__ = {"z": 9}
print(p.z, d is p.__dict__, len(d))
q = P(3, 4)
print(q.__getstate__(), P.__new__(P).__getstate__())
r = copy.copy(q)
print(r.__dict__, r.__dict__ is q.__dict__)
s = copy.deepcopy(q)
print(s.__dict__ == q.__dict__)


class Q:
    pass


q.__class__ = Q
print(type(q).__name__, q.x, q.y)

orphans = [P(i, -i).__dict__ for i in range(2000)]
junk = [[i] * 10 for i in range(20000)]
del junk
gc.collect()
print(sum(o["x"] for o in orphans), orphans[1999])


class S:
    __slots__ = ("a", "__dict__")

    def __init__(self):
        self.a = 1
        self.b = 2


s = S()
print(s.a, s.__dict__)


class L(list):
    pass


lst = L([1, 2])
lst.tag = "t"
print(lst, lst.__dict__)

empty = P.__new__(P)
print(empty.__dict__, len(vars(empty)))
empty.k = 1
print(empty.__dict__)
small = {}
small["a"] = 1
small.update(b=2, c=3, d=4, e=5, f=6)
print(small, dict(x=1), {i: i for i in range(3)})
small.clear()
small[1] = 2
print(small)
