# RUN: %difftest %s
# __prepare__ returns the namespace used for the class body
class Recording(dict):
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            print("assign", k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        print("ns type", type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))
class A(metaclass=Meta, opt=1):
    x = 1
    y = 2
    x = 3
print(A.x, A.y)
