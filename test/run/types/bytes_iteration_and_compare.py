# RUN: %difftest %s
# iterating bytes yields ints; bytes vs str comparisons
b = b"AZ"
print(list(b), [x for x in b], tuple(bytearray(b"hi")), b"A"[0] == 65, b == "AZ", b != "AZ")
print(bytes([x + 1 for x in b]), sum(b"\x01\x02"), max(b"abc"), b"b" in b"abc", 98 in b"abc")
try:
    300 in b"abc"
except ValueError as e:
    print(type(e).__name__, e)
try:
    "a" in b"abc"
except TypeError as e:
    print(type(e).__name__, e)
