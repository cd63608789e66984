# RUN: %difftest %s
# class attribute lookups see every later change: on the class, on a base, on deletion, on new bases' attributes
class A:
    def f(self):
        return "A.f"
class B(A):
    pass
b = B()
for _ in range(3):
    print(b.f(), getattr(b, "g", None))
A.f = lambda self: "new A.f"
print(b.f())
B.f = lambda self: "B.f"
print(b.f())
del B.f
print(b.f())
A.g = 5
print(b.g, B.g)
del A.g
print(hasattr(b, "g"), hasattr(B, "g"))
setattr(A, "__repr__", lambda self: "<an A>")
print(repr(b), str(b))
A.__len__ = lambda self: 7
print(len(b))
class Meta(type):
    pass
class C(metaclass=Meta):
    x = 1
print(C.x)
Meta.x = 2
print(C.x)
del C.x
print(C.x)
