# RUN: %difftest %s
# exit: 1
# AttributeError traceback with carets under the attribute access
class Point:
    def __init__(self):
        self.x = 1
p = Point()
print(p.x)
print(p.x + p.y)
