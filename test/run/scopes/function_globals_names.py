# RUN: %difftest %s
# A function's __module__ and builtins come from its globals at creation, also after __name__ or __builtins__ is rebound or deleted
def mk():
    return lambda: 1
print(mk().__module__)
__name__ = "renamed"
print(mk().__module__)
g = {"__name__": "m1"}
exec("def f(): pass", g)
print(g["f"].__module__)
g["__name__"] = "m2"
exec("def h(): pass", g)
print(g["h"].__module__)
del g["__name__"]
exec("def k(): pass", g)
print(g["k"].__module__)
g2 = {"__builtins__": {"len": lambda x: 42}}
exec("def q(): return len([1])", g2)
print(g2["q"]())
g2["__builtins__"] = {"len": lambda x: 7}
exec("def q2(): return len([1])", g2)
print(g2["q2"](), g2["q"]())
