# RUN: %difftest %s
# exec with explicit dicts; functions defined inside see the globals dict
g = {}
exec("x = 10\ndef f():\n    return x * 2\ny = f()", g)
print(g["x"], g["y"], g["f"](), sorted(k for k in g if k != "__builtins__"))
g2, l2 = {"base": 1}, {}
exec("z = base + 1\nbase = 100", g2, l2)
print(l2, g2["base"])
print(exec("1 + 1"))
exec("print('printed from exec', __name__)")
exec("print('named', __name__)", {"__name__": "custom"})
src = "total = 0\nfor i in range(4):\n    total += i\n"
ns = {}
exec(src, ns)
print(ns["total"])
try:
    exec(5)
except TypeError as e:
    print(type(e).__name__, e)
