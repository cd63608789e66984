# RUN: %difftest %s
# eval with explicit globals and locals
g = {"a": 1}
l = {"b": 2}
print(eval("a + b", g, l), eval("a", g), "__builtins__" in g)
print(eval("len('abc')", {}), eval("x * 2", {"x": 21}), eval("[y for y in range(n)]", {"n": 3}))
print(eval("  1 + 1  \n"), eval(b"2 * 3"))
try:
    eval("undefined_name", {})
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("len", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
print(eval("min(3, 1)", {"__builtins__": {"min": max}}))
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
class M:
    def __getitem__(self, k):
        if k == "magic": return 42
        raise KeyError(k)
print(eval("magic + 1", {}, M()))
