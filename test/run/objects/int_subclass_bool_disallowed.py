# RUN: %difftest %s
# bool cannot be subclassed; final types
for base in (bool, type(None), range, slice):
    try:
        class X(base): pass
    except TypeError as e:
        print(type(e).__name__, e)
