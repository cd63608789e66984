# RUN: %difftest %s
# function attributes: __name__, __qualname__, __defaults__, __kwdefaults__, __doc__, __dict__, __module__
def f(a, b=2, *args, c, d=4, **kw):
    "doc of f"
    return a
print(f.__name__, f.__qualname__, f.__defaults__, f.__kwdefaults__, f.__doc__, f.__module__, f.__dict__)
f.custom = 1
print(f.__dict__, f.custom)
f.__defaults__ = (20,)
print(f(1, c=3))
def g(): pass
print(g.__defaults__, g.__kwdefaults__, g.__doc__, g.__closure__, g.__annotations__)
def h(x: int, y: "str" = "a") -> bool: pass
print(h.__annotations__)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
try:
    f.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print(type(f).__name__, type(lambda: 0).__name__, (lambda: 0).__name__)
