# RUN: %difftest %s
# type attributes: __name__, __qualname__, __module__, __bases__, __mro__, __subclasses__
class A: pass
class B(A): pass
class C(A): pass
print([k.__name__ for k in A.__subclasses__()], int.__module__, A.__module__, bool.__base__.__name__)
print(type.__name__, type(A).__name__, type(type(A)).__name__, A.__class__.__name__)
print(int.__mro__, dict.__bases__, type(int.__dict__).__name__, "upper" in str.__dict__)
print(isinstance(A.__dict__, dict), callable(A), A.__init__ is object.__init__, B.__new__ is object.__new__)
