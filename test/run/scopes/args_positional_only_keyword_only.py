# RUN: %difftest %s
# positional-only and keyword-only parameters
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
def g(a, /, **kw):
    return a, kw
print(g(1, a=2))
for c in ["f(1, b=2, c=3, d=4)", "f(1, 2, 3, 4)", "f(a=1, b=2, c=3, d=4)"]:
    try:
        eval(c)
    except TypeError as e:
        print(c, "->", e)
