# RUN: %difftest %s
# str() of various objects, str(bytes), str with encoding
print(str(), str(12), str(1.0), str(1e100), str([1, "a"]), str({"k": (1,)}), str(None), str(True), str(b"x"), str(-0.0))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(bytearray(b"q"), "ascii"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    str(5, "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
print(str(int), str(str), str(len), str(Exception), repr(print), repr(type), repr(object))
