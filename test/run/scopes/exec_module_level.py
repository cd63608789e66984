# RUN: %difftest %s
# exec at module level writes into module globals
exec("new_name = 42")
print(new_name)
exec("def fn():\n    return new_name + 1")
print(fn())
ns = {"a": 1}
exec("a += 1\nb = a * 10", ns)
print(ns["a"], ns["b"])
g = {}
l = {}
exec("def inner():\n    return 'inner'\nresult = inner()", g, l)
print(sorted(l), "inner" in g)
