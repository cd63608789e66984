# RUN: %difftest %s
# int() constructor forms
print(int(), int(7), int(-7.9), int("  12  "), int("-0"), int("1" * 30), int(" 0b11 ", 0), int("Z", 36), int("10", 16))
print(int(b" 42 "), int("٣"), int(True), int.from_bytes(b"\x00\x10", "big"))
try:
    int("10", 37)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int("5", base="x")
except TypeError as e:
    print(type(e).__name__, e)
