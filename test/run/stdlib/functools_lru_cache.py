# RUN: %difftest %s
# functools.lru_cache/cache: hits/misses, bounded eviction order, typed, kwargs, recursion, methods, errors
from functools import lru_cache, cache
calls = []
@lru_cache(maxsize=3)
def sq(x):
    calls.append(x)
    return x * x
for v in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    sq(v)
print(calls, sq.cache_info())
print(sq.cache_parameters(), sq.__name__, sq.__wrapped__(7))
sq.cache_clear(); print(sq.cache_info())
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def kw(a, b=0, *, c=1):
    return a + b + c
print(kw(1), kw(1, 0), kw(1, b=0), kw(1, c=1), kw(a=1), kw.cache_info())
@lru_cache(typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())
@lru_cache(maxsize=0)
def z(x):
    return x
z(1); z(1); print(z.cache_info())
@lru_cache(maxsize=-5)
def neg(x):
    return x
neg(1); print(neg.cache_info())
@lru_cache
def bare(x):
    return x
bare(1); bare(1); print(bare.cache_info())
class C:
    @lru_cache(maxsize=None)
    def m(self, x):
        return (id(self) == id(self), x)
c = C()
print(c.m(1), c.m(1), C.m.cache_info())
try:
    sq([1])
except TypeError as e:
    print(e)
try:
    lru_cache('x')
except TypeError as e:
    print(e)
print(type(sq.cache_info()).__name__, sq.cache_info()._fields)
