# RUN: %difftest %s
# complex: construction, repr, arithmetic, comparisons, hashing, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
inf, nan = float("inf"), float("nan")
for c in [1 + 2j, 2j, -2j, complex(-0.0, 2), complex(0.0, -0.0), complex(-0.0, -0.0), 1 + 0j, complex(1),
          complex(inf, nan), complex(nan, -inf), complex(1, nan), complex(1e300, -1e-300), 0.1 + 0.2j]:
    print(repr(c), str(c), c.real, c.imag, c.conjugate(), abs(c) if c == c else "nan")
for s in ["1+2j", "(1+2j)", " ( 1+2j ) ", "j", "-j", "+J", "1e3-2.5e-1j", "2", "-3.5", "inf+nanj", "1_0j",
          "1 + 2j", "abc", "", "()", "1+", "j1", "1+2", "(1+2j", "nan", "-infj", "1+-2j"]:
    t(lambda: complex(s))
t(lambda: complex(1, 2))
t(lambda: complex(1j, 1j))
t(lambda: complex(1j))
t(lambda: complex(real=2))
t(lambda: complex(imag=2))
t(lambda: complex())
t(lambda: complex("1", 2))
t(lambda: complex(1, "2"))
t(lambda: complex([]))
t(lambda: complex(1, []))
t(lambda: complex(1, 2, 3))
class C:
    def __complex__(self):
        return 3 + 4j
t(lambda: complex(C()))
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, a ** 2, a ** -1, a ** 0, a ** 0.5, a ** b, 2 ** a, a + 1, 1.5 * a)
print(a == 3 + 4j, a != b, 1 + 0j == 1, 1 + 0j == 1.0, 2j == 2, 1 + 0j == True)
t(lambda: a < b)
t(lambda: a // 2)
t(lambda: a % 2)
t(lambda: divmod(a, 2))
t(lambda: a / 0)
t(lambda: 0j ** -1)
t(lambda: 0j ** 1j)
t(lambda: (1e200j) ** 2)
t(lambda: complex(1e300, 1e300) ** 5)
t(lambda: pow(1j, 2, 3))
t(lambda: abs(complex(1e308, 1e308)))
t(lambda: abs(complex(inf, nan)))
print(hash(1 + 2j), hash(complex(0, -1)), hash(3 + 0j) == hash(3), hash(1.5 + 0j) == hash(1.5))
print(bool(0j), bool(1j), bool(complex(0, -0.0)))
print((1j).__getnewargs__(), (2 + 1j).__complex__())
