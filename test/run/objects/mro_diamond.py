# RUN: %difftest %s
# C3 linearisation of a diamond and a larger hierarchy
class O: pass
class A(O): pass
class B(O): pass
class C(A, B): pass
print([k.__name__ for k in C.__mro__])
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])
print([k.__name__ for k in M.mro()])
print(C.__bases__ == (A, B), C.__base__.__name__)
