# RUN: %difftest %s
# dataclasses: order, frozen (FrozenInstanceError), unsafe_hash, eq=False, hash table, kw_only and KW_ONLY, init=False/repr=False
from dataclasses import dataclass, field, FrozenInstanceError, KW_ONLY
from typing import ClassVar


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)
    count: ClassVar[int] = 10


v = Version(1, 2)
print(v, Version(1) < Version(2), Version(1, 5) <= Version(1, 5), Version(2) > Version(1, 9))
print(sorted([Version(3), Version(1, 1), Version(1)]), Version(1, 0, 'a') == Version(1, 0, 'b'))
print(hash(v) == hash(Version(1, 2)), Version.count, {Version(1): 'one'}[Version(1)])
try:
    v.major = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del v.minor
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    v.newattr = 1
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    Version(1) < (1, 0)
except TypeError as e:
    print('TypeError:', e)


@dataclass(unsafe_hash=True)
class H:
    x: int
    y: list = field(default=None, hash=False)


print(hash(H(3)) == hash(H(3, [1])), H(1) == H(1))


@dataclass(eq=False)
class NoEq:
    x: int


a = NoEq(1)
print(a == NoEq(1), a == a, NoEq.__hash__ is object.__hash__)


@dataclass(frozen=True)
class FrozenHash:
    x: int


print(hash(FrozenHash(5)) == hash(FrozenHash(5)), FrozenHash(5) in {FrozenHash(5)})


@dataclass
class ExplicitHash:
    x: int

    def __hash__(self):
        return 7


print(hash(ExplicitHash(1)))


@dataclass(repr=False, init=False)
class Manual:
    x: int = 3


print(Manual().x, repr(Manual()).startswith('<'), Manual() == Manual())


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int


print(KW(1, c=3), KW.__match_args__)
try:
    KW(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)


@dataclass(kw_only=True)
class AllKW:
    a: int
    b: int = 0


print(AllKW(a=1), AllKW(b=2, a=3))
try:
    AllKW(1)
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Mixed:
    a: int = 0
    b: int = field(kw_only=True)
    c: int = 5


print(Mixed(1, 2, b=3), Mixed(b=0))


def check(label, fn):
    try:
        fn()
        print(label, 'ok')
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ':', e)


def order_no_eq():
    @dataclass(order=True, eq=False)
    class C:
        x: int


def order_overwrite():
    @dataclass(order=True)
    class C:
        x: int

        def __lt__(self, other):
            return True


def frozen_overwrite():
    @dataclass(frozen=True)
    class C:
        x: int

        def __setattr__(self, name, value):
            pass


def unsafe_hash_explicit():
    @dataclass(unsafe_hash=True)
    class C:
        x: int

        def __hash__(self):
            return 1


def frozen_from_plain():
    @dataclass
    class A:
        x: int

    @dataclass(frozen=True)
    class B(A):
        y: int


def plain_from_frozen():
    @dataclass(frozen=True)
    class A:
        x: int

    @dataclass
    class B(A):
        y: int


def two_kw_only():
    @dataclass
    class C:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
        c: int


check('order no eq', order_no_eq)
check('order overwrite', order_overwrite)
check('frozen overwrite', frozen_overwrite)
check('unsafe_hash explicit', unsafe_hash_explicit)
check('frozen from plain', frozen_from_plain)
check('plain from frozen', plain_from_frozen)
check('two KW_ONLY', two_kw_only)
