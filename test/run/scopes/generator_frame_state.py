# RUN: %difftest %s
# generators keep their frame between next() calls
def g():
    x = 0
    while x < 3:
        x += 1
        received = yield x
        print("received", received, "x", x)
it = g()
print(next(it))
print(it.send("a"))
print(it.gi_frame.f_locals)
print(it.send("b"))
try:
    it.send("c")
except StopIteration:
    print("done", it.gi_frame)
