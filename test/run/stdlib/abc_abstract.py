# RUN: %difftest %s
# abc: abstractmethod enforcement and message, register, __subclasshook__
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    @property
    @abstractmethod
    def name(self): ...
for cls in [Shape]:
    try: cls()
    except TypeError as e: print(e)
class Sq(Shape):
    def area(self): return 1
try: Sq()
except TypeError as e: print(e)
class Sq2(Sq):
    def perimeter(self): return 4
    name = 'sq'
print(Sq2().area(), sorted(Shape.__abstractmethods__), Sq2.__abstractmethods__)
class Reg(ABC): pass
Reg.register(int)
print(isinstance(1, Reg), issubclass(bool, Reg), isinstance('a', Reg))
print(type(Shape), ABC.__slots__)
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, 'quack') or NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), issubclass(int, Hook))
try: Reg.register(1)
except TypeError as e: print(e)
