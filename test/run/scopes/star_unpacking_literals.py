# RUN: %difftest %s
# star unpacking in assignments and literals
a, *b, c = range(6)
print(a, b, c)
*init, = "xyz"
print(init)
print([*range(3), *"ab"], (*[1], 2), {*[1, 2], 3}, {**{"a": 1}, "b": 2})
first, (second, *others) = 1, [2, 3, 4]
print(first, second, others)
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
