# RUN: %difftest %s
# async generators: asend/athrow/aclose awaitables, ag_running, reuse and ignored-exit errors
def step(aw, value=None):
    """Drives one awaitable to completion; returns ('yield', v) for an async
    yield (StopIteration) or the exception it raised."""
    try:
        r = aw.send(value)
        return ("suspended", r)
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return ("raised", type(e).__name__, str(e))

class Tick:
    def __await__(self):
        got = yield "tick"
        return got

log = []

async def agen():
    try:
        log.append("start")
        x = yield 1
        log.append(("sent", x))
        try:
            yield 2
        except ValueError as e:
            log.append(("caught", str(e)))
            yield "recovered"
        t = await Tick()
        log.append(("tick", t))
        yield 3
    finally:
        log.append("finally")

g = agen()
print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running, g.ag_await, g.ag_frame is not None)
print(step(g.__anext__()))
print(step(g.asend("hello")))
print(step(g.athrow(ValueError, ValueError("bad"))))
aw = g.__anext__()
print(step(aw))          # suspended at await Tick()
print("running", g.ag_running, type(g.ag_await).__name__)
print(step(aw, "t!"))   # resumes, reaches yield 3
print(step(aw))          # reused after finishing
print(step(g.aclose()))
print(step(g.__anext__()))
print(step(g.athrow(KeyError)))
print("log", log)

async def counter():
    for i in range(3):
        yield i

c = counter()
print(step(c.__anext__()), step(c.__anext__()), step(c.__anext__()), step(c.__anext__()))
print(step(c.__anext__()))
print(step(c.aclose()))

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "won't stop"

s = stubborn()
print(step(s.__anext__()))
print(step(s.aclose()))

async def uncaught():
    yield 1
    yield 2

u = uncaught()
print(step(u.__anext__()))
print(step(u.athrow(IndexError("out"))))
print(step(u.__anext__()))

async def raises_stop_async():
    yield 1
    raise StopAsyncIteration("inner")

r = raises_stop_async()
print(step(r.__anext__()))
print(step(r.__anext__()))

async def raises_stop():
    yield 1
    raise StopIteration("inner")

r = raises_stop()
print(step(r.__anext__()))
print(step(r.__anext__()))

fresh = counter()
print(step(fresh.asend(5)))
fresh2 = counter()
print(step(fresh2.aclose()))
print(step(fresh2.__anext__()))

async def finally_await():
    try:
        yield 1
    finally:
        v = await Tick()
        log.append(("cleanup awaited", v))

log.clear()
fa = finally_await()
print(step(fa.__anext__()))
cl = fa.aclose()
print(step(cl))
print(step(cl, "ok"))
print(step(cl))
print("log", log)

async def collect(ag):
    out = []
    async for v in ag:
        out.append(v)
    return out

print(step(collect(counter())))
ag = counter()
a1 = ag.__anext__()
print(step(a1))
print(step(ag.__anext__()))
a2 = ag.__anext__()
a2.close()
print(step(a2))
print(step(ag.athrow(ValueError, "x", None)))
print(step(ag.athrow(5)))
bad = counter()
print(step(bad.__anext__()))
print(step(bad.athrow(5)))
print(step(bad.athrow()))
print(step(bad.athrow(ValueError, 1, 2)))
def thrown(aw, exc):
    try:
        return ("returned", aw.throw(exc))
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return ("raised", type(e).__name__, str(e))

other = counter()
print(step(other.__anext__()))
print(thrown(other.asend(None), KeyError("via asend.throw")))
print(step(other.__anext__()))
print(thrown(counter().aclose(), ValueError("via athrow.throw")))
print(repr(bad)[:30], repr(bad.__anext__())[:29], repr(bad.aclose())[:30])
