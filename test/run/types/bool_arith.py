# RUN: %difftest %s
# bool is an int subclass: arithmetic gives ints
print(True + True, True * 3, True / 2, True // 2, -True, ~True, ~False)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__)
print(str(True), repr(False), bool("0"), bool(""), bool([]), bool([0]), bool(0.0), bool(-0.0), bool(0j))
print(sum([True, True, False]), isinstance(True, int), True is bool(1), int(True), float(False))
print(f"{True:d} {True:>5} {False!r}", "%d %s" % (True, True), format(True, ""))
print(bool.__mro__, True.real, True.bit_length())
