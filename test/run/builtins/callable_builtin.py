# RUN: %difftest %s
# callable() on many kinds of objects
class A:
    def m(self): pass
class C:
    def __call__(self): pass
print([callable(x) for x in [len, print, A, A(), A.m, A().m, C(), lambda: 0, 5, "s", None, type, int.__add__, (1).__add__]])
