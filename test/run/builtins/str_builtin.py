# RUN: %difftest %s
# str() and repr() differences
class A:
    def __str__(self): return "str-A"
    def __repr__(self): return "repr-A"
print(str(A()), repr(A()), str([A()]), f"{A()}", f"{A()!r}", "%s|%r" % (A(), A()))
print(str("x"), str(b"x"), str(1e20), str(1e-20), str(12345678901234567890.0))
