# RUN: %difftest %s
# capture names bound by match stay bound after the match, even when a guard fails
def f(x):
    match x:
        case (a, b) if a > b:
            return "desc", a, b
        case (a, b):
            return "other", a, b
print(f((3, 1)), f((1, 3)))
def g(x):
    match x:
        case [first, *_] if first == "skip":
            pass
        case _:
            pass
    return first
print(g(["skip", 1]), g(["go"]))
try:
    g([])
except UnboundLocalError as e:
    print(type(e).__name__, e)
