# RUN: %difftest %s
# attribute lookup walks the MRO; instance attrs shadow non-data attrs
class A:
    x = "A.x"
    def m(self): return "A.m"
class B(A):
    pass
class C(A):
    x = "C.x"
    def m(self): return "C.m"
class D(B, C):
    pass
d = D()
print(d.x, d.m(), D.m is C.m)
d.m = lambda: "inst"
print(d.m())
print(hasattr(D, "x"), getattr(D, "nope", None))
