# RUN: %difftest %s
# float floor division and modulo: sign follows the divisor
for a, b in [(5.5, 2), (-5.5, 2), (5.5, -2), (-5.5, -2), (0.0, -1), (-0.0, 1), (1e300, 1e-300), (7, 0.1)]:
    print(a, b, a // b, a % b, divmod(a, b))
