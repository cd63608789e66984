# RUN: %difftest %s
# bound methods: equality compares self and function
class A:
    def f(self): pass
    def __eq__(self, o): return True
    __hash__ = object.__hash__
a, b = A(), A()
print(a.f == a.f, a.f == b.f, A.f == A.f)
print(type(a.f).__name__, type(A.f).__name__)
print(a.f.__qualname__, A.f.__qualname__)
