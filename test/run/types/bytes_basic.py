# RUN: %difftest %s
# bytes literal, indexing gives int, slicing gives bytes, repr
b = b"hello\x00\xff\n'\""
print(b, b[0], b[-1], b[1:3], list(b[:2]), len(b), type(b[0]).__name__)
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(range(5)), b"a" * 3, b"ab" + b"cd")
print(repr(b"'"), repr(b'"'), repr(b"'\""), b"\t\r\x7f\x80")
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
print(b"abc" == b"abc", b"abc" < b"abd", b"a" in b"cat", 97 in b"cat", b"" in b"x")
