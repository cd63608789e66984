# RUN: %difftest %s
# match: class patterns with __match_args__ and keywords
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=x, y=0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return "string " + s
        case _:
            return "unknown"
for v in [Point(0, 0), Point(0, 4), Point(3, 0), Point(2, 2), Point(1, 5), 7, 2.5, "s", None]:
    print(where(v))
class NoArgs: pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
