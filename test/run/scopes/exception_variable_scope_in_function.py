# RUN: %difftest %s
# the except target is unbound after the handler, even in functions
def f():
    e = "before"
    try:
        raise ValueError("x")
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err)
print(f())
