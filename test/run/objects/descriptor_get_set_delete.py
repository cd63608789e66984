# RUN: %difftest %s
# __get__ with obj None, __set__, __delete__
class Desc:
    def __get__(self, obj, owner=None):
        if obj is None:
            return "class access " + owner.__name__
        return obj._v
    def __set__(self, obj, value):
        obj._v = value * 2
    def __delete__(self, obj):
        print("deleting")
        del obj._v
class A:
    v = Desc()
a = A()
a.v = 21
print(a.v)
print(A.v)
del a.v
try:
    a.v
except AttributeError as e:
    print(type(e).__name__, e)
