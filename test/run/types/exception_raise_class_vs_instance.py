# RUN: %difftest %s
# raising a class instantiates it; raising non-exceptions is a TypeError
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
for bad in [5, "str", object, None]:
    try:
        raise bad
    except TypeError as e:
        print(type(e).__name__, e)
class NotExc: pass
try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise KeyError("x")
    except (ValueError, KeyError) as e:
        print("tuple catch", repr(e))
        raise
except KeyError as e:
    print("reraised", repr(e))
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
