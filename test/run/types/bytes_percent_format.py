# RUN: %difftest %s
# printf-style formatting on bytes
print(b"%s %d %x %c %c %r %a %%" % (b"ab", 5, 255, 65, b"Z", b"q", "é"))
print(b"%5s|%-5s|%05.1f" % (b"x", b"y", 2.25))
try:
    b"%s" % "str"
except TypeError as e:
    print(type(e).__name__, e)
print(bytearray(b"%d") % 7)
