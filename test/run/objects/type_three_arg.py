# RUN: %difftest %s
# type(name, bases, dict) creates classes
def init(self, v):
    self.v = v
A = type("A", (), {"x": 1, "__init__": init, "show": lambda self: self.v * 2})
a = A(4)
print(A.__name__, A.x, a.show(), type(a).__name__, A.__bases__)
B = type("B", (A,), {})
print([c.__name__ for c in B.__mro__], B(1).show())
print(type(5) is int, type(type) is type)
try:
    type("C", 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("C", (), {}, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
