# RUN: %difftest %s
# complex numbers: repr, arithmetic, abs, conjugate
z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), z * 1j, z / 2, z ** 2, -z)
print(1j * 1j, 1j ** 2, complex(1, 2), complex("3-4j"), complex(" 1+1j "), complex(2), complex(), 0j)
print(repr(1j), repr(-1j), repr(complex(-0.0, -0.0)), repr(complex(0, -0.0)), complex(1.5, float("inf")), complex(float("nan"), 1))
print(z == 3 + 4j, z == complex(3, 4), (1 + 0j) == 1, hash(1 + 0j) == hash(1))
print((1 + 2j) / (3 - 4j), divmod.__name__, (2 + 0j) ** 0.5)
try:
    z < z
except TypeError as e:
    print(type(e).__name__, e)
try:
    1j / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    z // 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex("1+2")
except ValueError as e:
    print(type(e).__name__, e)
print(format(z, ".2f"), f"{z:>20}", format(1.5j, "g"))
