# RUN: %difftest %s
# names defined by exec with separate globals/locals behave like a class body
g = {}
l = {}
exec("x = 1\ndef f():\n    return x\n", g, l)
try:
    l["f"]()
except NameError as e:
    print(type(e).__name__, e)
exec("y = 2\nz = [y for _ in range(1)]", g, g)
print(g["z"])
try:
    exec("y2 = 2\nz2 = [y2 for _ in range(1)]", {}, {})
except NameError as e:
    print(type(e).__name__, e)
