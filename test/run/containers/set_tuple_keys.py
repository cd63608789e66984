# RUN: %difftest %s
print({(1, 2), (2, 1), (0, 0), (-1, 5)})
print({(i, i * i) for i in range(12)})
print(set(zip(range(5), range(5, 0, -1))))
print({frozenset({1}), frozenset({1, 2}), frozenset(), frozenset({3, 4, 5})})
print({(1, (2, 3)), (1, (3, 2)), ((),)})
grid = {(x, y) for x in range(4) for y in range(3)}
print(grid)
print(grid - {(0, 0), (3, 2)})
print({True, False, 0.5, -2})
