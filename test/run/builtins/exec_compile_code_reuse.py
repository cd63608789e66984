# RUN: %difftest %s
# a compiled code object can be executed repeatedly with different namespaces
code = compile("result = base * 2\ncount = globals().get('count', 0) + 1", "<calc>", "exec")
for base in (1, 5):
    ns = {"base": base}
    exec(code, ns)
    print(ns["result"], ns["count"])
shared = {"base": 3}
exec(code, shared)
exec(code, shared)
print(shared["count"])
expr = compile("a * b", "<e>", "eval")
print([eval(expr, {"a": i, "b": i + 1}) for i in range(4)])
