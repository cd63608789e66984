# RUN: %difftest %s
# format() of ints and bools: b c d o x X n, alternate forms, grouping, zero padding, errors
specs = ["", "d", "5", "<5", "^7", "=+8", "*>6", "+", " ", "b", "#b", "o", "#o", "x", "#x", "X", "#X",
         ",", "_", "_x", "#_b", "010,", "0=10,", "0>10,", "x=9,", "09,", "#012_x", "#010x", "n", "e",
         ".2f", "%", "g", "010", "<05", "0<5", "-^9"]
for v in [0, 1, -1, 42, -255, 1234, 65535, 123456789, -987654321, 2 ** 70, -2 ** 64, True, False]:
    print(v, [format(v, s) for s in specs])
print(format(65, "c"), format(0x263A, "c"), format(97, "^5c"), format(True, "c") == "\x01")
for v, bad in [(1, ".2d"), (1, "+c"), (1, "#c"), (1, ",c"), (1, ",x"), (1, ",n"), (1, "_n"),
               (1, ",_"), (1, "_,"), (1, ",,"), (1, "q"), (1, "z"), (1, "zd"), (1, "."), (1, "dd"),
               (1, "10.2.3"), (1, "s"), (1, ".2s"), (-1, "c"), (0x110000, "c"), (1, ".2c"),
               (1, "99999999999999999999"), (10 ** 400, "e")]:
    try:
        print(format(v, bad))
    except (ValueError, OverflowError) as e:
        print(repr(bad), type(e).__name__, e)
print("{:05d} {:x} {:#o} {:,} {:>6} {:b}".format(42, 255, 8, 10 ** 9, -7, 5))
print(f"{255:#06x}|{-42:+d}|{1000000:_}|{7:^5}|{3:03}")
print("%d %5d %-5d| %05d %x %X %#x %o %#o %+d % d" % (42, -42, 7, 42, 255, 255, 255, 8, 8, 5, 5))
