# RUN: %difftest %s
# object() instances
o = object()
print(type(o).__name__, o == o, o != object(), isinstance(o, object), object.__doc__ is not None)
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(set(dir(o)) - set(dir(type("X", (), {})())))[:3])
