# RUN: %difftest %s
# return inside generator with try/finally and yield in except
def g():
    try:
        yield "a"
        return "ret"
    finally:
        print("finally before StopIteration")
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value", e.value)
def h():
    x = yield
    while True:
        x = yield x * 2
gen = h()
next(gen)
print([gen.send(i) for i in range(4)])
