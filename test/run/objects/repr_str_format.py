# RUN: %difftest %s
# __repr__, __str__, __format__ and their defaults
class A:
    def __repr__(self): return "A()"
class B:
    def __str__(self): return "B-str"
    def __repr__(self): return "B-repr"
class C:
    def __format__(self, spec): return "C[" + spec + "]"
    def __repr__(self): return "C()"
print(A(), str(A()), repr(A()), [A()])
print(B(), str(B()), repr(B()), [B()], "%s %r" % (B(), B()))
print(format(C(), "xyz"), f"{C():>5}", "{:abc}".format(C()), f"{C()!r}")
try:
    format(A(), "d")
except TypeError as e:
    print(type(e).__name__, e)
print(format(A(), ""))
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
