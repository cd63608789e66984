# RUN: %difftest %s
# yield from works with any iterable, and forwards close()
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], "ab", range(2), {"k": 0}, (x for x in [9]))))
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner closed")
def outer():
    yield from inner()
o = outer()
next(o)
o.close()
print("done")
