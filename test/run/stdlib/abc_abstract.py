# RUN: %difftest %s
# abc: abstractmethod enforcement and 3.11's message, abstract properties/classmethods, register, __subclasshook__
from abc import ABC, ABCMeta, abstractmethod, update_abstractmethods, get_cache_token
import abc
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    @property
    @abstractmethod
    def name(self): ...
try:
    Shape()
except TypeError as e:
    print(e)
class Sq(Shape):
    def area(self):
        return 1
try:
    Sq()
except TypeError as e:
    print(e)
class Sq2(Sq):
    def perimeter(self):
        return 4
    name = 'sq'
print(Sq2().area(), sorted(Shape.__abstractmethods__), sorted(Sq.__abstractmethods__), Sq2.__abstractmethods__)
class One(metaclass=ABCMeta):
    @classmethod
    @abstractmethod
    def make(cls): ...
try:
    One()
except TypeError as e:
    print(e)
print(type(Shape), type(One), ABC.__slots__, One.make.__isabstractmethod__, isinstance(Sq2(), Shape))
class Reg(ABC):
    pass
token = get_cache_token()
Reg.register(int)
print(get_cache_token() != token, isinstance(1, Reg), issubclass(bool, Reg), isinstance('a', Reg), Reg.register(str) is str, isinstance('a', Reg))
@Reg.register
class Virtual:
    pass
print(issubclass(Virtual, Reg), Reg in Virtual.__mro__)
try:
    Reg.register(1)
except TypeError as e:
    print(e)
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any('quack' in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
class Duck:
    def quack(self):
        pass
class Robo(Duck):
    pass
print(isinstance(Duck(), Hook), issubclass(Robo, Hook), issubclass(int, Hook))
class Later(ABC):
    @abstractmethod
    def f(self): ...
Later.f = lambda self: 'impl'
update_abstractmethods(Later)
print(Later().f(), Later.__abstractmethods__)
class Concrete(ABC):
    pass
print(type(Concrete()).__name__, Concrete.__abstractmethods__)
