# RUN: %difftest %s
# super() misuses
class A:
    def f(self): return "A"
try:
    super(int, "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(5)
except TypeError as e:
    print(type(e).__name__, e)
class B(A):
    def f(self):
        return super().g()
try:
    B().f()
except AttributeError as e:
    print(type(e).__name__, e)
print(super(B, B()).f(), super(A, A()).__repr__.__name__)
