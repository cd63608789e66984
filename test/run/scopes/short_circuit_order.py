# RUN: %difftest %s
# and/or short-circuit and evaluation order of operands and arguments
def v(label, val):
    print("eval", label)
    return val
print(v("a", 0) and v("b", 1))
print(v("a", 1) or v("b", 1))
print(v("a", 1) and v("b", 0) or v("c", "c"))
def f(*args): return args
print(f(v(1, 1), v(2, 2), k=v(3, 3)) if False else f(v(1, 1), v(2, 2)))
d = {v("k1", 1): v("v1", "a"), v("k2", 2): v("v2", "b")}
print(d)
print(v("left", 2) ** v("right", 3))
