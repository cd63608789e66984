# RUN: %difftest %s
# complex() parsing forms and operations
for s in ["1", "1j", "-1j", "1+1j", "(1+2j)", "  2.5e3-4.5j ", "inf+nanj", "J", "+j"]:
    print(repr(s), complex(s))
for s in ["1+", "j1", "1 + 2j", "(1+2j", ""]:
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(complex(1, 2) + complex(real=3, imag=4), complex(1j, 1j), abs(3j), pow(1j, 2), (1 + 1j) ** 10)
try:
    complex("1", 2)
except TypeError as e:
    print(type(e).__name__, e)
