# RUN: %difftest %s
# AttributeError carries name and obj attributes
class A: pass
a = A()
try:
    a.missing
except AttributeError as e:
    print(e.name, e.obj is a)
try:
    raise AttributeError("manual")
except AttributeError as e:
    print(e.name, e.obj)
e = AttributeError("m", name="n", obj=5)
print(e.name, e.obj, e.args)
