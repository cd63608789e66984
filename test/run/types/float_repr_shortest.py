# RUN: %difftest %s
# float repr uses the shortest round-tripping form
for x in [0.1 + 0.2, 1e16, 1e-7, 1e15, 123456789012345678.0, 0.1, 1/3, 2/3, 1e22, 1e-5, 0.0001, 100.0,
          1.5e300 * 1e10, 5e-324, 1.7976931348623157e308, 2.5, -0.0, 3.0e-10, 1e100, 12345.678]:
    print(repr(x), str(x))
