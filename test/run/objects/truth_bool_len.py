# RUN: %difftest %s
# truth testing uses __bool__, then __len__, else true
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class N: pass
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(N()))
print("yes" if L(0) else "no", not L(2))
class Bad:
    def __bool__(self): return 1
try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(Both()))
