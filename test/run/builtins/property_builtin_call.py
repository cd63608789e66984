# RUN: %difftest %s
# property() called directly
class A:
    def __init__(self): self._v = 1
    def getv(self): return self._v
    def setv(self, v): self._v = v
    def delv(self): print("deleting")
    v = property(getv, setv, delv, "the v")
a = A()
a.v = 5
print(a.v, A.v.__doc__, A.v.fget is A.getv)
del a.v
p = property()
class B:
    x = p
try:
    B().x
except AttributeError as e:
    print(type(e).__name__, e)
