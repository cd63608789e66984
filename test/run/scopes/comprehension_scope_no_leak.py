# RUN: %difftest %s
# comprehension variables do not leak; walrus inside comprehension binds in the enclosing scope
x = "outer"
squares = [x * x for x in range(4)]
print(x, squares)
gen = list(x for x in "ab")
print(x)
total = 0
vals = [total := total + v for v in range(4)]
print(vals, total)
def f():
    [last := n for n in range(3)]
    return last
print(f())
print({k: v for k, v in [(1, 2)]}, {v for v in [3]})
try:
    v
except NameError as e:
    print(type(e).__name__, e)
