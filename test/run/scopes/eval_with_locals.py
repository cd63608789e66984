# RUN: %difftest %s
# eval reads the caller's locals; comprehensions inside eval cannot (they are nested functions)
def f(p):
    q = p * 2
    try:
        comp = eval("[p + i for i in range(2)]")
    except NameError as e:
        comp = "NameError: " + str(e)
    return eval("p + q"), eval("[i for i in range(p)]"), comp
print(f(3))
def g():
    w = 5
    def inner():
        return eval("w")
    try:
        return inner()
    except NameError as e:
        return "NameError: " + str(e)
print(g())
def h():
    w = 5
    def inner():
        w
        return eval("w")
    return inner()
print(h())
