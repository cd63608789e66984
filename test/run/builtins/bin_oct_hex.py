# RUN: %difftest %s
# bin, oct, hex
for n in [0, 1, -1, 255, -256, 2 ** 70, True]:
    print(bin(n), oct(n), hex(n))
for bad in [1.5, "1", None]:
    try:
        bin(bad)
    except TypeError as e:
        print(type(e).__name__, e)
