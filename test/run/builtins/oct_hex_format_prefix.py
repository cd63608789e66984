# RUN: %difftest %s
# prefix handling of hex/oct/bin vs format
n = 3054
print(hex(n), format(n, "x"), format(n, "#x"), f"{n:#010x}", oct(n), format(n, "o"), bin(n), format(n, "#b"), f"{n:08b}")
