# RUN: %difftest %s
# in-place dunders and their fallback to binary operators
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return "binary sub"
    def __imul__(self, o):
        return "replaced"
a = Acc()
b = a
a += 1
a += 2
print(a is b, a.items)
a -= 1
print(a)
c = Acc()
c *= 3
print(c)
class Plain:
    def __add__(self, o): return "plain add"
p = Plain()
p += 1
print(p)
x = Acc()
try:
    x //= 2
except TypeError as e:
    print(type(e).__name__, e)
for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="]:
    try:
        exec("y = None\ny %s 1" % op)
    except TypeError as e:
        print(op, e)
