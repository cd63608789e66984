# RUN: %difftest %s
# super() inside classmethods and staticmethod-free contexts
class A:
    @classmethod
    def make(cls):
        return "A.make(%s)" % cls.__name__
class B(A):
    @classmethod
    def make(cls):
        return "B>" + super().make()
class C(B): pass
print(B.make(), C.make())
class D(A):
    def __new__(cls, *a):
        print("D.__new__", cls.__name__, a)
        return super().__new__(cls)
    def __init__(self, x):
        print("init", x)
D(5)
