# RUN: %difftest %s
# dataclasses: generated __init__/__repr__/__eq__, __init__ argument errors, __match_args__, nested and recursive reprs
from dataclasses import dataclass, field
from typing import List


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p == Point(1, 2), p != Point(1, 3), p == (1, 2))
print(Point.__match_args__, Point.__init__.__annotations__, Point.__hash__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)

for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {'z': 3}), ((1,), {'x': 3}), ((), {'y': 1})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)

try:
    hash(p)
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Line:
    start: Point
    end: Point
    tags: List[str] = field(default_factory=list)


ln = Line(Point(0, 0), Point(1, 1))
print(ln, ln == Line(Point(0, 0), Point(1, 1), []))


@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)


n = Node(1)
n.children.append(n)
n.children.append(Node(2))
print(n)


class Outer:
    @dataclass
    class Inner:
        x: int


print(Outer.Inner(1))


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__match_args__)


@dataclass()
class WithParens:
    a: str
    b: float = 1.5

    def __repr__(self):
        return 'custom'


print(WithParens('x'), WithParens('x') == WithParens('x', 1.5))


@dataclass
class SelfField:
    self: int
    other: str = 'o'


print(SelfField(3), SelfField(self=4))

match Point(1, 2):
    case Point(0, _):
        print('on y axis')
    case Point(x, y):
        print('point', x, y)
match Point(0, 7):
    case Point(x=0, y=yy):
        print('y axis at', yy)
