# RUN: %difftest %s
# __lt__ only: sorted works; > uses reflected __lt__; <= fails
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "V%d" % self.v
vs = [V(3), V(1), V(2)]
print(sorted(vs), max(vs), min(vs))
print(V(1) > V(0))
try:
    V(1) <= V(2)
except TypeError as e:
    print(type(e).__name__, e)
