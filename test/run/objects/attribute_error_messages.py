# RUN: %difftest %s
# AttributeError messages for instances, classes, builtins, modules
import math
class A: pass
for expr in ["A().x", "A.x", "(5).foo", "'s'.bar", "None.attr", "math.nothing", "[].push", "int.zz"]:
    try:
        eval(expr)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    (5).real = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "x".upper = 3
except AttributeError as e:
    print(type(e).__name__, e)
