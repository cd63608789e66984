# RUN: %difftest %s
# super(type, obj) and super(type, type)
class A:
    def f(self):
        return "A.f"
    @classmethod
    def k(cls):
        return "A.k " + cls.__name__
class B(A):
    def f(self):
        return "B.f"
    @classmethod
    def k(cls):
        return "B.k"
class C(B):
    pass
c = C()
print(super(C, c).f(), super(B, c).f())
print(super(B, C).k(), super(C, C).k())
s = super(B, c)
print(type(s).__name__)
try:
    super(B, 5)
except TypeError as e:
    print(type(e).__name__, e)
