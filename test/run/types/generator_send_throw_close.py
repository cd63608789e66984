# RUN: %difftest %s
# generator send, throw, close
def gen():
    print("start")
    try:
        x = yield 1
        print("got", x)
        y = yield x * 2
        print("got", y)
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    finally:
        print("cleanup")
g = gen()
print(next(g))
print(g.send(10))
print(g.throw(ValueError("bad")))
g.close()
print("closed")
g2 = gen()
try:
    g2.send(5)
except TypeError as e:
    print(type(e).__name__, e)
print(next(g2))
g2.close()
try:
    next(g2)
except StopIteration:
    print("exhausted after close")
