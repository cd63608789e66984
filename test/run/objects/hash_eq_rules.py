# RUN: %difftest %s
# defining __eq__ without __hash__ makes instances unhashable
class A:
    def __eq__(self, o): return True
print(A.__hash__)
try:
    hash(A())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {A(): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {A()}
except TypeError as e:
    print(type(e).__name__, e)
class B:
    def __eq__(self, o): return isinstance(o, B)
    def __hash__(self): return 42
print(hash(B()), len({B(), B()}))
class C:
    __hash__ = None
try:
    hash(C())
except TypeError as e:
    print(type(e).__name__, e)
class D(A):
    __hash__ = object.__hash__
print(type(hash(D())).__name__)
