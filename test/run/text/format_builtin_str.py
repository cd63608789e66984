# RUN: %difftest %s
# format() builtin and __format__ on str and str subclasses, f-string specs
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(format("x"), format("x", ""), format("x", "3"), format("x", "^3"), format("xyz", ".1"), format("é", "€>4"), format("", "*^4"))
class Up(str):
    def __format__(self, spec):
        return self.upper() + "|" + spec
print(format(Up("ab"), "x"), f"{Up('cd'):>5}", "{:zz}".format(Up("ef")), "%s" % Up("gh"))
class NoFormat:
    pass
print(format(NoFormat(), "")[:10])
t(lambda: format(NoFormat(), "x"))
t(lambda: format("x", 5))
t(lambda: format("x", "d"))
t(lambda: format("x", "=5"))
t(lambda: format("x", "+"))
t(lambda: format("x", "#"))
t(lambda: format("x", ","))
t(lambda: format("x", "z"))
t(lambda: format("x", "5.2d"))
t(lambda: format("x", "1x"))
