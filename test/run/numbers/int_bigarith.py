# RUN: %difftest %s
# int arithmetic across the small/big boundary, hashing, str/repr, bit ops
a = 2 ** 62
b = -(2 ** 62)
print(a - 1 + 1, b - 1, a * a, b * b, a // 3, b // 3, a % 7, b % 7, -a % 7, divmod(b, -7))
print(2 ** 100 // 3 ** 20, 2 ** 100 % 3 ** 20, -(2 ** 100) // 7, -(2 ** 100) % 7, divmod(10 ** 30, -7))
print(10 ** 30 / 7, 2 ** 1000 / 2 ** 999, 1 / 3, -7 / 2, (2 ** 53 + 1) / 1, 10 ** 400 // 10 ** 399)
print(2 ** 64 & 2 ** 64 - 1, 2 ** 64 | 1, -2 ** 64 ^ 5, ~2 ** 70, -1 >> 100, 1 << 100, 2 ** 100 >> 98, -(2 ** 100) >> 1)
print(pow(3, 100, 7), pow(3, -1, 7), pow(2, 10 ** 9, 10 ** 9 + 7), pow(-3, 3, -5), 0 ** 0, (-1) ** 1001)
for v in [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 61 + 1, -(2 ** 61), 2 ** 62, 2 ** 63, -(2 ** 63), 2 ** 100, -(10 ** 30), 2 ** 122 - 1]:
    print(v, hash(v), repr(v), str(v), v == float(v) if abs(v) < 2 ** 1000 else None)
print(sorted({2 ** 61, 2 ** 62, -1, -2, 10 ** 20, 3}))
print(max(2 ** 100, 2 ** 99), min(-2 ** 100, 5), abs(-2 ** 100), -(-(2 ** 63)), +(2 ** 63))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 1 // 0)
t(lambda: 1 % 0)
t(lambda: divmod(1, 0))
t(lambda: 1 / 0)
t(lambda: 2 ** 100 / 0)
t(lambda: 1 << -1)
t(lambda: 0 ** -1)
t(lambda: pow(2, 3, 0))
t(lambda: pow(2, -1, 4))
t(lambda: 10 ** 400 / 1)
t(lambda: str(10 ** 5000))
t(lambda: 2 ** -1)
t(lambda: (-8) ** (1 / 3))
x = 5
x **= 3
x <<= 70
x //= 3
x -= 2 ** 71
print(x)
