# RUN: %difftest %s
# % formatting with mappings and mixed argument forms
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {"name": "kiln", "n": 3, "pi": 3.14159, "(p)": "paren"}
print("%(name)s has %(n)d items, pi=%(pi).2f" % d, "%(name)r %(n)05d %(n)x %(pi)e" % d, "%((p))s" % d, "%(name)-8s|%(name)8s|" % d)
class M:
    def __getitem__(self, k):
        return k.upper()
print("%(abc)s %(x)s" % M(), "%s" % M().__class__.__name__)
t(lambda: "%(missing)s" % d)
t(lambda: "%(name)s" % ("x",))
t(lambda: "%(name)s %s" % d)
t(lambda: "%(name" % d)
t(lambda: "%(name)" % d)
t(lambda: "%(n)*d" % d)
t(lambda: "%s" % d)
t(lambda: "%s %s" % d)
