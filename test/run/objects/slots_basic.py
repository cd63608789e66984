# RUN: %difftest %s
# __slots__: no __dict__, AttributeError messages
class P:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
p = P()
print(p.x, hasattr(p, "__dict__"))
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
print(p.y)
del p.y
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
print(type(P.x).__name__)
