# RUN: %difftest %s
# module.name through a site cache: values that change, names deleted and re-added, a
# module-level __getattr__ for missing names, module dunders, a module whose dict grows, and
# the same site used with a module and with another object.
import math
import sys
import types

mod = types.ModuleType("m")
mod.x = 1


def read(m):
    return m.x


print([read(mod) for _ in range(3)])
mod.x = 2
print(read(mod))
del mod.x
try:
    read(mod)
except AttributeError as e:
    print("AttributeError:", e)
mod.__getattr__ = lambda name: "hook:" + name
print(read(mod), mod.anything)
mod.x = 3
for i in range(50):
    setattr(mod, "filler%d" % i, i)
print(read(mod), mod.filler49)


class Obj:
    x = "class attr"


print(read(Obj()), read(mod), read(types.SimpleNamespace(x="ns")))
print(round(sum(math.sqrt(i) for i in range(100)), 6), math.pi, sys.maxsize > 2**31)
print(mod.__name__, type(mod.__dict__).__name__, mod.__class__.__name__)
mod.__name__ = "renamed"
del mod.__getattr__
print(mod.__name__, repr(mod))
