# RUN: %difftest %s
# exec in a function writes to a locals() snapshot; function locals are unchanged
def f():
    a = 1
    exec("a = 2; b = 3")
    loc = locals()
    return a, loc.get("b"), loc["a"]
print(f())
def g():
    code = compile("x = 10\ny = x + 1", "<s>", "exec")
    ns = {}
    exec(code, globals(), ns)
    return ns
print(g())
def h():
    exec("global made_by_exec\nmade_by_exec = 'global!'")
h()
print(made_by_exec)
def k():
    d = {}
    exec("z = 5", d)
    return d["z"], "__builtins__" in d
print(k())
