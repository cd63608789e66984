# RUN: %difftest %s
# dis.dis of a class (methods by name), closures (cell/free variables) and show_code of them
import dis
class Point:
    """A point."""
    def __init__(self, x, y):
        self.x = x
        self.y = y
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    @staticmethod
    def origin():
        return Point(0, 0)
    @classmethod
    def make(cls, *args, **kwargs):
        return cls(*args, **kwargs)
    limit = 10
dis.dis(Point)
def outer(a):
    b = a + 1
    def inner(c):
        nonlocal b
        b += c
        return a, b
    return inner
print("\n".join(l for l in dis.code_info(outer).splitlines() if "code object" not in l))
dis.show_code(outer(1))
dis.dis(outer(1))
print(dis.code_info(Point.make))
