# RUN: %difftest %s
# async functions create coroutines that can be driven with send()
class Awaitable:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield ("suspend", self.v)
        return got * 2
async def inner(x):
    r = await Awaitable(x)
    return r + 1
async def outer():
    a = await inner(1)
    b = await inner(10)
    return [a, b]
c = outer()
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.send(None))
print(c.send(5))
try:
    c.send(7)
except StopIteration as e:
    print("result", e.value)
c2 = outer()
c2.close()
try:
    c2.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
