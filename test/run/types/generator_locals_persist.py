# RUN: %difftest %s
# generator frames keep local state across next()
def counter(n):
    total = 0
    for i in range(n):
        total += i
        yield (i, total)
    print("finished with total", total)
c = counter(4)
print(next(c))
print(next(c))
print(c.gi_frame.f_locals["total"], c.gi_frame.f_locals["i"])
for item in c:
    print(item)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
