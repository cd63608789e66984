# RUN: %difftest %s
# __getattr__ is only called when normal lookup fails
class A:
    y = 5
    def __init__(self):
        self.x = 1
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("d_"):
            return name[2:]
        raise AttributeError(name)
a = A()
print(a.x, a.y, a.d_hello)
try:
    a.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(a, "zz", "default"))
