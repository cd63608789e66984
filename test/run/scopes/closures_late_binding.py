# RUN: %difftest %s
# closures bind variables, not values (late binding)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs2 = [lambda i=i: i for i in range(3)]
print([f() for f in fs2])
def make():
    out = []
    for j in range(3):
        def g():
            return j
        out.append(g)
    j = 99
    return out
print([g() for g in make()])
def adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders()])
