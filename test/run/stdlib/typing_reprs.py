# RUN: %difftest %s
# typing: reprs of aliases, special forms, Union/Optional, Callable, Tuple, Literal, Annotated, TypeVar
import typing
from typing import (Any, Optional, Union, List, Dict, Set, FrozenSet, Tuple, Type, Callable,
                    Iterable, Iterator, Generator, Sequence, Mapping, MutableMapping, Hashable,
                    Sized, Awaitable, Coroutine, AsyncIterator, Literal, Final, ClassVar,
                    Annotated, TypeVar, Deque, DefaultDict, NoReturn)

T = TypeVar('T')
T_co = TypeVar('T_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
print(T, T_co, T_contra, T.__name__)
print(List, Dict, Set, Tuple, Callable, Type, Any, Optional, Union, Final, NoReturn)
print(List[int], Dict[str, int], Set[str], FrozenSet[int], Type[int])
print(Optional[int], Optional[List[str]], Union[int, str], Union[int, str, None])
print(Union[int], Union[int, Union[str, int]], Union[None, int])
print(Tuple[int, str], Tuple[int, ...], Tuple[()])
print(Callable[[int], str], Callable[[int, float], None], Callable[[], int], Callable[..., int])
print(Iterable[int], Iterator[str], Generator[int, None, str], Sequence[float])
print(Mapping[str, int], MutableMapping[str, List[int]], Hashable, Sized)
print(Awaitable[int], Coroutine[None, None, int], AsyncIterator[bytes])
print(Literal[1, 'a', None, True], Literal['x'], ClassVar[int], Final[str])
print(Annotated[int, 'meta'], Annotated[List[int], 'a', 3], Annotated[Annotated[int, 1], 2])
print(Deque[int], DefaultDict[str, int], typing.Counter[str], typing.OrderedDict[str, int])
print(List['Node'], Optional['Node'], Dict[str, T], List[T])


class Local:
    pass


print(List[Local], Optional[Local], Callable[[Local], Local])
print(int | List[int], List[int] | None, Optional[int] | str)
print(repr(List[int]), str(Dict[str, int]), [Optional[int]], {'k': Tuple[int, int]})
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int])
print(List[int] == List[int], List[int] == List[str], hash(Dict[str, int]) == hash(Dict[str, int]))
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True])
print(List[int].__origin__, List[int].__args__, List.__origin__, Dict[str, int].__args__)
print(Union[int, str].__args__, Optional[int].__args__, Callable[[int], str].__args__)
print(List[int].__parameters__, Dict[str, T].__parameters__)
print(typing.Text, typing.AnyStr, typing.TYPE_CHECKING)
