# RUN: %difftest %s
# bool: singletons, arithmetic as int, &|^ stay bool, constructor, not subclassable
def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)
print(True, False, repr(True), str(False), int(True), float(False), True + True, True * 10, -True, ~True, ~False)
print(True & False, True | False, True ^ True, False ^ True, True & 1, 1 | False, True ^ 3, True << 3, True / 2)
print(type(True & False).__name__, type(True & 1).__name__, type(True + False).__name__)
print(bool(), bool(0), bool(1), bool(-1), bool(""), bool("a"), bool([]), bool([0]), bool(None), bool(0.0), bool(0j))
print(isinstance(True, int), issubclass(bool, int), True == 1, False == 0, True is True, hash(True), hash(False))
print({True: "a", 1: "b"}, {0, False}, sorted([True, False, 0, 1, 2]))
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), True.conjugate())
print(format(True), format(True, "d"), format(True, ">5"), format(False, "x"), f"{True}", "%d %s" % (True, True))
print(divmod(True, 2), True ** 2, pow(True, 5, 7), abs(True), round(True), True // 2, True % 1)
t(lambda: bool(1, 2))
t(lambda: bool(x=1))
class C:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 3
print(bool(C()), bool(L()))
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError", e)
print(bool.__name__, type(True) is bool, bool.__base__.__name__)
