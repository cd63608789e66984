# RUN: %difftest %s
# str, list, tuple, bytes and bytearray have __add__ but no __radd__ (+ is concatenation): the other operand's __radd__ runs first, also for list += / bytearray +=; __add__/__mul__ called as methods raise
for t in (str, list, tuple, bytes, bytearray):
    print(t.__name__, hasattr(t, "__radd__"), hasattr(t(), "__radd__"), "__radd__" in dir(t),
          hasattr(t, "__add__"), hasattr(t, "__rmul__"), hasattr(t, "__iadd__"),
          hasattr(t, "__rmod__"))
print(3 * "ab", 2 * [1], 2 * (1,), 2 * b"x", 2 * bytearray(b"y"))


class S(str):
    def __radd__(self, other):
        return "radd:" + str.__add__(other, self)


class T(str):
    def __add__(self, other):
        return "add:" + str.__add__(self, other)


class L(list):
    pass


print("a" + S("b"), T("c") + "d", "e" + T("f"), type("e" + T("f")).__name__)
print(L([1]) + [2], [0] + L([3]), type([0] + L([3])).__name__)


class R:
    def __radd__(self, other):
        return ("R", other)


print("x" + R(), [1] + R(), (2,) + R(), b"z" + R())
for a, b in (("a", 1), ([1], (2,)), ((1,), [2]), (b"x", "y")):
    try:
        a + b
    except TypeError as e:
        print("TypeError:", e)


class B(bytes):
    pass


class BA(bytearray):
    pass


for f in (lambda: B(b"") + 1, lambda: BA() + 1, lambda: "x" + B(b""), lambda: bytearray() + "s",
          lambda: 1 + b""):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
for start in (bytearray(b"q"), [1], b"s"):
    x = start
    x += R()
    print(x)
    x = start
    try:
        x += 1
    except TypeError as e:
        print("TypeError:", e)


class L(list):
    pass


for c in (L, BA):
    x = c()
    try:
        x += R()
        print(x)
    except TypeError as e:
        print("TypeError:", e)
for f in (lambda: "".__add__(1), lambda: [].__add__(1), lambda: ().__add__(1), lambda: b"".__add__(1),
          lambda: bytearray().__add__(1), lambda: bytearray().__iadd__(1), lambda: [].__iadd__(1),
          lambda: "".__mul__("x"), lambda: [].__rmul__("x"), lambda: b"".__mul__(1.5),
          lambda: "".__mod__(1)):
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError:", e)
print("a".__add__("b"), [1].__add__([2]), (1,).__rmul__(2), b"x".__mul__(3), [1].__iadd__((2,)))
l = [0]
l += (1,)
l += "ab"
b = bytearray(b"0")
b += b"1"
b += memoryview(b"2")
print(l, b)
