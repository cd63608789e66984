# RUN: %difftest %s
# format() of complex numbers
specs = ["", ".2f", "g", "e", ">20", "<16", "^18.1f", "+", " ", "z", ",", "#", ".3", "F", "G", "n", "_.1f", ".0"]
for c in [1 + 2j, 2j, -2j, complex(-0.0, 0), complex(0, -0.0), complex(-0.0, -0.0), 1234.5 - 6789.25j,
          complex(float("nan"), float("inf")), 1e20 + 1j, 1 + 0j]:
    print(repr(c), [format(c, s) for s in specs])
for bad in ["=", "0", "010", "0<10", "%", "x", "c", "d"]:
    try:
        print(format(1 + 2j, bad))
    except ValueError as e:
        print(repr(bad), e)
print("{:.1f} {!r} {}".format(1.25 + 2.5j, 3j, -1j))
