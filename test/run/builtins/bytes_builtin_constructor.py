# RUN: %difftest %s
# bytes()/bytearray() constructor forms
print(bytes(), bytes(2), bytes([1, 2]), bytes(b"ab"), bytes(bytearray(b"c")), bytes("é", encoding="latin-1"), bytes(memoryview(b"m")), bytes(range(3)))
for args in [(-1,), ("x",), ([300],), (1.5,), ("x", "nope")]:
    try:
        bytes(*args)
    except (ValueError, TypeError, LookupError) as e:
        print(args, type(e).__name__, e)
