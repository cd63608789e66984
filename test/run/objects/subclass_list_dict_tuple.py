# RUN: %difftest %s
# subclasses of list, dict, tuple
class L(list):
    def append(self, x):
        super().append(x * 2)
l = L([1, 2])
l.append(3)
print(l, type(l).__name__, type(l[:]).__name__, l + [1])
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, str(v))
d = D(a=1)
d["b"] = 2
print(d, type(d).__name__)
class T(tuple):
    def first(self): return self[0]
t = T((4, 5))
print(t, t.first(), len(t), type(t + (6,)).__name__)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    def __repr__(self): return "Point(%d, %d)" % self
print(Point(1, 2), Point(1, 2) == (1, 2))
