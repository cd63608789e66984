# RUN: %difftest %s
# exit: 1
# StopIteration inside a generator becomes RuntimeError (direct cause)
def gen():
    it = iter([])
    yield next(it)
list(gen())
