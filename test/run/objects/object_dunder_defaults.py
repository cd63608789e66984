# RUN: %difftest %s
# default object behaviours: __eq__, __ne__, __str__, __hash__ consistency, __class__
o = object()
print(o == o, o != o, o.__class__.__name__, type(o.__str__()).__name__)
print(object.__eq__(o, 1), object.__ne__(o, o))
print(hash(o) == hash(o), hash(o) == id(o) >> 4)
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(object.__name__, object.__bases__, type.__bases__)
