# RUN: %difftest %s
# printf-style % formatting of bytes and bytearray
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(b"%s %d" % (b"x", 5), b"%r" % "x", b"%a" % "\xe9", b"%c%c" % (65, b"B"), b"%5.2f|%x|%05d|%-4s|" % (3.14159, 255, 42, b"ab"), b"%b" % bytearray(b"ba"), b"%s" % memoryview(b"mv"), b"%%", b"%(k)s" % {b"k": b"v"}, bytearray(b"%d") % 7, b"%.1s" % b"xyz")
class B:
    def __bytes__(self):
        return b"dunder"
print(b"%s" % B(), b"%r" % b"x", b"%a" % [1, "\xe9"])
for f in [lambda: b"%s" % "x", lambda: b"%c" % 256, lambda: b"%c" % b"ab", lambda: b"%c" % "a", lambda: b"%d" % b"x", lambda: b"%s %s" % b"x", lambda: b"%y" % 1, lambda: b"" % 1]:
    t(f)
