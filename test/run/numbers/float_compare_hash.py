# RUN: %difftest %s
# float comparisons (exact against big ints) and hashing consistent with ints
big = 2 ** 53 + 1
print(float(2 ** 53) == big, float(2 ** 53) < big, float(2 ** 53) > big - 2, 2.0 ** 53 <= big)
print(1e300 > 10 ** 300, 1e300 < 10 ** 301, 1e300 == int(1e300), 1e300 != int(1e300) + 1)
print(float("inf") > 10 ** 1000, float("-inf") < -10 ** 1000, float("nan") == 1, float("nan") != 1)
print(0.5 < 1, 1.5 > 1, -0.5 < 0, 0.0 == 0, -0.0 == 0, 2.5 >= 2, 2.0 <= 2, 3 > 2.5, 3 == 3.0)
print(True == 1.0, 1.0 in [1], 2 in [2.0], {1.0: "a"}[1], {1: "b"}[1.0])
print(-2 ** 70 < -1e21, -2 ** 70 > -1.2e21)
for v in [0.0, -0.0, 1.0, -1.0, 1.5, -2.5, 0.1, 1e300, -1e-300, 5e-324, 2.0 ** 61, 2.0 ** 62,
          1e16, float("inf"), float("-inf"), 123456.789]:
    print(v, hash(v))
print(hash(1.0) == hash(1), hash(2.0 ** 100) == hash(2 ** 100), hash(-3.0) == hash(-3))
print(sorted({0.5, 1.5, 1, 2.25, -1.0, 3}))
s = {1, 1.0, True}
print(s, len(s))
n = float("nan")
print(hash(n) == hash(n), n in [n], n == n)
