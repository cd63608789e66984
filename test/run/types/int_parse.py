# RUN: %difftest %s
# int() parsing with bases, prefixes, underscores, whitespace
print(int("ff", 16), int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("z", 36), int("  -42  "))
print(int("1_000_000"), int("0x_ff", 16), int("+7"), int("١٢٣"), int(b"12"), int(bytearray(b"7")))
print(int(3.99), int(-3.99), int(True), int("10", base=2), 1_000_000, 0x_FF, 0b1_0)
for args in [("abc",), ("12", 1), ("0x1f",), ("1__0",), ("",), (" ",), ("08", 0), ("9", 8), ("1.5",)]:
    try:
        print(int(*args))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(1.5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
