# RUN: %difftest %s
# format() of floats: every presentation type, fill/align/sign/z/#/0/width/grouping/precision
specs = ["", "f", ".2f", "10.3f", "<10", ">10", "^10", "=+10", "*^12.1f", "+", " ", "-", "z", "z.1f",
         "#", "#.0f", "#.0e", "#g", "#.3g", "e", "E", ".3e", "g", "G", ".3", ".0", ".10g", "%", ".1%",
         ",", "_", ",.2f", "020,.2f", "010", "n", "#n", "F", ".20f", "0=12.3e", "x<+12.2f"]
vals = [0.0, -0.0, 1.0, -1.5, 1234.5678, 0.000123, 1e16, 1e-7, 123456789.0, 2.5, 3.5, -1e-10,
        float("inf"), float("-inf"), float("nan"), 1e300]
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
print(format(1.5, "\u00e9^9"), format(-0.0001, "z.2f"), format(-0.0, "z%"))
for bad in ["x", "d", "c", "s", ",n", "_n", ",_", "..2", ".", "10.2.3f", "++", "=^"]:
    try:
        print(format(1.25, bad))
    except ValueError as e:
        print(bad, "->", e)
print("{:.3f} {:>8.2e} {:,} {:_.1f}".format(3.14159, 12345.678, 1234567.5, 9876.54))
print(f"{2.5:08.3f}|{-2.5:+.1f}|{0.1:.17g}|{1/3:.5%}")
print("%.2f %e %g %G %10.4f %-10.1f| %+.3e %#g %r %s" % (3.14159, 1e10, 1e-5, 1e20, 2.5, 2.5, -1.0, 1.0, 0.1, 0.1))
