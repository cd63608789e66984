# RUN: %difftest %s
# async for over custom async iterators: StopAsyncIteration, else/break, errors, comprehensions
class Tick:
    def __await__(self):
        yield "tick"

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick()
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

class Ready:
    """__anext__ returns a plain awaitable object, not a coroutine."""
    def __init__(self, items):
        self.items = list(items)
    def __aiter__(self):
        return self
    def __anext__(self):
        return ReadyValue(self.items)

class ReadyValue:
    def __init__(self, items):
        self.items = items
    def __await__(self):
        if not self.items:
            raise StopAsyncIteration("drained")
        return iter([])  # finishes at once: the await's value is None
        yield

def run(coro):
    n = 0
    try:
        coro.send(None)
        while True:
            n += 1
            coro.send(None)
    except StopIteration as e:
        return ("ok", e.value, n)
    except Exception as e:
        return ("error", type(e).__name__, str(e), repr(e.__cause__))

async def simple():
    out = []
    async for v in Countdown(3):
        out.append(v)
    else:
        out.append("else")
    return out

async def with_break():
    out = []
    async for v in Countdown(10):
        if v < 7:
            break
        out.append(v)
    else:
        out.append("no else")
    return out

async def nested():
    out = []
    async for a in Countdown(2):
        async for b in Countdown(2):
            out.append((a, b))
    return out

async def comprehensions():
    lst = [v async for v in Countdown(4)]
    st = {v % 2 async for v in Countdown(5)}
    dct = {v: v * v async for v in Countdown(3) if v}
    awaited = [await Echo(v) for v in range(3)]
    return lst, sorted(st), dct, awaited

class Echo:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield
        return self.v * 10

async def exc_inside():
    out = []
    try:
        async for v in Countdown(3):
            out.append(v)
            if v == 1:
                raise ValueError("stop at 1")
    except ValueError as e:
        out.append(str(e))
    return out

async def stop_with_value():
    class It:
        def __aiter__(self): return self
        async def __anext__(self): raise StopAsyncIteration(99)
    async for _ in It():
        return "body ran"
    return "empty"

async def ready():
    got = 0
    try:
        async for _ in Ready([1]):
            got += 1
            if got > 3:
                break
    finally:
        pass
    return got

for f in (simple, with_break, nested, comprehensions, exc_inside, stop_with_value, ready):
    print(f.__name__, run(f()))

class NoAiter:
    pass

class AiterNoAnext:
    def __aiter__(self):
        return 5

class AnextNotAwaitable:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 123

class AnextRaises:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise KeyError("from anext")

class SyncIterable:
    def __iter__(self):
        return iter([1, 2])

async def loop(obj):
    async for x in obj:
        pass
    return "finished"

for obj in (NoAiter(), AiterNoAnext(), AnextNotAwaitable(), AnextRaises(), SyncIterable(), [1, 2]):
    print(type(obj).__name__, run(loop(obj)))

async def comp_error():
    return [x async for x in [1, 2, 3]]

print("comp", run(comp_error()))
