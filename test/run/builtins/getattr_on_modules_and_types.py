# RUN: %difftest %s
# getattr with modules, types and instances; dotted names are not resolved
import math
print(getattr(math, "pi"), getattr(str, "upper")("x"), getattr([], "__len__")(), getattr(int, "bit_length")(255))
try:
    getattr(math, "pi.real")
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(math, "nope", "fallback"))
