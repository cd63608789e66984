# RUN: %difftest %s
# assigning/deleting a property without setter/deleter
class C:
    @property
    def x(self):
        return 1
c = C()
try:
    c.x = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.x
except AttributeError as e:
    print(type(e).__name__, e)
p = property(lambda self: 5, doc="the doc")
print(p.__doc__)
class D:
    y = property(lambda self: 7)
try:
    D().y = 1
except AttributeError as e:
    print(type(e).__name__, e)
