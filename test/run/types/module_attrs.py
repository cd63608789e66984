# RUN: %difftest %s
# attributes of the __main__ module and imported modules
import sys, math
me = sys.modules[__name__]
print(__name__, type(me).__name__, me.__name__, math.__name__, type(math).__name__)
x_global = 5
print(me.x_global, "x_global" in me.__dict__, me.__dict__ is globals())
print(sorted(k for k in globals() if k.startswith("__") and k not in ("__cached__", "__file__", "__builtins__", "__spec__", "__loader__", "__annotations__")))
print(__doc__, __file__.endswith("module_attrs.py"))
print(sorted(k for k in dir(me) if not k.startswith("_")))
