# RUN: %difftest %s
# exit: 1
# an exception in finally replaces the original one (shown as context)
def f():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
f()
