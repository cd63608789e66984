# RUN: %difftest %s
# cooperative multiple inheritance with super() following the MRO
class Base:
    def go(self, trail):
        trail.append("Base")
        return trail
class L(Base):
    def go(self, trail):
        trail.append("L")
        return super().go(trail)
class R(Base):
    def go(self, trail):
        trail.append("R")
        return super().go(trail)
class D(L, R):
    def go(self, trail):
        trail.append("D")
        return super().go(trail)
print(D().go([]))
print(L().go([]))
class KW(Base):
    def __init__(self, a, **kw):
        self.a = a
        super().__init__(**kw)
class KW2(Base):
    def __init__(self, b, **kw):
        self.b = b
        super().__init__(**kw)
class Both(KW, KW2): pass
o = Both(a=1, b=2)
print(o.a, o.b)
