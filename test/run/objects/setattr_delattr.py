# RUN: %difftest %s
# __setattr__ and __delattr__ hooks
class A:
    def __setattr__(self, k, v):
        print("set", k, v)
        object.__setattr__(self, k, v * 10)
    def __delattr__(self, k):
        print("del", k)
        object.__delattr__(self, k)
a = A()
a.x = 1
print(a.x)
setattr(a, "y", 2)
print(a.__dict__)
del a.x
delattr(a, "y")
print(a.__dict__)
try:
    del a.q
except AttributeError as e:
    print(type(e).__name__, e)
