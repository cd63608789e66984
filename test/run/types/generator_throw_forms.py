# RUN: %difftest %s
# throw() with a class, an instance, an uncaught throw, throw into unstarted generator
def g():
    try:
        yield 1
    except KeyError as e:
        print("caught", repr(e))
        yield 2
it = g()
next(it)
print(it.throw(KeyError))
it2 = g()
next(it2)
try:
    it2.throw(ValueError("not handled"))
except ValueError as e:
    print("propagated", e)
print(next(it2, "exhausted"))
it3 = g()
try:
    it3.throw(KeyError("early"))
except KeyError as e:
    print("unstarted throw", repr(e))
