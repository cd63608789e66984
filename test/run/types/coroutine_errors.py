# RUN: %difftest %s
# misuse of coroutines and awaitables
async def f():
    return 1
c = f()
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
async def g():
    await 5
try:
    g().send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def h():
    for x in [1]:
        pass
    return "h done"
try:
    h().send(None)
except StopIteration as e:
    print(e.value)
