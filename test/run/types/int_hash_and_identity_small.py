# RUN: %difftest %s
# int dunder methods called directly, including NotImplemented results
print((7).__index__(), (-7).__abs__(), (3).__neg__(), (2).__pow__(10), (10).__rtruediv__(4), (5).__rsub__(1))
print(int.__new__(int, 5), int.__new__(int, "12"), (255).__format__("x"), (1).__bool__(), (0).__bool__())
print((10).__floordiv__(3), (10).__mod__(-3), (10).__divmod__(3), (2).__lshift__(3), (-16).__rshift__(2), (6).__and__(3), (6).__or__(3), (6).__xor__(3))
print((5).__add__(1.0), (5).__eq__(5.0), (5).__lt__("a"))
