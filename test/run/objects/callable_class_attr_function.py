# RUN: %difftest %s
# functions stored as class attributes bind; callables that are not functions do not
class CallableObj:
    def __call__(self, *a): return ("called with", len(a))
class A:
    f = CallableObj()
    g = len
    h = staticmethod(lambda: "static")
a = A()
print(a.f(), a.g("abc"), a.h())
