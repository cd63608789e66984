# RUN: %difftest %s
# throw()/close() delegated through nested awaits and async generators; exception context and exc_info
import sys

class Tick:
    def __init__(self, tag="t"):
        self.tag = tag
    def __await__(self):
        try:
            v = yield self.tag
        except GeneratorExit:
            print("Tick got GeneratorExit", self.tag)
            raise
        except Exception as e:
            print("Tick got", type(e).__name__, e)
            raise
        return v

async def lvl2():
    try:
        return await Tick("deep")
    except ValueError as e:
        return "lvl2 caught " + str(e)

async def lvl1():
    r = await lvl2()
    return "lvl1:" + r

c = lvl1()
print(c.send(None), c.cr_await.__qualname__, type(c.cr_await.cr_await).__name__)
try:
    c.throw(ValueError("boom"))
except StopIteration as e:
    print(e.value)

c = lvl1()
c.send(None)
print(c.close(), c.cr_frame, c.cr_await)

c = lvl1()
c.send(None)
try:
    c.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit out")

c = lvl1()
c.send(None)
try:
    c.throw(KeyError, KeyError("typed"), None)
except KeyError as e:
    print("KeyError out", e)

# A thrown exception gets the suspended handler's exception as context.
async def in_handler():
    try:
        raise KeyError("k")
    except KeyError:
        await Tick("handler")
        print("exc_info inside:", repr(sys.exc_info()[1]))

h = in_handler()
h.send(None)
print("exc_info outside:", sys.exc_info())
try:
    h.throw(ValueError("v"))
except ValueError as e:
    print("context:", repr(e.__context__))

h = in_handler()
h.send(None)
try:
    h.send(None)
except StopIteration:
    print("finished, exc_info:", sys.exc_info()[:2])

# Async generators: athrow/aclose reach the awaited object only through asend.throw.
async def ag():
    try:
        x = await Tick("a")
        yield x
        yield await Tick("b")
    finally:
        print("ag finally")

def drive(aw, *vals):
    out = []
    try:
        out.append(aw.send(None))
        for v in vals:
            out.append(aw.send(v))
    except StopIteration as e:
        out.append(("stop", e.value))
    except BaseException as e:
        out.append(("exc", type(e).__name__, str(e)))
    return out

g = ag()
print(drive(g.__anext__(), 10))
pending = g.__anext__()
print(drive(pending))
print("ag_running", g.ag_running, type(g.ag_await).__name__)
print(drive(g.aclose()))
print(drive(g.athrow(ValueError("x"))))
try:
    pending.throw(OSError("into await"))
except OSError as e:
    print("OSError", e)
print("ag_running", g.ag_running, g.ag_frame, drive(pending))

g2 = ag()
n = g2.__anext__()
print(drive(n))
try:
    n.throw(KeyError("k"))
except BaseException as e:
    print("thrown", type(e).__name__, e)
print(g2.ag_running, drive(g2.__anext__()))

class CM:
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, *a):
        print("exit", a[0])
        return False

async def ag3():
    async with CM():
        yield 1
        yield 2

async def consume_all():
    return [v async for v in ag3()]

print(drive(consume_all()))

g3 = ag3()
print(drive(g3.__anext__()))
print(drive(g3.aclose()))
