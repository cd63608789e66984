# RUN: %difftest %s
# every binary operator dunder
class V:
    def __init__(self, n): self.n = n
    def __repr__(self): return "V(%r)" % (self.n,)
for op in ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "matmul",
           "lshift", "rshift", "and", "or", "xor", "divmod"]:
    def make(op):
        return lambda self, other: "%s(%r,%r)" % (op, self.n, other)
    setattr(V, "__%s__" % op, make(op))
v = V(1)
print(v + 2, v - 2, v * 2, v / 2, v // 2, v % 2, v ** 2, v @ 2)
print(v << 2, v >> 2, v & 2, v | 2, v ^ 2, divmod(v, 2), pow(v, 2))
