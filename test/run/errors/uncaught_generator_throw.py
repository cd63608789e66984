# RUN: %difftest %s
# exit: 1
# an exception thrown into a generator and not handled
def worker():
    while True:
        yield "working"
w = worker()
next(w)
w.throw(ValueError("stop working"))
