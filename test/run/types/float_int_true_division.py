# RUN: %difftest %s
# true division of ints is correctly rounded even for big ints
print(10 ** 30 / 10 ** 10, 1 / 3, 2 ** 60 / 3, 7 / 7, (2 ** 1000 + 1) / 2 ** 999)
print(-7 / 2, 7 / -2, 0 / 5, -0 / 5, 0 / -5, 0.0 / -5)
print(2 ** 53 + 1 + 0.0, float(2 ** 53 + 1), 9007199254740993 / 1)
