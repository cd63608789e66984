# RUN: %difftest %s
# send/next/throw on a finished generator
def g():
    yield 1
it = g()
list(it)
print(next(it, "done"))
try:
    it.send(None)
except StopIteration:
    print("StopIteration on send")
try:
    it.throw(ValueError("late"))
except ValueError as e:
    print("throw on finished re-raises", e)
print(it.close())
