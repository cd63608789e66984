# RUN: %difftest %s
# object.__init__/__new__ argument errors
class A: pass
try:
    A(1)
except TypeError as e:
    print(type(e).__name__, e)
class B:
    def __init__(self): pass
try:
    B(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
class C:
    def __new__(cls, *a): return super().__new__(cls)
try:
    C(1)
    print("C ok")
except TypeError as e:
    print(type(e).__name__, e)
