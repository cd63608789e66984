# RUN: %difftest %s
# close() runs finally blocks; yielding in finally during close is an error
def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")
it = g()
next(it)
it.close()
it.close()
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("exit swallowed by return")
        return
w = swallow()
next(w)
print(w.close())
