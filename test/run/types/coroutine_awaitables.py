# RUN: %difftest %s
# await on custom awaitables and coroutines: results, error messages, reuse, attributes
def run(coro, *sends):
    """Starts coro, then sends each value; reports every step."""
    out = []
    try:
        out.append(("yielded", coro.send(None)))
        for v in sends:
            out.append(("yielded", coro.send(v)))
    except StopIteration as e:
        out.append(("returned", e.value))
    except BaseException as e:
        out.append(("raised", type(e).__name__, str(e)))
    return out

class Twice:
    def __await__(self):
        a = yield "first"
        b = yield "second"
        return a + b

class IterAwait:
    """__await__ returning a plain iterator (not a generator)."""
    def __await__(self):
        return iter(["x", "y"])

class ClassIter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("iter result")
        return self.n

class ClassIterAwait:
    def __await__(self):
        return ClassIter()

class NonIter:
    def __await__(self):
        return 42

class ReturnsCoro:
    def __await__(self):
        self.coro = simple()
        return self.coro

class NoAwait:
    pass

async def simple():
    return "simple"

async def use(aw):
    r = await aw
    return ("got", r)

print(run(use(Twice()), 1, 2))
print(run(use(IterAwait()), None, None))
print(run(use(ClassIterAwait()), None, None))
print(run(use(simple())))
for bad in (NonIter(), NoAwait(), 5, None, "s", [1]):
    print(type(bad).__name__, run(use(bad)))
rc = ReturnsCoro()
print(run(use(rc)))
rc.coro.close()

# A finished coroutine cannot be awaited again.
done = simple()
print(run(use(done)))
print(run(use(done)))

# A coroutine already being awaited cannot be awaited by another.
async def waiter():
    return await Twice()
shared = waiter()
c1 = use(shared)
print(run(c1))
print(run(use(shared)))
print(run(c1, "a", "b"))

# Attributes while suspended and after.
async def outer():
    return await inner_coro()
async def inner_coro():
    return await Twice()
o = outer()
print(type(o).__name__, o.__name__, o.__qualname__, o.cr_running, o.cr_await, o.cr_suspended)
print(o.cr_code.co_name, o.cr_frame.f_code.co_name, o.cr_origin)
print(o.send(None))
print(type(o.cr_await).__name__, o.cr_await.cr_await.__class__.__name__, o.cr_suspended)
try:
    o.send("p")
    o.send("q")
except StopIteration as e:
    print("result", e.value)
print(o.cr_frame, o.cr_await, o.cr_suspended, o.cr_running)
print(repr(o).startswith("<coroutine object outer at 0x"))

# __await__ of a coroutine: the coroutine_wrapper iterator.
async def three():
    a = await Twice()
    return a * 3
w = three().__await__()
print(type(w).__name__, iter(w) is w)
print(next(w), w.send(2))
try:
    w.send(5)
except StopIteration as e:
    print("wrapper result", e.value)

# cr_running from inside, and sending to a running coroutine.
async def introspect():
    print("running inside:", me.cr_running)
    try:
        me.send(None)
    except ValueError as e:
        print("ValueError", e)
    return "introspected"
me = introspect()
print(run(me))

# non-None first send, StopIteration inside, throw and close.
async def waits():
    try:
        await Twice()
    except KeyError as e:
        return "caught " + str(e)
print(run(waits(), None, None))
c = waits()
try:
    c.send(1)
except TypeError as e:
    print("TypeError", e)
c.send(None)
try:
    c.throw(KeyError("thrown"))
except StopIteration as e:
    print("after throw:", e.value)
try:
    c.throw(KeyError("again"))
except RuntimeError as e:
    print("RuntimeError", e)

async def raise_stop():
    raise StopIteration("no")
try:
    raise_stop().send(None)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

async def ignore_exit():
    try:
        await Twice()
    except GeneratorExit:
        print("GeneratorExit ignored")
    return await Twice()
ie = ignore_exit()
ie.send(None)
try:
    ie.close()
except RuntimeError as e:
    print("RuntimeError", e)
print(run(ie, 1, 2))

async def closes_cleanly():
    try:
        await Twice()
    finally:
        print("cleanup on close")
cc = closes_cleanly()
cc.send(None)
print(cc.close(), cc.cr_frame)
try:
    cc.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
