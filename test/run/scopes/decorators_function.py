# RUN: %difftest %s
# function decorators, stacked, with arguments; evaluation order
def trace(label):
    print("making decorator", label)
    def deco(fn):
        print("decorating", fn.__name__, "with", label)
        def wrapper(*a, **k):
            return f"{label}({fn(*a, **k)})"
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco
@trace("outer")
@trace("inner")
def value(x):
    return x
print(value(3), value.__name__)
def counted(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@counted
def sq(x): return x * x
sq(2); sq(3)
print(sq.calls)
