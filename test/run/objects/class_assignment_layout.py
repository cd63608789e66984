# RUN: %difftest %s
# obj.__class__ = C checks layouts as __bases__ assignment does (CPython's
# compatible_for_assignment): plain classes, __slots__ with the same or other names, __dict__
# and __weakref__ slots, subclasses of built-ins, built-in exception classes, modules.
import types


class A:
    pass


class B:
    pass


class SA:
    __slots__ = ("a",)


class SB:
    __slots__ = ("b",)


class SA2:
    __slots__ = ("a",)


class SD:
    __slots__ = ("__dict__",)


class SW:
    __slots__ = ("__weakref__",)


class LA(list):
    pass


class LB(list):
    pass


class DA(dict):
    pass


class E1(ValueError):
    pass


class E2(KeyError):
    pass


class E3(OSError):
    pass


class M(types.ModuleType):
    pass


cases = [(A, B), (A, SA), (SA, SB), (SA, SA2), (SA, SD), (A, SD), (A, SW), (SW, SA), (LA, LB),
         (LA, DA), (LA, A), (E1, E2), (E1, E3), (A, int), (A, M)]
for old, new in cases:
    obj = old.__new__(old) if old not in (E1, E2, E3) else old()
    try:
        obj.__class__ = new
        print(old.__name__, "->", new.__name__, "ok", type(obj).__name__)
    except TypeError as e:
        print(old.__name__, "->", new.__name__, "TypeError:", e)
m = types.ModuleType("m")
m.__class__ = M
print(type(m).__name__)
m.__class__ = types.ModuleType
print(type(m).__name__)
try:
    A().__class__ = types.ModuleType
except TypeError as e:
    print("TypeError:", e)
