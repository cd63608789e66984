# RUN: %difftest %s
# CPython's exact messages for bad calls
def f(a, b): pass
def g(a, b=1, *, c): pass
def h(a, /, b): pass
def k(*, only): pass
def m(x, y, z): pass
cases = ["f(1)", "f()", "f(1, 2, 3)", "f(1, b=2, a=3)", "f(1, 2, z=3)", "g(1)", "g(1, 2, 3)", "g(1, c=1, d=2)",
         "h(a=1, b=2)", "h(1, 2, 3)", "k(1)", "k()", "m(1)", "m()", "len()", "len(1, 2)", "f(1, 2, **{'a': 3})",
         "f(**{1: 2})", "f(*5)", "f(**5)", "(lambda: 0)(1)", "(lambda *, a: 0)()", "int(x=1)", "g(1, 2, 3, c=4)"]
for c in cases:
    try:
        eval(c)
    except TypeError as e:
        print(c, "->", e)
