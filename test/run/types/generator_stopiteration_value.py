# RUN: %difftest %s
# return value in generator becomes StopIteration.value; StopIteration inside gen becomes RuntimeError
def g():
    yield 1
    return 42
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, repr(e))
def bad():
    yield 1
    raise StopIteration("oops")
b = bad()
next(b)
try:
    next(b)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
def empty():
    return
    yield
print(list(empty()))
