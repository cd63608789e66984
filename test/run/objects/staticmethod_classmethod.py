# RUN: %difftest %s
# staticmethod and classmethod through class and instance, and subclass
class A:
    @staticmethod
    def s(x):
        return ("s", x)
    @classmethod
    def c(cls, x):
        return (cls.__name__, x)
class B(A): pass
print(A.s(1), A().s(2), B.s(3))
print(A.c(1), A().c(2), B.c(3), B().c(4))
sm = A.__dict__["s"]
cm = A.__dict__["c"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(9), cm.__func__(B, 9))
print(callable(sm))
