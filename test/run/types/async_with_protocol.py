# RUN: %difftest %s
# async with: __aenter__/__aexit__ awaiting, suppression, nesting and protocol errors
log = []

class Suspend:
    def __await__(self):
        v = yield "tick"
        return v

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        log.append(("enter", self.name))
        await Suspend()
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        log.append(("exit", self.name, typ.__name__ if typ else None, str(val) if val else None))
        await Suspend()
        return self.suppress

def run(coro):
    ticks = 0
    try:
        coro.send(None)
        while True:
            ticks += 1
            coro.send(ticks)
    except StopIteration as e:
        return ("ok", e.value, ticks)
    except Exception as e:
        return ("error", type(e).__name__, str(e))

async def basic():
    async with CM("a") as x:
        log.append(("body", x))
    return "done"

async def suppressed():
    async with CM("b", suppress=True):
        raise ValueError("boom")
    return "after"

async def propagated():
    async with CM("c"):
        raise KeyError("k")

async def nested():
    async with CM("outer") as o, CM("inner", suppress=True) as i:
        log.append(("both", o, i))
        1 / 0
    return "nested ok"

async def early_return():
    for i in range(3):
        async with CM("loop%d" % i):
            if i == 1:
                return i
            continue

async def exc_in_body_context():
    try:
        async with CM("ctx"):
            raise IndexError("inner")
    except IndexError as e:
        return repr(e.__context__)

for f in (basic, suppressed, propagated, nested, early_return, exc_in_body_context):
    log.clear()
    print(f.__name__, run(f()))
    for entry in log:
        print("  ", entry)

class NoAenter:
    pass

class NoAexit:
    async def __aenter__(self):
        return 1

class BadEnter:
    def __aenter__(self):
        return 42
    async def __aexit__(self, *a):
        return False

class BadExit:
    async def __aenter__(self):
        return self
    def __aexit__(self, *a):
        return "nope"

class SyncOnly:
    def __enter__(self): return self
    def __exit__(self, *a): return False

async def use(mgr):
    async with mgr:
        return "inside"

for m in (NoAenter(), NoAexit(), BadEnter(), BadExit(), SyncOnly()):
    print(type(m).__name__, run(use(m)))

async def enter_raises():
    class M:
        async def __aenter__(self):
            raise RuntimeError("enter failed")
        async def __aexit__(self, *a):
            print("exit must not run")
    async with M():
        print("body must not run")

print(run(enter_raises()))
