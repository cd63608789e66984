# RUN: %difftest %s
# typing.TypedDict: class syntax, total=False, Required/NotRequired, inheritance, functional form; instances are plain dicts
from typing import TypedDict, List, Required, NotRequired, get_type_hints


class Movie(TypedDict):
    name: str
    year: int


m = Movie(name='Blade Runner', year=1982)
print(m, type(m), m['name'], m == {'name': 'Blade Runner', 'year': 1982})
print(Movie.__annotations__, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(Movie.__total__, Movie.__mro__, Movie.__name__, Movie.__module__)
m2 = Movie({'name': 'x', 'year': 1})
m2['year'] += 1
print(m2, len(m2), list(m2.items()))


class Options(TypedDict, total=False):
    verbose: bool
    level: Required[int]
    tags: List[str]


o = Options(level=3)
print(o, Options.__total__, sorted(Options.__required_keys__), sorted(Options.__optional_keys__))


class Rated(Movie):
    rating: float
    review: NotRequired[str]


r = Rated(name='a', year=2000, rating=4.5)
print(r, sorted(Rated.__required_keys__), sorted(Rated.__optional_keys__))
print(list(Rated.__annotations__))
print(get_type_hints(Rated))
print(get_type_hints(Options, include_extras=True))

Point = TypedDict('Point', {'x': int, 'y': int})
print(Point(x=1, y=2), Point.__annotations__, Point.__module__, sorted(Point.__required_keys__))
Loose = TypedDict('Loose', {'a': int}, total=False)
print(Loose(), Loose.__total__, sorted(Loose.__optional_keys__))


def check(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, 'TypeError:', e)


check('isinstance', lambda: isinstance({}, Movie))
check('issubclass', lambda: issubclass(dict, Movie))


def mixed():
    class Bad(Movie, int):
        pass


check('mixed', mixed)
