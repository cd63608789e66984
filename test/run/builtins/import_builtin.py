# RUN: %difftest %s
# __import__ builtin
m = __import__("math")
print(m.__name__, m.floor(2.5))
s = __import__("sys")
print(s is __import__("sys"))
try:
    __import__("no_such_module_kiln")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
