# RUN: %difftest %s
# metaclass __new__ and __init__ see name, bases, namespace
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.lower()
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
class A(metaclass=Meta):
    a = 1
    def m(self): pass
class B(A, flavor="x"):
    b = 2
print(A.tag, B.tag, type(B).__name__)
