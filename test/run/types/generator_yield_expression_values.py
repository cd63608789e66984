# RUN: %difftest %s
# yield as an expression: values of yield in various contexts
def g():
    a = yield
    b = [(yield), (yield)]
    c = (yield 'v') + 1
    print("got", a, b, c)
    yield "end"
it = g()
print(next(it), it.send("A"), it.send("B1"), it.send("B2"), it.send(41))
def echo():
    val = None
    while True:
        val = yield val
e = echo()
next(e)
print(e.send(1), e.send("x"), next(e))
