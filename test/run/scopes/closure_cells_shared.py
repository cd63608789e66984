# RUN: %difftest %s
# closures sharing one cell; __closure__ contents
def pair():
    v = []
    def add(x):
        v.append(x)
    def get():
        return v
    return add, get
add, get = pair()
add(1); add(2)
print(get(), add.__closure__[0] is get.__closure__[0], add.__closure__[0].cell_contents)
def none():
    return 1
print(none.__closure__)
def multi(a, b):
    def f():
        return a, b
    return f
f = multi(1, "two")
print(f.__code__.co_freevars, [c.cell_contents for c in f.__closure__])
