# RUN: %difftest %s
# collections.namedtuple: fields, defaults, rename, _make/_asdict/_replace, repr, tuple behaviour, match, errors
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], tuple(p), len(p), p == (11, 22), isinstance(p, tuple), hash(p) == hash((11, 22)))
x, y = p
print(x, y, p._fields, Point._field_defaults, Point.__match_args__, Point.__name__, Point.__qualname__, Point.__module__)
print(Point._make([1, 2]), p._asdict(), p._replace(x=100), Point.__doc__, Point.x.__doc__, Point.__new__.__doc__)
print(Point.__bases__, Point.__slots__, p.__getnewargs__(), p + (3,), p * 2, p.count(11), p.index(22))
try:
    p.x = 5
except AttributeError:
    print('immutable')
try:
    p.z = 5
except AttributeError:
    print('no new attributes')
P3 = namedtuple('P3', 'a, b c', defaults=(0, [1]))
print(P3(5), P3(1, 2, 3), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '9'], rename=True)
print(R._fields)
One = namedtuple('One', 'a')
print(One(1), One._make([2]))
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields)
for bad in [('1x', 'a'), ('X', 'a a'), ('X', 'class'), ('X', '_a'), ('X', 'a-b'), ('def', 'a')]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print(e)
try:
    namedtuple('X', 'a', defaults=(1, 2))
except TypeError as e:
    print(e)
for f in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, y=2, z=3), lambda: Point._make([1]), lambda: p._replace(z=3)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Sub(Point):
    __slots__ = ()
    @property
    def hyp(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self):
        return 'Sub %d %d' % self
s = Sub(3, 4)
print(s, repr(s), s.hyp, s._replace(x=0), type(s._replace(x=0)).__name__)
match p:
    case Point(x=11, y=yy):
        print('matched y =', yy)
match s:
    case Point(a, b):
        print('positional', a, b)
M = namedtuple('M', 'a b', module='mymod')
print(M.__module__, repr(M(1, [2])))
nested = Point(Point(1, 2), [Point(3, 4)])
print(nested, sorted([Point(2, 1), Point(1, 2), Point(1, 1)]))
print(dict(Point(1, 2)._asdict()), Point(*range(2)), Point(**{'x': 1, 'y': 2}))
