# RUN: %difftest %s
# dataclasses: asdict, astuple, replace, is_dataclass, make_dataclass, inheritance of fields and overriding defaults, __post_init__ chains
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass, InitVar
from collections import namedtuple
from typing import List, Dict


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass
class Shape:
    name: str
    points: List[Point] = field(default_factory=list)
    props: Dict[str, Point] = field(default_factory=dict)


s = Shape('tri', [Point(0, 0), Point(1, 0)], {'c': Point(5, 5)})
d = asdict(s)
print(d, type(d['points']), astuple(s))
d['points'].append('new')
print(len(s.points), asdict(Point(1), dict_factory=lambda kv: sorted(kv)))
Pair = namedtuple('Pair', 'a b')


@dataclass
class Holder:
    pair: Pair
    t: tuple


h = Holder(Pair(Point(1, 1), 2), (Point(2, 2), 3))
print(asdict(h), astuple(h))
print(replace(Point(1, 2), y=5), replace(s, name='sq').name, replace(Point(1, 2)))
print(is_dataclass(Point), is_dataclass(Point(1)), is_dataclass(3), is_dataclass(int))


def check(label, fn):
    try:
        print(label, fn())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ':', e)


check('asdict class', lambda: asdict(Point))
check('astuple int', lambda: astuple(3))
check('replace non-dc', lambda: replace(3, x=1))
check('replace unknown', lambda: replace(Point(1), z=3))


@dataclass
class WithInitVar:
    x: int
    factor: InitVar[int] = 1
    y: int = field(init=False, default=0)

    def __post_init__(self, factor):
        self.y = self.x * factor


print(replace(WithInitVar(2, 3), factor=5))
check('replace init=False', lambda: replace(WithInitVar(1), y=3))


@dataclass
class NeedsInitVar:
    x: int
    k: InitVar[int]

    def __post_init__(self, k):
        pass


check('replace missing InitVar', lambda: replace(NeedsInitVar(1, 2)))


@dataclass
class Base:
    a: int
    b: int = 1

    def __post_init__(self):
        self.log = ['base']


@dataclass
class Derived(Base):
    c: int = 2
    a: int = 5

    def __post_init__(self):
        super().__post_init__()
        self.log.append('derived')


dv = Derived()
print(dv, Derived(1, 2, 3), [f.name for f in fields(Derived)], dv.log, Derived.__match_args__)
print(isinstance(dv, Base), dv == Base(5, 1), Base(5, 1) == Base(5, 1))


class Plain(Base):
    extra = 'plain'


print(Plain(3), is_dataclass(Plain))


@dataclass
class Mixin:
    tag: str = 't'


@dataclass
class Multi(Derived, Mixin):
    z: int = 9


print(Multi(), [f.name for f in fields(Multi)])

C = make_dataclass('C', [('x', int), 'z', ('y', int, field(default=5))],
                   namespace={'total': lambda self: self.x + self.y})
c = C(1, z=0)
print(c, c.total(), [f.name for f in fields(C)], C.__name__, is_dataclass(C))
F = make_dataclass('F', [('v', float)], frozen=True, order=True)
print(F(1.0) < F(2.0), F(2.5))
check('make_dataclass dup', lambda: make_dataclass('D', ['a', 'a']))
check('make_dataclass keyword', lambda: make_dataclass('D', ['class']))
