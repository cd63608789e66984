# RUN: %difftest %s
# Instruction tuples (fields, repr, positions), Bytecode, findlinestarts, opname/opmap tables, stack_effect
import dis
def f(a, b=1, *args, k, **kw):
    s = f"{a!r:>{b}} {k}"
    if a is not None and b not in kw:
        return s
    return [a, *args]
ins = list(dis.get_instructions(f))
for i in ins[:6]:
    print(i)
print(ins[3].positions, ins[3].positions.lineno, ins[3][0], ins[3]._fields)
print(len(ins), sum(1 for i in dis.get_instructions(f, show_caches=True)))
print(list(dis.findlinestarts(f.__code__)))
print([i.starts_line for i in dis.get_instructions(f, first_line=100) if i.starts_line])
bc = dis.Bytecode(f)
print(bc.first_line == f.__code__.co_firstlineno, [i.opname for i in bc][:3])
print(bc.dis() == "".join(i._disassemble() + "\n" for i in []) or bc.dis().count("\n"))
print(bc.info() == dis.code_info(f))
print(dis.opname[100], dis.opmap["RETURN_VALUE"], dis.HAVE_ARGUMENT, dis.EXTENDED_ARG, dis.opname[3], len(dis.opname))
print(dis.hasconst, dis.hasname, dis.hasjrel, dis.hasjabs, dis.haslocal, dis.hasfree, dis.hascompare, dis.cmp_op)
print(sorted(dis.opmap.items()) == sorted((n, o) for o, n in enumerate(dis.opname) if not n.startswith("<")))
print(dis.stack_effect(dis.opmap["LOAD_CONST"], 0), dis.stack_effect(dis.opmap["POP_JUMP_FORWARD_IF_TRUE"], 1),
      dis.stack_effect(dis.opmap["FOR_ITER"], 3), dis.stack_effect(dis.opmap["FOR_ITER"], 3, jump=True),
      dis.stack_effect(dis.opmap["FOR_ITER"], 3, jump=False), dis.stack_effect(dis.opmap["BUILD_TUPLE"], 5))
for args in [(1, 0), (100,), (3,)]:
    try:
        dis.stack_effect(*args)
    except ValueError as e:
        print(e)
print(dis.pretty_flags(3), dis.pretty_flags(0), dis.pretty_flags(0x20 | 0x1000))
try:
    dis.dis(42)
except TypeError as e:
    print(e)
