# RUN: %difftest %s
# mixing int, float, complex, bool in arithmetic
vals = [True, 2, 2.5, 1 + 1j]
for a in vals:
    print([type(a + b).__name__ for b in vals], a + 1)
print(3 * 1.0, 3 + 0j, 2 ** 0.5, 4 ** 0.5, 8 ** (1/3), (-1) ** 0.5)
