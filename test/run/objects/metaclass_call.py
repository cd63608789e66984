# RUN: %difftest %s
# metaclass __call__ controls instance creation
class Single(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in Single._inst:
            print("creating", cls.__name__, a)
            Single._inst[cls] = super().__call__(*a, **k)
        return Single._inst[cls]
class S(metaclass=Single):
    def __init__(self, v):
        self.v = v
x = S(1)
y = S(2)
print(x is y, x.v)
class Counted(type):
    def __call__(cls, *a):
        obj = super().__call__(*a)
        obj.made_by = "Counted"
        return obj
class T(metaclass=Counted):
    pass
print(T().made_by)
