# RUN: %difftest %s
# printf-style % formatting of numbers: d i u o x X e E f F g G with flags
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [0, 7, -7, 255, -255, 10**30, -10**30, True]:
    print("%d|%i|%u|%o|%x|%X|%#o|%#x|%#X|%5d|%-5d|%05d|%+d|% d|%.3d|%+.3d|%08x|%#08x|%-#8x|%+05d" % ((v,) * 20))
for v in [0.0, -0.0, 1.5, -2.25, 3.14159, 1e20, 1.23e-7, 12345.678, float("inf"), float("-inf"), float("nan"), 100000.0, 1e16]:
    print("%f|%F|%e|%E|%g|%G|%.2f|%10.3f|%-10.2e|%+.1f|% .0f|%#.0f|%#g|%010.2f|%.0e|%.3g|%5.1G" % ((v,) * 17))
print("%d %d" % (3.9, -3.9), "%x" % True, "%.100f" % 1, "%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "%d" % 10**50, "%*d|%-*d|%0*d|%.*f" % (5, 42, 5, 42, 5, 42, 2, 3.14159), "%*d|" % (-5, 42))
class I:
    def __index__(self):
        return 10
class F:
    def __float__(self):
        return 2.5
class N:
    def __int__(self):
        return 7
print("%x %o %d" % (I(), I(), I()), "%f" % F(), "%d" % N())
t(lambda: "%x" % N())
t(lambda: "%d" % F())
t(lambda: "%f" % N())
t(lambda: "%d" % [1])
t(lambda: "%e" % "1")
