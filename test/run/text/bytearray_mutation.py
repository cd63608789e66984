# RUN: %difftest %s
# bytearray mutation methods and slice assignment
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = bytearray(b"abc")
a.append(100); print(a)
a.extend(b"ef"); print(a)
a.extend([103, 104]); print(a)
a.extend(x for x in [105]); print(a)
a.insert(0, 65); a.insert(-1, 66); a.insert(100, 67); a.insert(-100, 68); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(98); print(a)
a.reverse(); print(a)
c = a.copy(); c.clear(); print(a, c, type(c).__name__)
a[0] = 120; a[-1] = 121; print(a)
a[1:3] = b"XYZ"; print(a)
a[1:4] = []; print(a)
a[::2] = b"." * len(a[::2]); print(a)
del a[0]; print(a)
del a[::2]; print(a)
del a[:]; print(a)
a += b"xyz"; a += bytearray(b"!"); print(a)
a *= 2; print(a)
a[2:2] = [49, 50]; print(a)
a[len(a):] = memoryview(b"mv"); print(a)
b = bytearray(b"abc"); b[0:1] = b; print(b)
print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"x") * 2, bytearray(b"ab") * -1, bytearray(b"a") + b"b", b"a" + bytearray(b"b"), bytearray(b"ab")[0], bytearray(b"abc")[1:], repr(bytearray()), bytearray(b"a") == b"a")
x = bytearray(b"hello"); y = x.upper(); print(type(y).__name__, y, x.split(b"l"), x.partition(b"l"), x.replace(b"l", b"L"), x.strip(b"ho"), x.center(9, b"*"), x.zfill(7), x.join([b"1", b"2"]), x.hex(), x.decode(), x.title())
for f in [lambda: bytearray(b"a").append(256), lambda: bytearray(b"a").append("a"), lambda: bytearray().pop(), lambda: bytearray(b"a").pop(5), lambda: bytearray(b"ab").pop(-3), lambda: bytearray(b"a").remove(98), lambda: bytearray(b"a").insert(0, 300), lambda: bytearray().insert(0), lambda: bytearray(1.5), lambda: bytearray([256]), lambda: bytearray().extend("ab"), lambda: bytearray().extend(5), lambda: bytearray().extend([300]), lambda: bytearray(b"a")[5], lambda: bytearray(b"a").__setitem__(5, 1), lambda: bytearray(b"a").__setitem__(0, 256), lambda: bytearray(b"a").__setitem__(0, "x"), lambda: bytearray(b"a").__setitem__(slice(0, 1), 5), lambda: bytearray(b"ab").__setitem__(slice(0, 2, 2), b"xy"), lambda: bytearray(b"a").__delitem__(5), lambda: bytearray(b"a") + "a", lambda: bytearray(b"a").__iadd__("a"), lambda: bytearray(b"a").__iadd__([1]), lambda: bytearray("a"), lambda: bytearray(5, "ascii"), lambda: bytearray("a", "bogus"), lambda: {bytearray(b"a"): 1}]:
    t(f)
