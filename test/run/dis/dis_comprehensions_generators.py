# RUN: %difftest %s
# dis of comprehensions and generators (nested code objects), generator objects and source strings
import dis
def comp(xs):
    a = [x * 2 for x in xs if x]
    b = {x: str(x) for x in xs}
    c = (x for x in xs)
    return a, b, list(c)
def gen(n):
    for i in range(n):
        yield i
    yield from range(3)
    return "end"
print(type(gen(1)).__name__)
dis.dis(gen(3))
for i in dis.get_instructions(gen):
    print(i.offset, i.opname, i.arg, repr(i.argval), i.argrepr, i.starts_line, i.is_jump_target)
print([i.opname for i in dis.get_instructions(comp) if i.opname in ("LOAD_CONST", "MAKE_FUNCTION")])
dis.dis("a = b + c * 2")
dis.dis("x[1:2] if y else z.w")
