# RUN: %difftest %s
# dis of match statements, async functions and lambdas; dis of raw bytes and distb without a traceback
import dis
def m(cmd):
    match cmd:
        case ["go", direction] if direction in "nsew":
            return direction
        case {"x": x, **rest}:
            return x, rest
        case Point(x=0, y=yy) | [yy]:
            return yy
        case str() | bytes():
            return cmd
        case _:
            return None
async def a(session, urls):
    async with session as s:
        async for u in urls:
            await s.get(u)
    return s
dis.dis(m)
dis.dis(a)
dis.dis(lambda x, *, y=2: x ** y)
def small(x):
    for i in x:
        x.a = i[0]
    return x
dis.dis(small.__code__.co_code)
try:
    dis.dis()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    dis.distb()
except RuntimeError as e:
    print("RuntimeError:", e)
