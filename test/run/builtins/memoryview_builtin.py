# RUN: %difftest %s
# memoryview() of bytes-like objects and errors
print(memoryview(b"ab").tolist(), memoryview(bytearray(b"c"))[0], len(memoryview(b"")))
try:
    memoryview("str")
except TypeError as e:
    print(type(e).__name__, e)
