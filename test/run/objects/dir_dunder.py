# RUN: %difftest %s
# __dir__ customises dir(); dir() result is sorted
class A:
    def __dir__(self): return ["zeta", "alpha", "mid"]
print(dir(A()))
class B:
    b = 1
    def m(self): pass
x = B()
x.inst = 2
print([n for n in dir(x) if not n.startswith("__")])
print([n for n in dir(B) if not n.startswith("__")])
