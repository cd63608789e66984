# RUN: %difftest %s
# dir() of a class, an instance, a module-like object, and without args in a function
class Base:
    base_attr = 1
class Thing(Base):
    cls_attr = 2
    def method(self): pass
t = Thing()
t.inst = 3
print([n for n in dir(Thing) if not n.startswith("_")])
print([n for n in dir(t) if not n.startswith("_")])
def f(a, b=1):
    c = 3
    return dir()
print(f(0))
print(dir(5) == dir(int), "__add__" in dir(1), "append" in dir([]))
print([n for n in dir(object)])
