# RUN: %difftest %s
# super() outside a method
def f():
    return super()
try:
    f()
except RuntimeError as e:
    print(type(e).__name__, e)
class A:
    def g():
        return super()
try:
    A.g()
except RuntimeError as e:
    print(type(e).__name__, e)
