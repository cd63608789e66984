# RUN: %difftest %s
# setattr/delattr/getattr builtins on classes and instances
class A: pass
a = A()
setattr(a, "x", 1)
setattr(A, "y", 2)
print(a.x, a.y, vars(a))
delattr(a, "x")
delattr(A, "y")
print(vars(a), hasattr(A, "y"))
try:
    delattr(a, "x")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(a, 1, 1)
except TypeError as e:
    print(type(e).__name__, e)
