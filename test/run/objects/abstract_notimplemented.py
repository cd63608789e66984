# RUN: %difftest %s
# abstract-method pattern with NotImplementedError
class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Sq(3).describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
class Q(Shape):
    def area(self):
        raise NotImplementedError
try:
    Q().area()
except NotImplementedError as e:
    print(repr(e))
