# RUN: %difftest %s
# format() builtin with various specs and types
print(format(12), format(12, "x"), format(3.5, ".3f"), format("s", "^5"), format(True, "d"), format(None), format([1], ""), format(1234.5, ",.1f"))
try:
    format([1], "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(None, "d")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
