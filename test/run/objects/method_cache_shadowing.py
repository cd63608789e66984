# RUN: %difftest %s
# obj.m() through the method cache: subclasses overriding, an instance attribute shadowing the
# method and its deletion, a patched class, tuple subclasses, __slots__, many attributes.
class A:
    def f(self): return "A.f"
    def g(self): return "A.g"
class B(A):
    def f(self): return "B.f"
def call(o):
    return o.f()
a = A(); b = B()
print(call(a), call(b), call(a))
a.f = lambda: "inst"
print(call(a), call(A()))
del a.f
print(call(a))
A.f = lambda self: "patched"
print(call(a), call(b))
class T(tuple):
    def f(self): return "T.f"
print(call(T((1,))))
class S:
    __slots__ = ()
    def f(self): return "S.f"
print(call(S()))
o = A()
o.__dict__["f"] = lambda: "via dict"
print(call(o))
for i in range(70):
    setattr(o, "x%d" % i, i)
print(call(o), call(A()))
print([call(x) for x in (A(), B(), S(), A())])
