# RUN: %difftest %s
# typing.NamedTuple: class syntax with defaults and methods, functional forms, errors, pattern matching
from typing import NamedTuple, List, Optional


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = 'p'

    def norm(self) -> int:
        return abs(self.x) + abs(self.y)


p = Point(1, 2)
print(p, Point(5), Point(x=3, label='q'), p.norm())
print(Point._fields, Point._field_defaults, Point.__annotations__)
print(p._replace(y=7), p._asdict(), Point._make([4, 5, 'm']))
print(isinstance(p, tuple), Point.__mro__, Point.__name__, Point.__qualname__, Point.__module__)
x, y, label = p
print(x, y, label, p[0], p[-1], len(p), p == (1, 2, 'p'), p + (9,), hash(p) == hash((1, 2, 'p')))
print(sorted([Point(3, 1), Point(1, 2), Point(1, 1)]))


class Pretty(NamedTuple):
    name: str
    tags: List[str] = []

    def __str__(self):
        return '<%s %s>' % (self.name, ','.join(self.tags))

    @property
    def first(self) -> Optional[str]:
        return self.tags[0] if self.tags else None


pr = Pretty('a', ['x', 'y'])
print(pr, repr(pr), pr.first, Pretty('b').first, str(Pretty('c')))

Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('ann', 3), Emp.__annotations__, Emp._fields, Emp.__module__)
E2 = NamedTuple('E2', name=str, id=int)
print(E2(name='bob', id=4), E2._fields)


def check(label, fn):
    try:
        print(label, fn())
    except (TypeError, AttributeError, ValueError) as e:
        print(label, type(e).__name__ + ':', e)


check('missing', lambda: Point())
check('extra', lambda: Point(1, 2, 'a', 4))
check('keyword', lambda: Point(1, z=3))
check('replace bad', lambda: p._replace(z=1))


def bad_order():
    class Bad(NamedTuple):
        a: int = 1
        b: int


def bad_order2():
    class Bad(NamedTuple):
        a: int = 1
        b: int = 2
        c: int


def overwrite():
    class Bad(NamedTuple):
        a: int

        def _asdict(self):
            return {}


check('order', bad_order)
check('order2', bad_order2)
check('overwrite', overwrite)
check('both', lambda: NamedTuple('X', [('a', int)], b=int))


class P3(Point):
    def extra(self):
        return self.x * 10


print(P3(2, 3), P3(2).extra(), P3.__mro__[1])

match Point(1, 2):
    case Point(x, y, label):
        print('matched', x, y, label)

match Point(0, 5):
    case Point(x=0, y=yy):
        print('on axis', yy)
