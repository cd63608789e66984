# RUN: %difftest %s
# classmethod wrapping: called on class and via instance, __func__/__self__
class A:
    @classmethod
    def c(cls): return cls.__name__
m = A.c
print(m(), m.__self__ is A, m.__func__.__name__)
class B(A): pass
print(B().c(), B.c.__self__ is B)
