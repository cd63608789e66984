# RUN: %difftest %s
# deleting attributes: instance attribute shadows class attribute until deleted
class A:
    x = "class"
a = A()
a.x = "instance"
print(a.x)
del a.x
print(a.x)
try:
    del a.x
except AttributeError as e:
    print(type(e).__name__, e)
del A.x
try:
    a.x
except AttributeError as e:
    print(type(e).__name__, e)
