# RUN: %difftest %s
# import inside a function binds a local name
def f():
    import math
    return math.sqrt(16), "math" in locals()
print(f(), "math" in globals())
def g():
    from math import floor as fl
    return fl(2.5)
print(g())
