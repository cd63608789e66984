# RUN: %difftest %s
# async generators driven manually through __anext__ awaitables
async def agen():
    yield 1
    yield 2
async def collect():
    out = []
    async for v in agen():
        out.append(v)
    return out
c = collect()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
async def comp():
    return [v * 10 async for v in agen()]
try:
    comp().send(None)
except StopIteration as e:
    print(e.value)
print(type(agen()).__name__)
