# RUN: %difftest %s
# a subclass without __slots__ gets a __dict__; with slots it does not
class A:
    __slots__ = ("a",)
class B(A):
    pass
class C(A):
    __slots__ = ("c",)
b = B()
b.a = 1
b.other = 2
print(b.a, b.other, b.__dict__)
c = C()
c.a, c.c = 3, 4
print(c.a, c.c, hasattr(c, "__dict__"))
try:
    c.other = 5
except AttributeError as e:
    print(type(e).__name__, e)
class D:
    __slots__ = ("x", "__dict__")
d = D()
d.x = 1
d.y = 2
print(d.x, d.__dict__)
