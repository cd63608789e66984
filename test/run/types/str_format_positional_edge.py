# RUN: %difftest %s
# str.format with repeated/indexed fields, nested replacement in spec, conversion plus spec
print("{0}{0}{1}".format("ab", "c"), "{0[0]}{0[1]}".format(["x", "y"]), "{a.real:.1f}".format(a=2.25))
print("{!r:>10}|{!s:<6}|".format("q", "w"), "{0:{1}{2}}".format(7, ">", 4), "{:{}}".format("z", 3) + "|")
print("{:%}".format(0.25), "{:,}".format(-1234567), "{:_}".format(10 ** 9), "{:c}".format(9731), "{:+}".format(0))
