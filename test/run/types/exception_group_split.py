# RUN: %difftest %s
# ExceptionGroup: construction, split, subgroup, derive, nesting
eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t"), ExceptionGroup("inner", [ValueError("v2"), KeyError("k")])])
print(type(eg).__name__, eg.message, len(eg.exceptions), str(eg), repr(eg.exceptions[0]))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(OSError))
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
for args in [("m", []), ("m", [1]), (5, [ValueError()]), ("m", ValueError())]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
