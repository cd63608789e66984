# RUN: %difftest %s
# generator attributes: __name__, __qualname__, gi_code, gi_running, gi_yieldfrom, gi_suspended
def outer():
    def inner():
        yield 1
        yield 2
    return inner()
g = outer()
print(g.__name__, g.__qualname__, g.gi_code.co_name, g.gi_running, g.gi_yieldfrom, g.gi_suspended)
next(g)
print(g.gi_suspended, g.gi_frame.f_lineno)
def delegating():
    yield from g
d = delegating()
next(d)
print(d.gi_yieldfrom is g)
g.__name__ = "renamed"
print(g.__name__, repr(g)[:27])
