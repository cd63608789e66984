# RUN: %difftest %s
# class and instance attributes: lookup, shadowing, deletion
class A:
    x = 1
    def __init__(self, y):
        self.y = y
a = A(2)
print(a.x, a.y, A.x)
a.x = 10
print(a.x, A.x)
del a.x
print(a.x)
A.x = 5
print(a.x, A(0).x)
print(sorted(k for k in a.__dict__))
print(type(a).__name__, A.__name__, A.__qualname__, A.__module__)
