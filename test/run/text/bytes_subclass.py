# RUN: %difftest %s
# bytes and bytearray subclasses
class B(bytes):
    def twice(self):
        return self + self
class BA(bytearray):
    pass
b = B(b"ab")
print(type(b).__name__, b, b.twice(), type(b.twice()).__name__, b.upper(), type(b.upper()).__name__, len(b), b[0], b[:1], type(b[:1]).__name__, isinstance(b, bytes), b == b"ab", hash(b) == hash(b"ab"))
a = BA(b"xy")
a.append(122)
print(type(a).__name__, a, a.upper(), type(a.upper()).__name__, len(a), a == b"xyz", isinstance(a, bytearray))
print(B(3), B([1, 2]), B("é", "utf-8"), BA(2), BA("é", "utf-8"), repr(BA(b"q")))
b.attr = 1
print(b.attr, bytes(b), type(bytes(b)).__name__)
