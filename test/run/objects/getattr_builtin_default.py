# RUN: %difftest %s
# getattr/hasattr/setattr/delattr with computed names and errors
class A:
    x = 1
a = A()
print(getattr(a, "x"), getattr(a, "y", 2), hasattr(a, "x"), hasattr(a, "y"))
setattr(a, "with space", 3)
print(getattr(a, "with space"))
try:
    getattr(a, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(a, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
class Raising:
    @property
    def p(self): raise ValueError("not attribute error")
try:
    hasattr(Raising(), "p")
except ValueError as e:
    print(type(e).__name__, e)
