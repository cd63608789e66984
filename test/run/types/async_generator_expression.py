# RUN: %difftest %s
# async generator expressions yield their values to the async for that consumes them
async def agen(n):
    for i in range(n):
        yield i
async def main():
    squares = (x * x async for x in agen(4))
    out = [v async for v in squares]
    doubled = [y async for y in (x * 2 async for x in agen(3))]
    return out, doubled, type(squares).__name__
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
