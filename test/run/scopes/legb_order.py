# RUN: %difftest %s
# LEGB: local, enclosing, global, builtin lookup order
x = "global"
len = lambda s: "shadowed len"
def outer():
    x = "enclosing"
    def inner():
        return x, len("abc")
    def inner_local():
        x = "local"
        return x
    return inner(), inner_local()
print(outer())
del len
print(len("abc"))
import builtins
print(builtins.len("xy"), "len" in globals())
