# RUN: %difftest %s
# *args/**kwargs in definitions and calls
def show(*args, **kwargs):
    return args, kwargs
print(show(), show(1, 2), show(a=1), show(*[1, 2], *"ab", x=1, **{"y": 2}, z=3))
def pos(a, b, c): return (a, b, c)
print(pos(*[1, 2], 3), pos(1, *(2,), **{"c": 3}), pos(**{"a": 1, "b": 2, "c": 3}), pos(*range(3)))
args = (1,)
kw = {"b": 2, "c": 3}
print(pos(*args, **kw))
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
def mixed(a, b=2, *rest, c, d=4, **others):
    return a, b, rest, c, d, others
print(mixed(1, c=3), mixed(1, 2, 3, 4, c=5, e=6))
