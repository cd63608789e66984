# RUN: %difftest %s
# yield from delegation: values, send, return value
def inner():
    got = yield "a"
    print("inner got", got)
    yield "b"
    return "inner-result"
def outer():
    r = yield from inner()
    print("result", r)
    yield from [1, 2]
    return "outer-done"
g = outer()
print(next(g), g.send("S"), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
def delegate_throw():
    try:
        yield from inner()
    except KeyError as e:
        yield "outer caught " + str(e)
d = delegate_throw()
next(d)
print(d.throw(KeyError("k")))
