# RUN: %difftest %s
# bound methods: __self__, __func__, calling through them
class A:
    def m(self, x): return (self.v, x)
a = A()
a.v = 7
bm = a.m
print(bm.__self__ is a, bm.__func__ is A.m, bm(1), bm.__func__(a, 2), bm.__name__, bm.__qualname__)
bl = [].append
print(type(bl).__name__, bl.__name__, bl.__self__)
print((5).__add__(3), int.__add__(5, 3), "x".upper.__self__)
