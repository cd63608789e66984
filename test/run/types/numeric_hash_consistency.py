# RUN: %difftest %s
# equal numbers of different types hash equal
for a, b in [(1, 1.0), (True, 1), (0, -0.0), (2 ** 80, float(2 ** 80)), (1.5, complex(1.5, 0)), (-1, -1.0), (10 ** 30, float(10 ** 30))]:
    print(a, b, a == b, hash(a) == hash(b))
print(len({1, 1.0, True, complex(1, 0)}))
