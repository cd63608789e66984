# RUN: %difftest %s
# is_integer, as_integer_ratio, conjugate, real/imag
print((3.0).is_integer(), (3.5).is_integer(), float("inf").is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio(), (0.0).as_integer_ratio())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
print((2.5).real, (2.5).imag, (2.5).conjugate(), float.__name__)
print(float("  1.5e3  "), float("1_0.5"), float(".5"), float("5."), float(10 ** 20), float(True))
for s in ["abc", "1.5.5", "", "1e", "0x10", "1__0"]:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
