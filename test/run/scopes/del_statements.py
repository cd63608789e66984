# RUN: %difftest %s
# del of names, items, slices, attributes
x = 1
del x
print("x" in globals())
l = [0, 1, 2, 3, 4]
del l[0], l[-1]
print(l)
del l[:]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class C: pass
c = C()
c.attr = 1
del c.attr
print(hasattr(c, "attr"))
a, b = 1, 2
del (a, b)
print("a" in globals(), "b" in globals())
def f():
    v = 1
    del v
    return locals()
print(f())
