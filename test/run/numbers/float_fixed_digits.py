# RUN: %difftest %s
# Fixed-point float text ('%.Nf', format 'f'/'F', f-strings): exact ties round half to even on the
# binary value, huge and tiny values, precisions around the 22-digit fast path, signs, fills,
# alignment, zero padding and grouping; plain decimal text parsed by float() and int().
import random

r = random.Random(11)
values = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005, 1e-300, 5e-324, 1e22,
          9.2e18, 9.3e18, 2.0**63, 2.0**64 + 2048, 123456789.987654321, 0.1, 0.7, 1 / 3,
          2.0**52 + 0.5, 2.0**53, 1e15 + 0.3, 999.9999999, 0.0005, 0.00049999999999999999,
          float("inf"), float("-inf"), float("nan")]
for _ in range(60):
    values.append(r.uniform(-1e6, 1e6))
    values.append(r.random() * 10 ** r.randint(-30, 25))
    values.append(r.randint(0, 10**6) / 2 ** r.randint(0, 40))
for v in values:
    row = []
    for p in (0, 1, 2, 3, 6, 17, 19, 20, 22, 23, 30):
        row.append("%.*f" % (p, v))
    print(" ".join(row))
    print(f"{v:.2f}|{v:12.3f}|{v:<12.1f}|{v:^12.1F}|{v:=+12.2f}|{v:*>+12.0f}|{v: .3f}|"
          f"{v:012.2f}|{v:,.2f}|{v:_.1f}|{v:f}|{v:#.0f}|{v:z.1f}|{v:.3%}")
    print("%10.2f|%-10.2f|%+.1f|% .1f|%010.3f|%#.0f|%f|%F" % (v, v, v, v, v, v, v, v))
for text in ["12.25", "-0.0", "+.5", "1.", ".", "-", "+", "1.2.3", "12345678901234567890",
             "9007199254740993", "9007199254740993.5", "0.30000000000000004", "-123.456789012345678",
             "1e5", " 7.5", "7.5 ", "1_0.5", "0000000000000000001.5"]:
    try:
        print(repr(text), repr(float(text)))
    except ValueError as e:
        print(repr(text), "ValueError:", e)
for text in ["0", "-0", "+7", "-", "+", "123456789012345678", "-999999999999999999",
             "1234567890123456789", "12a", "", " 5", "1_000", "007"]:
    try:
        print(repr(text), repr(int(text)))
    except ValueError as e:
        print(repr(text), "ValueError:", e)
