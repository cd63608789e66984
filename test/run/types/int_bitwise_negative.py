# RUN: %difftest %s
# bitwise operations on negative ints use two's complement semantics
for a, b in [(-1, 5), (-6, 3), (-6, -3), (12, -5), (-(2 ** 70), 2 ** 70 - 1)]:
    print(a, b, a & b, a | b, a ^ b, ~a)
