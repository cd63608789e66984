# RUN: %difftest %s
# reprs of classes, builtin functions, methods descriptors, modules
import math, sys
class A:
    def m(self): pass
print(A, int, type, object, type(None), type(print), type(len), type(A.m), type(A().m))
print(len, print, math.sqrt, repr(sys), [].append.__class__)
print(int.__add__.__class__.__name__, str.upper.__class__.__name__, type(int.__dict__["real"]).__name__)
print(str.upper, int.__add__, dict.__dict__['fromkeys'])
