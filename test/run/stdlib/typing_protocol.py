# RUN: %difftest %s
# typing: Protocol classes, runtime_checkable isinstance/issubclass, Supports* protocols, generic protocols
from typing import Protocol, runtime_checkable, TypeVar, SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, SupportsRound, Iterable


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class Plain(Protocol):
    def draw(self) -> str:
        ...


@runtime_checkable
class Named(Protocol):
    name: str


class File:
    def close(self):
        return 'closed'


class Person:
    def __init__(self):
        self.name = 'ann'


class Shape:
    def draw(self):
        return 'shape'


print(isinstance(File(), Closable), isinstance(3, Closable), issubclass(File, Closable))
print(isinstance(Person(), Named), isinstance(File(), Named))


def render(x: Plain) -> str:
    return x.draw()


print(render(Shape()))


def check(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, 'TypeError:', e)


check('not runtime', lambda: isinstance(Shape(), Plain))
check('data protocol issubclass', lambda: issubclass(Person, Named))
check('instantiate', lambda: Closable())
check('runtime_checkable on class', lambda: runtime_checkable(File))


class Impl(Closable):
    def close(self):
        return 'impl'


print(Impl().close(), isinstance(Impl(), Closable), Impl._is_protocol, Closable._is_protocol)
print(isinstance(3, SupportsInt), isinstance('3', SupportsInt), isinstance(2.5, SupportsFloat))
print(isinstance(7, SupportsIndex), isinstance(2.5, SupportsIndex), isinstance(-3, SupportsAbs))
print(isinstance(1.5, SupportsRound), issubclass(float, SupportsInt), issubclass(str, SupportsFloat))

T = TypeVar('T')


@runtime_checkable
class Box(Protocol[T]):
    def get(self) -> T:
        ...


class IntBox:
    def get(self):
        return 1


print(isinstance(IntBox(), Box), Box.__parameters__, Box[int])


class Sub(Closable, Protocol):
    def open(self) -> None:
        ...


print(Sub._is_protocol, Sub.__mro__[1:3])


def bad_protocol():
    class P(File, Protocol):
        pass


check('bad base', bad_protocol)


class WithIter(Iterable[int], Protocol):
    pass


print(WithIter._is_protocol)
