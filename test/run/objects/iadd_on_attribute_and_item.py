# RUN: %difftest %s
# in-place operators on attributes and items call get then set
class Obj:
    def __init__(self): self.__dict__["v"] = 1
    def __getattr__(self, k): raise AttributeError(k)
    def __setattr__(self, k, val):
        print("setattr", k, val)
        self.__dict__[k] = val
o = Obj()
o.v += 5
print(o.v)
class Box:
    def __init__(self): self.d = {"k": [1]}
    def __getitem__(self, k):
        print("getitem", k)
        return self.d[k]
    def __setitem__(self, k, v):
        print("setitem", k, v)
        self.d[k] = v
b = Box()
b["k"] += [2]
print(b.d)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
