# RUN: %difftest %s
# assigning C.__bases__: CPython's checks and messages, MRO recomputed for C and its subclasses (restored on failure), __subclasses__, slots and attribute caches follow
class Base:
    def who(self):
        return "base"


class Mixin:
    def hi(self):
        return "mixin"

    def who(self):
        return "mixin:" + super().who()


class Leaf(Base):
    pass


class Sub(Leaf):
    pass


leaf, sub = Leaf(), Sub()


def look(obj):
    # The same attribute site before and after: its cache must follow.
    return obj.who()


print(look(leaf), look(sub), hasattr(leaf, "hi"))
Leaf.__bases__ = (Mixin, Base)
print(Leaf().hi(), look(leaf), look(sub), sub.hi())
print(Leaf.__bases__, Leaf.__base__)
print([c.__name__ for c in Leaf.__mro__], [c.__name__ for c in Sub.__mro__])
print(isinstance(leaf, Mixin), issubclass(Sub, Mixin), Leaf in Mixin.__subclasses__(),
      Base.__subclasses__(), Mixin.__subclasses__())
Leaf.__bases__ = (Base,)
print(look(leaf), look(sub), hasattr(leaf, "hi"), Mixin.__subclasses__(), isinstance(leaf, Mixin))


# Operators come from the new bases.
class Adder:
    def __add__(self, other):
        return "added"

    def __len__(self):
        return 7


class Plain:
    pass


class User(Plain):
    pass


u = User()
try:
    u + 1
except TypeError as e:
    print("TypeError:", e)
User.__bases__ = (Adder,)
print(u + 1, len(u))
User.__bases__ = (Plain,)
try:
    len(u)
except TypeError as e:
    print("TypeError:", e)


# Errors, and nothing changes after them.
class A:
    pass


class B:
    pass


class S:
    __slots__ = ("x",)


class S2:
    __slots__ = ("y",)


class E:
    __slots__ = ()


class SL(S):
    pass


class X(int):
    pass


class Y(int):
    pass


class Z(X):
    pass


class M(type):
    pass


class WithMeta(metaclass=M):
    pass


def attempt(label, cls, value):
    try:
        cls.__bases__ = value
        print(label, "ok", [c.__name__ for c in cls.__mro__])
    except TypeError as e:
        print(label, "TypeError:", e)


attempt("list", Leaf, [Base])
attempt("empty", Leaf, ())
attempt("nontype", Leaf, (1,))
attempt("self", Leaf, (Leaf,))
attempt("cycle", Leaf, (Sub,))
attempt("int", Leaf, (int,))
attempt("bool", Leaf, (bool,))
attempt("object", Leaf, (object,))
attempt("slots", Leaf, (S,))
attempt("emptyslots", Leaf, (E,))
attempt("dup", Leaf, (A, A))
attempt("mro-order", Leaf, (object, A))
attempt("builtin", int, (object,))
attempt("slots2", SL, (S2,))
attempt("slots3", SL, (A,))
attempt("intsub", Z, (Y,))
attempt("str", Z, (str,))
attempt("meta", Leaf, (WithMeta,))
attempt("AB", Leaf, (A, B))
attempt("plain-object", A, (object,))
try:
    del Leaf.__bases__
except TypeError as e:
    print("TypeError:", e)


# A subclass whose MRO would conflict: everything is restored.
class Root:
    pass


class P(Root):
    pass


class Q(P):
    pass


class R(Root):
    pass


class T(Q, R):
    pass


before = (T.__mro__, R.__mro__, R.__bases__)
attempt("subclass-conflict", R, (Q,))
print((T.__mro__, R.__mro__, R.__bases__) == before, R.__subclasses__(), Q.__subclasses__())
attempt("subclass-ok", R, (P,))
print([c.__name__ for c in T.__mro__], P.__subclasses__(), Root.__subclasses__())


# Which bases a class of each base may switch to (CPython's layout rules:
# fields added by __slots__, __dict__, __weakref__, built-in layouts and
# exception attributes).
class A: pass
class B: pass
class Sd: __slots__ = ('__dict__',)
class Sw: __slots__ = ('__weakref__',)
class Sdw: __slots__ = ('__dict__', '__weakref__')
class Sx: __slots__ = ('x',)
class Sx2: __slots__ = ('x',)
class Sy: __slots__ = ('y',)
class E: __slots__ = ()
class E2: __slots__ = ()
class AS(A): __slots__ = ('x',)
class BS(B): __slots__ = ('x',)
class L(list): pass
class L2(list): pass
class LS(list): __slots__ = ()
class D(dict): pass
class T(tuple): pass
class T2(tuple): pass
class I(int): __slots__ = ()
class I2(int): __slots__ = ()
class F(float): pass
class F2(float): pass
class St(str): pass
class Ex(Exception): pass
class Ex2(Exception): pass
class M(type): pass
class M2(type): pass
class Se(set): pass
class Se2(set): pass
class AE(A, Exception): pass
cands = [A, B, Sd, Sw, Sdw, Sx, Sx2, Sy, E, E2, AS, BS, L, L2, LS, D, T, T2, I, I2, F, F2, St, Ex, Ex2, M, M2, Se, Se2, object, list, dict, int, Exception, ValueError]
for old in cands:
    res = []
    for new in cands:
        if new is old: continue
        C = type('C', (old,), {})
        try:
            C.__bases__ = (new,)
            res.append(new.__name__)
        except TypeError as e:
            pass
    print(old.__name__, res)


class MyE(ValueError):
    pass


class MyK(KeyError):
    pass


for new in (KeyError, OSError, ExceptionGroup, MyK, StopIteration):
    attempt("exc-" + new.__name__, MyE, (new,))
try:
    raise MyE("x")
except LookupError as e:
    print("caught as LookupError", type(e).__name__, e)
