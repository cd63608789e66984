# RUN: %difftest %s
# match: literal, capture, wildcard, value patterns
import math
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case math.pi:
            return "pi"
        case -1.5:
            return "neg float"
        case other:
            return "other " + repr(other)
for v in [0, 2, "hello", None, True, math.pi, -1.5, 99, 1.0, False]:
    print(repr(v), describe(v))
