# RUN: %difftest %s
# exit: 1
# raise ... from None hides the context
def f():
    try:
        [][0]
    except IndexError:
        raise LookupError("nothing there") from None
f()
