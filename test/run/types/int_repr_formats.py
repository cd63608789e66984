# RUN: %difftest %s
# str/repr of ints and literal forms
print(0xFF, 0o777, 0b1010, 1_0, -0, 000)
print(repr(10 ** 20), str(-5), bin(-5), oct(-8), hex(-255), hex(0))
print(int.__name__, type(10 ** 100).__name__)
