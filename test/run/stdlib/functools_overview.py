# RUN: %difftest %s
# functools overview: reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key, cached_property, singledispatch
import functools
from functools import partial, reduce, wraps, lru_cache, cache, total_ordering, cmp_to_key, cached_property, singledispatch
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 10))
try: reduce(lambda a, b: a, [])
except TypeError as e: print(e)
try: reduce(lambda a, b: a, 5)
except TypeError as e: print(e)
def f(a, b, c=3): return (a, b, c)
p = partial(f, 1, c=5)
print(p(2), p.args, p.keywords, p.func is f, repr(p).replace(hex(id(f)), 'X'))
p2 = partial(p, 7); print(p2.args, p2.func is f, p2())
print(repr(partial(max, 1, 2)))
@lru_cache(maxsize=2)
def sq(x):
    print('compute', x); return x * x
for v in [1, 2, 1, 3, 2, 1]: sq(v)
print(sq.cache_info(), sq.cache_parameters()); sq.cache_clear(); print(sq.cache_info())
@cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info(), fib.__name__, fib.__wrapped__.__name__)
@lru_cache
def g(x): return x
g(1); g(1); print(g.cache_info())
def deco(fn):
    @wraps(fn)
    def inner(*a): return fn(*a)
    return inner
@deco
def hello(x: int) -> str:
    "doc"
    return x
print(hello.__name__, hello.__doc__, hello.__annotations__, hello.__wrapped__.__name__, hello.__qualname__)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(2) >= V(2), V(3) > V(1), V(1) > V(3))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
class C:
    @cached_property
    def val(self):
        print('computing'); return 42
c = C(); print(c.val, c.val, c.__dict__)
@singledispatch
def show(x): return 'obj'
@show.register
def _(x: int): return 'int'
@show.register(list)
def _(x): return 'list'
print(show(1), show([]), show('s'), show(True), show.dispatch(bool).__name__)
try: total_ordering(type('E', (), {}))
except ValueError as e: print(e)
print(functools.WRAPPER_ASSIGNMENTS)
try: partial()
except TypeError as e: print(e)
try: partial(1)
except TypeError as e: print(e)
@lru_cache(maxsize=None, typed=True)
def t(x): return x
t(1); t(1.0); print(t.cache_info())
