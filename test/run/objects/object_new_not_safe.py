# RUN: %difftest %s
# X.__new__(C) checks: a type, a subtype, and C's nearest class without a Python __new__ allocating as X ("is not safe")
def t(f):
    try:
        r = f()
        print(type(r).__name__)
    except TypeError as e:
        print("TypeError:", e)


class C:
    pass


class D:
    def __new__(cls):
        return object.__new__(cls)


class I(int):
    pass


class E(Exception):
    pass


class L(list):
    pass


class J(I):
    def __new__(cls):
        return int.__new__(cls, 7)


class K(D):
    pass


t(lambda: object.__new__(int))
t(lambda: object.__new__(C))
t(lambda: object.__new__(D))
t(lambda: object.__new__(I))
t(lambda: object.__new__(list))
t(lambda: object.__new__(L))
t(lambda: object.__new__(E))
t(lambda: object.__new__(dict))
t(lambda: object.__new__(object))
t(lambda: object.__new__(type))
t(lambda: object.__new__(5))
t(lambda: object.__new__())
t(lambda: int.__new__(str))
t(lambda: int.__new__(C))
t(lambda: int.__new__(I))
t(lambda: int.__new__(bool))
t(lambda: list.__new__(tuple))
t(lambda: tuple.__new__(L))
t(lambda: dict.__new__(L))
t(lambda: str.__new__(I))
t(lambda: Exception.__new__(ValueError))
t(lambda: BaseException.__new__(int))
t(lambda: object.__new__(BaseException))
t(lambda: object.__new__(E))
t(lambda: object.__new__(range))
t(lambda: int.__new__(float))
t(lambda: float.__new__(int))
t(lambda: type.__new__(int))
t(lambda: object.__new__(J))
t(lambda: int.__new__(J))
t(lambda: object.__new__(K))
print(J(), int.__new__(I, 5), list.__new__(L), type(K()).__name__)
