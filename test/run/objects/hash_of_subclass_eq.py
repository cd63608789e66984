# RUN: %difftest %s
# subclass defining __eq__ resets __hash__; parent keeps it
class P:
    pass
class C(P):
    def __eq__(self, o): return False
print(P.__hash__ is object.__hash__, C.__hash__)
class D(C):
    pass
print(D.__hash__)
class E(C):
    def __hash__(self): return 3
print(hash(E()))
