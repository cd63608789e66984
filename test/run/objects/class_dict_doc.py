# RUN: %difftest %s
# class __dict__ contents, __doc__
class A:
    """Docstring of A."""
    x = 1
    def m(self): pass
print(A.__doc__)
print(sorted(k for k in A.__dict__ if not k.startswith("__")))
print("__module__" in A.__dict__, "__dict__" in A.__dict__, "__weakref__" in A.__dict__)
print(type(A.__dict__).__name__)
try:
    A.__dict__["y"] = 1
except TypeError as e:
    print(type(e).__name__, e)
class B: pass
print(B.__doc__)
