# RUN: %difftest %s
# float() constructor
print(float(), float(3), float("3.5"), float(" -2e-3 "), float("1_000.5"), float("inf"), float("-Infinity"), float("nan"))
print(float(b"1.5"), float("\t12\n"), float(10 ** 20), float("１２"))
for bad in ["", "1,5", "e5", "--1", "nan!"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
