# RUN: %difftest %s
# overriding a property in a subclass; property.getter/setter produce copies
class A:
    @property
    def v(self): return "A.v"
class B(A):
    @A.v.getter
    def v(self): return "B.v"
print(A().v, B().v, A.v is B.v)
class C(A):
    v = 5
print(C().v)
class D(A):
    @property
    def v(self): return "D>" + super().v
print(D().v)
