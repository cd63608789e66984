# RUN: %difftest %s
# typing: get_type_hints (string annotations, classes, Annotated/include_extras), get_origin, get_args, ForwardRef
import typing
from typing import (get_type_hints, get_origin, get_args, List, Dict, Optional, Union, Callable,
                    Tuple, Annotated, ClassVar, Literal, Generic, TypeVar, ForwardRef, Any)


class Node:
    value: int
    children: 'List[Node]'
    parent: Optional['Node'] = None
    count: ClassVar[int] = 0
    weight: Annotated[float, 'kg']


def f(a: int, b: 'str', c: 'Optional[Node]' = None, *args: 'int', **kw: Dict[str, 'Node']) -> 'List[int]':
    pass


def g(x, y: None) -> None:
    pass


print(get_type_hints(f))
print(get_type_hints(g), g.__annotations__)
print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True)['weight'])


class Child(Node):
    extra: 'Tuple[int, ...]'


print(list(get_type_hints(Child)), get_type_hints(Child)['extra'])


def h(items: 'list[Node]', m: 'dict[str, int] | None') -> 'int | str':
    pass


print(get_type_hints(h))

print(get_origin(List[int]), get_origin(Dict[str, int]), get_origin(Union[int, str]))
print(get_origin(Optional[int]), get_origin(Callable[[int], str]), get_origin(Literal[1]))
print(get_origin(Annotated[int, 'x']), get_origin(ClassVar[int]), get_origin(Tuple[int, ...]))
print(get_origin(list[int]), get_origin(int | str), get_origin(int), get_origin(List), get_origin(Generic))
print(get_args(List[int]), get_args(Dict[str, int]), get_args(Union[int, str]), get_args(Optional[int]))
print(get_args(Callable[[int, str], bool]), get_args(Callable[..., int]), get_args(Callable[[], None]))
print(get_args(Annotated[int, 'x', 3]), get_args(Literal['a', 'b']), get_args(Tuple[int, ...]))
print(get_args(list[int]), get_args(int | str), get_args(int), get_args(List), get_args(Tuple[()]))

T = TypeVar('T')


class Box(Generic[T]):
    item: T


print(get_origin(Box[int]), get_args(Box[int]), get_type_hints(Box))

ref = ForwardRef('Node')
print(ref, ref == ForwardRef('Node'), ref.__forward_arg__, List['Node'].__args__[0] == ref)


def check(label, fn):
    try:
        print(label, fn())
    except (TypeError, NameError, SyntaxError) as e:
        print(label, type(e).__name__ + ':', e)


def missing(x: 'Undefined') -> None:
    pass


check('undefined name', lambda: get_type_hints(missing))
check('bad forward', lambda: ForwardRef('1 +'))
check('not a type', lambda: get_type_hints(3))


@typing.no_type_check
def untyped(x: 'this is not a type') -> 'nor this':
    pass


print(get_type_hints(untyped), untyped.__no_type_check__)
