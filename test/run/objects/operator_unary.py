# RUN: %difftest %s
# unary dunders
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
u = U()
print(-u, +u, ~u, abs(u))
print(-True, +False, ~True, ~5, -(-3))
for expr in ["-'a'", "~1.5", "+[]", "abs('x')", "~None"]:
    try:
        eval(expr)
    except TypeError as e:
        print(type(e).__name__, e)
