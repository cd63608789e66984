# RUN: %difftest %s
total = 0
for i in range(10):
    for j in range(i, 0, -2):
        total += i * j
print(total)
print([i for i in range(-10, 10, 3)], [i for i in range(10, -10, -3)])
print(list(range(0, 1)), list(range(1, 0)), list(range(0, -1, -1)))
acc = []
for i in reversed(range(0, 20, 6)):
    acc.append(i)
print(acc)
r = range(5)
it1, it2 = iter(r), iter(r)
print(next(it1), next(it1), next(it2), list(it1), list(it2))
print(list(zip(range(3), range(10, 13))), dict(zip(range(3), 'abc')))
print(sorted(range(5), reverse=True), list(map(lambda x: x * 2, range(4))))
print(any(x > 8 for x in range(10)), all(x < 10 for x in range(10)))
x = 0
for x in range(0):
    pass
print(x)
print(sum(range(-1000, 1000, 7)), len(range(-1000, 1000, 7)))
