# RUN: %difftest %s
# a generator that returns a value: consumers stop quietly, next() and yield from see the value
def g():
    yield 1
    yield 2
    return "done"
print(list(g()), tuple(g()), set(g()), sum(g()), sorted(g(), reverse=True))
for x in g():
    print("for", x)
print([y * 2 for y in g()], dict(zip(g(), g())), list(map(str, g())), list(enumerate(g())))
a, b = g()
print(a, b, max(g()), min(g()), "-".join(map(str, g())), any(g()), 2 in g())
it = g()
print(next(it), next(it), next(it, "default"))
it = g()
next(it); next(it)
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value)
def outer():
    r = yield from g()
    print("yield from got", r)
print(list(outer()))
