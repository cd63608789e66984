# RUN: %difftest %s
# enum.Enum: members, aliases, lookup by value/name, iteration, reprs/str/format, auto, unique, errors, functional API
from enum import Enum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color(1), Color['GREEN'], list(Color), len(Color), Color.CRIMSON is Color.RED)
print(Color.RED.name, Color.RED.value, Color, type(Color.RED), isinstance(Color.RED, Color), type(Color).__name__)
print(list(Color.__members__), list(reversed(Color)), Color._member_names_)
print(f"{Color.RED}", format(Color.RED), str(Color.RED), '%s' % Color.RED, f"{Color.RED!r:>20}|", f"{Color.BLUE:>12}|")
for bad in [lambda: Color(7), lambda: Color['PINK'], lambda: Color.RED < Color.GREEN, lambda: setattr(Color, 'RED', 3)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(Color.RED in Color, Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.GREEN, {Color.RED: 'r'}[Color.CRIMSON])
print(sorted(Color, key=lambda c: c.value, reverse=True), [c.name for c in Color])
class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print(list(A), [m.value for m in A])
class Planet(Enum):
    EARTH = (5.97, 6.37)
    MARS = (0.642, 3.39)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def density(self):
        return round(self.mass / self.radius, 3)
    def describe(self):
        return '%s weighs %s' % (self.name.title(), self.mass)
print(Planet.EARTH.mass, Planet.MARS.density, Planet.EARTH.value, repr(Planet.MARS), Planet.EARTH.describe(), Planet((0.642, 3.39)))
try:
    class Ext(Color):
        X = 9
except TypeError as e:
    print(e)
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 2
        FOUR = 1
except ValueError as e:
    print(e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal.CAT), Animal.__module__)
Shape = Enum('Shape', [('SQ', 'square'), ('CI', 'circle')])
print(list(Shape), Shape('circle'), Enum('Dir', {'N': 0, 'S': 180})['S'].value)
class Fallback(Enum):
    A = 1
    B = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
print(Fallback('b'), Fallback(1))
try:
    Fallback(5)
except ValueError as e:
    print(e)
class Empty(Enum):
    pass
print(list(Empty), len(Empty), Empty, bool(Empty))
class Custom(Enum):
    SQUARE = 2
    def __str__(self):
        return 'custom ' + self.name.lower()
print(Custom.SQUARE, f"{Custom.SQUARE}", repr(Custom.SQUARE))
class Coordinate(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')
print(Coordinate(1), Coordinate.PX.label, Coordinate.PY.value)
class Ordered(Enum):
    LOW = 1
    HIGH = 2
    def __lt__(self, other):
        return self.value < other.value
print(Ordered.LOW < Ordered.HIGH, max(Ordered, key=lambda o: o.value))
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.BLUE])[0] is Color.BLUE, hash(Color.RED) == hash(Color.CRIMSON))
match Color.GREEN:
    case Color.RED:
        print('red')
    case Color.GREEN:
        print('green matched')
try:
    Color.RED.name = 'x'
except AttributeError:
    print('name is read-only')
