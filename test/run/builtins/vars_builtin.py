# RUN: %difftest %s
# vars() of objects, classes, modules; errors
class A:
    cls = 1
    def __init__(self): self.x = 1
a = A()
print(vars(a), vars(a) is a.__dict__, "cls" in vars(A))
import math
print(vars(math) is math.__dict__, "pi" in vars(math))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
def f():
    y = 2
    return vars()
print(f())
