# RUN: %difftest %s
# types.coroutine: generator functions become awaitable (CO_ITERABLE_COROUTINE), other callables are wrapped; code.replace
import types


@types.coroutine
def switch():
    got = yield "tick"
    return got * 2


async def main():
    r = await switch()
    return "done", r


c = main()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print("result", e.value)

print(bool(switch.__code__.co_flags & 0x100), switch.__code__.co_flags & 0x20 != 0)
print(types.coroutine(switch) is switch)


async def native():
    return 5


print(types.coroutine(native) is native)


# A types.coroutine generator may 'yield from' a coroutine.
@types.coroutine
def bridge():
    v = yield from native()
    return v + 1


async def outer():
    return await bridge()


o = outer()
try:
    o.send(None)
except StopIteration as e:
    print("bridge", e.value)


# A plain generator may not.
n = native()
try:
    def plain2():
        yield from n
    next(plain2())
except TypeError as e:
    print("TypeError:", e)
n.close()


# A callable returning a generator-like object (not a generator) is wrapped.
class Gen:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, v):
        self.i += 1
        if self.i > 2:
            raise StopIteration(self.i)
        return self.i

    def throw(self, *a):
        raise a[0]

    def close(self):
        pass


import collections.abc
collections.abc.Generator.register(Gen)


def make():
    return Gen()


wrapped = types.coroutine(make)
print(wrapped.__name__, wrapped is make)
w = wrapped()
print(type(w).__name__)


async def use():
    return await wrapped()


u = use()
print(u.send(None), u.send(None))
try:
    u.send(None)
except StopIteration as e:
    print("wrapped result", e.value)

# A callable returning a generator gets it back unwrapped.
def gen_factory():
    return switch()

f = types.coroutine(gen_factory)()
print(type(f).__name__)
f.close()

try:
    types.coroutine(1)
except TypeError as e:
    print("TypeError:", e)

# code.replace
co = switch.__code__
print(co.replace() == co, co.replace() is co, co.replace(co_name="x").co_name)
print(co.replace(co_qualname="q.r").co_qualname)
for bad in ({"co_foo": 1},):
    try:
        co.replace(**bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    co.replace(1)
except TypeError as e:
    print("TypeError:", e)


# A __next__ that ends by StopIteration(value) keeps the value for next(),
# yield from and await.
class Stop:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration(3)


class Fwd:
    def __init__(self, it):
        self.it = it

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.it)


for it in (Stop(), Fwd(Stop())):
    try:
        next(it)
    except StopIteration as e:
        print("next", e.value)


def delegate():
    r = yield from Fwd(Stop())
    print("yield from", r)


print(list(delegate()))
