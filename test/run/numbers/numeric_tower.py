# RUN: %difftest %s
# mixed int/float/complex/bool operations and builtins on numbers
vals = [3, -2, 2.5, -0.5, 1 + 1j, True, 2 ** 70]
for a in vals:
    row = []
    for b in vals:
        for op in [lambda x, y: x + y, lambda x, y: x - y, lambda x, y: x * y, lambda x, y: x / y]:
            try:
                r = op(a, b)
                row.append(repr(r))
            except Exception as e:
                row.append(type(e).__name__)
    print(repr(a), row)
print(abs(-3), abs(-3.5), abs(3 - 4j), round(2.5), round(3.5), round(-2.5), round(2.675, 2))
print(divmod(7, 2), divmod(-7, 2.0), divmod(7.5, -2), pow(2, 10), pow(2.0, -2), pow(2, 3, 5))
print(sum([0.1] * 10), sum([1, 2.5, 3j]), max(1, 2.5, True), min(-1, -1.0), sorted([3, 1.5, True, -2]))
print(int("42") + float("0.5"), complex(2) * 1j, float(7) // 2, 7 // 2.0, 7.0 % 2, -7.0 // 2)
print(1 == 1.0 == (1 + 0j), 2 ** 0.5 * 2 ** 0.5 == 2, 0.1 * 3 != 0.3)
print(hex(255), oct(8), bin(5), hex(-255), (255).__format__("x"), float.hex(255.0))
