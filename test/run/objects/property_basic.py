# RUN: %difftest %s
# property getter, setter, deleter
class C:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        print("get")
        return self._x
    @x.setter
    def x(self, v):
        print("set", v)
        self._x = v
    @x.deleter
    def x(self):
        print("del")
        del self._x
c = C()
c.x = 4
print(c.x)
del c.x
print(hasattr(c, "_x"))
print(type(C.x).__name__, C.x.fget.__name__)
