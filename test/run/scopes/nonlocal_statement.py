# RUN: %difftest %s
# nonlocal rebinding across several levels
def outer():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a += 10
            return a
        return inner()
    r = mid()
    return r, a
print(outer())
def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
c1, c2 = counter(), counter()
print(c1(), c1(), c1(), c2())
def shadow():
    x = "outer"
    def inner():
        x = "inner-local"
        def deepest():
            nonlocal x
            x = "changed"
        deepest()
        return x
    return inner(), x
print(shadow())
