# RUN: %difftest %s
# %-formatting of floats, ints and strs with and without flags, width and precision
for v in (0.125, 2.5, -1.0, 1e300, float("inf"), float("nan"), -0.0, 123456789.123):
    print("%f|%.2f|%e|%.3E|%g|%G|%.0f|%F" % (v, v, v, v, v, v, v, v))
class F(float): pass
print("%.2f %s %d %r" % (F(1.5), "x", 3, "y"), "%5.1f|%-6.2f|%+.1f|% .1f|%05.1f" % (1.25, 1.25, 1.25, 1.25, 1.25))
print("%d %i %u %s" % (-5, 2**70, True, None), "%.1f" % 3, "%f" % 2**0.5)
