# RUN: %difftest %s
# a subclass's reflected method is tried before the base's forward method
class A:
    def __add__(self, o):
        return "A.__add__"
    def __radd__(self, o):
        return "A.__radd__"
class B(A):
    def __radd__(self, o):
        return "B.__radd__"
class C(A):
    pass
print(A() + B())
print(B() + A())
print(A() + C())
class I(int):
    def __radd__(self, o):
        return "I.__radd__"
    def __rsub__(self, o):
        return NotImplemented
print(1 + I(2))
print(1 - I(2))
