# RUN: %difftest %s
names = ['ann', 'bob', 'cy']
ages = [31, 25, 40]
for i, (n, a) in enumerate(zip(names, ages), start=1):
    print(i, n, a)
print(list(map(lambda t: t[0] * t[1], zip(range(5), range(5, 10)))))
print(list(filter(lambda p: p[1] > 26, zip(names, ages))))
print(list(zip(*zip(names, ages))))
print(list(enumerate(reversed(names))), list(reversed(list(enumerate(names)))))
pairs = dict(zip(names, map(len, names)))
print(pairs)
print(max(zip(ages, names)), min(enumerate(ages), key=lambda t: t[1]))
it = iter(range(10))
print(list(zip(it, it)))
print(list(map(sum, zip(*[range(3)] * 4))))
print(set(map(abs, range(-3, 4))), frozenset(filter(None, range(-2, 3))))
