# RUN: %difftest %s
# functools.partial: calls, flattening, keyword override, repr, subclass, attributes; partialmethod
from functools import partial, partialmethod
def f(*args, **kw):
    return args, kw
p = partial(f, 1, 2, a=3)
print(p(), p(4, a=5, b=6))
q = partial(p, 9, b=1)
print(q.func is f, q.args, q.keywords, q())
print(repr(partial(max, 1)), repr(partial(len)), repr(partial(print, sep='-')))
class P(partial):
    pass
print(repr(P(max, 2)), P(max, 2)(5), type(P(max, 1)).__name__)
p.attr = 'x'
r = partial(p, 0)
print(r.func is p, r.args)
print(partial(int, base=2)('101'), list(map(partial(pow, 2), range(5))))
try:
    p.func = None
except AttributeError:
    print('func is read-only')
try:
    partial()
except TypeError as e:
    print(e)
try:
    partial(None)
except TypeError as e:
    print(e)
print(callable(p), partial(f)() == ((), {}))
class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell()
c.set_alive(); print(c.alive)
c.set_dead(); print(c.alive)
