# RUN: %difftest %s
# classmethod/staticmethod used as plain calls, and wrapping classmethod around property
class A:
    def f(cls): return cls.__name__
    f = classmethod(f)
    def g(x): return x * 2
    g = staticmethod(g)
print(A.f(), A().f(), A.g(3), A().g(4))
sm = staticmethod(len)
print(sm.__func__ is len, isinstance(sm, staticmethod))
cm = classmethod(len)
print(cm.__func__ is len)
