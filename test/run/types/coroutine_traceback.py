# RUN: %difftest %s
# tracebacks through awaits and async generators, chaining, and an uncaught error escaping send()
# exit: 1
import sys

def frames(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

class Tick:
    def __await__(self):
        yield "tick"

async def leaf(n):
    await Tick()
    if n == 0:
        raise ValueError("leaf failed")
    return n

async def middle():
    total = 0
    for i in (2, 1, 0):
        total += await leaf(i)
    return total

async def agen():
    yield 1
    await Tick()
    raise KeyError("agen failed")

async def consume():
    async for v in agen():
        pass

def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

for entry in (middle, consume):
    try:
        drive(entry())
    except Exception as e:
        print(type(e).__name__, e, frames(e.__traceback__))

async def handler():
    try:
        await leaf(0)
    except ValueError:
        raise TypeError("while handling")

try:
    drive(handler())
except TypeError as e:
    print(type(e.__context__).__name__, e.__context__)

async def thrower():
    await Tick()

t = thrower()
t.send(None)
try:
    t.throw(OSError("thrown in"))
except OSError as e:
    print(frames(e.__traceback__))

sys.stdout.flush()
drive(middle())
