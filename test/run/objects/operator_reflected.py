# RUN: %difftest %s
# reflected operators are tried when the left operand returns NotImplemented or lacks the method
class R:
    def __radd__(self, o): return "radd %r" % (o,)
    def __rsub__(self, o): return "rsub %r" % (o,)
    def __rmul__(self, o): return "rmul %r" % (o,)
    def __rtruediv__(self, o): return "rtruediv %r" % (o,)
    def __rfloordiv__(self, o): return "rfloordiv"
    def __rmod__(self, o): return "rmod"
    def __rpow__(self, o): return "rpow %r" % (o,)
    def __rmatmul__(self, o): return "rmatmul"
    def __rlshift__(self, o): return "rlshift"
    def __rrshift__(self, o): return "rrshift"
    def __rand__(self, o): return "rand"
    def __ror__(self, o): return "ror"
    def __rxor__(self, o): return "rxor"
    def __rdivmod__(self, o): return "rdivmod"
r = R()
print(1 + r, 1 - r, "a" * r, 1 / r, 1 // r, 1 % r, 2 ** r, [] @ r)
print(1 << r, 1 >> r, 1 & r, 1 | r, 1 ^ r, divmod(1, r), pow(3, r))
