# RUN: %difftest %s
# __len__ returning bad values
class L:
    def __init__(self, v): self.v = v
    def __len__(self): return self.v
for v in [-1, 1.5, "3", 2**70, True]:
    try:
        print(len(L(v)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    bool(L(-1))
except ValueError as e:
    print(type(e).__name__, e)
