# RUN: %difftest %s
# __build_class__ builtin creates classes from a body function
# (a plain function's locals are fast locals, so they do not land in the namespace)
def body():
    x = 1
B = __build_class__(body, "B")
print(B.__name__, B.__qualname__, hasattr(B, "x"), type(B).__name__)
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print("Meta", name, kw, sorted(ns))
        return super().__new__(m, name, bases, ns)
M = __build_class__(body, "M", metaclass=Meta, flag=1)
print(type(M).__name__)
class Base: pass
def body2():
    y = 2
C = __build_class__(body2, "C", Base)
print(C.__bases__[0].__name__, hasattr(C, 'y'))
try:
    __build_class__(5, "D")
except TypeError as e:
    print(type(e).__name__, e)
