# RUN: %difftest %s
# typing: cast, overload (stub raises NotImplementedError), get_overloads, NewType, final, Literal, TYPE_CHECKING, assert_never, Any subclassing, __all__ names
import typing
from typing import (cast, overload, get_overloads, NewType, final, Literal, TYPE_CHECKING, Any,
                    assert_never, assert_type, List, Optional, Union, Final)

if TYPE_CHECKING:
    import nonexistent_module_only_for_checkers

print(cast(int, '3'), cast('List[int]', [1]), cast(List[str], None))


@overload
def double(x: int) -> int:
    ...


@overload
def double(x: str) -> str:
    ...


def double(x):
    return x * 2


print(double(2), double('ab'), len(get_overloads(double)))


@overload
def only_stub(x: int) -> int:
    ...


try:
    only_stub(1)
except NotImplementedError as e:
    print('NotImplementedError:', e)


class Shape:
    @overload
    def scale(self, f: int) -> 'Shape':
        ...

    @overload
    def scale(self, f: float) -> 'Shape':
        ...

    def scale(self, f):
        return 'scaled %s' % f


print(Shape().scale(2), len(get_overloads(Shape.scale)))

UserId = NewType('UserId', int)
uid = UserId(42)
print(uid, type(uid), UserId, UserId.__name__, UserId.__supertype__, UserId.__qualname__)
Name = NewType('Name', str)
print(Name('ann').upper(), Optional[UserId], List[Name], UserId | None)
try:
    class Bad(UserId):
        pass
except TypeError as e:
    print('TypeError:', e)


@final
class Leaf:
    @final
    def done(self):
        return 'done'


print(Leaf.__final__, Leaf().done(), Leaf.done.__final__)

Mode = Literal['r', 'w']


def open_mode(m: Mode) -> str:
    return m


print(open_mode('r'), Mode, Mode.__args__, Literal[Literal[1, 2], 3])


def describe(v: Union[int, str]) -> str:
    if isinstance(v, int):
        return 'int'
    elif isinstance(v, str):
        return 'str'
    else:
        assert_never(v)


print(describe(1), describe('x'))
try:
    assert_never(3.5)
except AssertionError as e:
    print('AssertionError:', e)
print(assert_type(5, int))


class Anything(Any):
    pass


print(Anything().__class__.__name__, issubclass(Anything, Any))
MAX: Final = 10
print(MAX, typing.Final[int])
for name in ['List', 'Dict', 'Optional', 'Union', 'Callable', 'TypeVar', 'Generic', 'Protocol',
             'NamedTuple', 'TypedDict', 'cast', 'overload', 'get_type_hints', 'NewType',
             'Iterable', 'Any', 'Literal', 'Final', 'ClassVar', 'Annotated']:
    print(name, name in typing.__all__, hasattr(typing, name))
from typing import *
print(Dict, Sequence, Mapping)
