# RUN: %difftest %s
# co_flags for generators, coroutines, async generators, nested functions
def plain(): pass
def gen(): yield
async def coro(): pass
async def agen(): yield
def varargs(*a, **k): pass
def outer():
    x = 1
    def nested(): return x
    return nested
for f in [plain, gen, coro, agen, varargs, outer, outer()]:
    print(f.__name__, f.__code__.co_flags, hex(f.__code__.co_flags))
