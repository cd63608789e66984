# RUN: %difftest %s
# printf-style % formatting, all conversions
print("%s %r %a" % ("é", "é", "é"))
print("%d %i %u %5d %-5d| %05d %+d % d" % (3, 4, 5, 6, 7, 8, 9, 10))
print("%x %X %#x %#X %o %#o %08.3f %e %E %g %G %.3g %c %c %%" % (255, 255, 255, 255, 8, 8, 3.14159, 12345.678, 0.00012, 1e-5, 1e20, 1234567, 65, "z"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 7}, "%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s" % (1, ), "%s" % [1, 2], "%r" % ((1, 2),), "%.2s" % "abcdef", "%5.1s|" % "xyz", "%d" % 3.99, "%f" % 1, "%x" % -255)
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%c", 1234567890), ("%(a)s", 5), ("%x", 1.5)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__, e)
