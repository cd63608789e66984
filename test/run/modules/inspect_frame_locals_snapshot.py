# RUN: %difftest %s
# f_locals of a running function is a snapshot in 3.11; changes do not write back
import inspect
def f():
    x = 1
    fr = inspect.currentframe()
    fr.f_locals["x"] = 99
    print(x, fr.f_locals["x"])
    y = 2
    print(sorted(fr.f_locals))
f()
def gen():
    a = 1
    yield inspect.currentframe()
    a = 2
    yield
g = gen()
frame = next(g)
print(frame.f_locals)
next(g)
print(frame.f_locals)
