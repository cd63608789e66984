# RUN: %difftest %s
# functools.wraps/update_wrapper, cached_property, singledispatch/singledispatchmethod
import functools
from functools import wraps, update_wrapper, cached_property, singledispatch, singledispatchmethod
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
@deco
def greet(name: str) -> str:
    "Say hi."
    return 'hi ' + name
greet.extra = 1
print(greet('x'), greet.__name__, greet.__doc__, greet.__annotations__, greet.__wrapped__.__name__, greet.__qualname__, greet.__module__)
def base():
    pass
base.custom = 'c'
def w():
    pass
update_wrapper(w, base)
print(w.__name__, w.custom, w.__wrapped__ is base)
class Obj:
    pass
o = Obj()
update_wrapper(o, base, assigned=('__name__', '__missing_attr__'), updated=())
print(o.__name__, o.__wrapped__ is base)
class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        "The area."
        print('computing')
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, 'area' in c.__dict__, Circle.area.__doc__, type(Circle.area).__name__)
del c.area
print(c.area)
class Slotted:
    __slots__ = ('x',)
    @cached_property
    def val(self):
        return 1
try:
    Slotted().val
except TypeError as e:
    print(e)
@singledispatch
def describe(x):
    return 'object'
@describe.register
def _(x: int):
    return 'int ' + str(x)
@describe.register(str)
@describe.register(bytes)
def _(x):
    return 'text'
@describe.register(list)
def _(x):
    return 'list of %d' % len(x)
def for_float(x):
    return 'float'
describe.register(float, for_float)
class MyList(list):
    pass
print(describe(1), describe(True), describe('s'), describe(b'b'), describe([1, 2]), describe(MyList()), describe(2.5), describe(None))
print(describe.dispatch(bool).__name__, describe.dispatch(float) is for_float, describe.__name__)
print(sorted(t.__name__ for t in describe.registry))
try:
    describe()
except TypeError as e:
    print(e)
class Fmt:
    @singledispatchmethod
    def show(self, arg):
        return 'generic'
    @show.register
    def _(self, arg: int):
        return 'int'
    @show.register
    def _(self, arg: list):
        return 'list'
print(Fmt().show(1), Fmt().show([]), Fmt().show('s'))
