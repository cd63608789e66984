# RUN: %difftest %s
# typing: isinstance/issubclass with unsubscripted aliases, Union checks, and the TypeErrors for subscripted generics, Any and instantiation
from typing import (Any, Optional, Union, List, Dict, Set, Tuple, Callable, Iterable, Iterator,
                    Sequence, Mapping, MutableMapping, Hashable, Sized, Type, FrozenSet, Literal,
                    ClassVar)
import collections

print(isinstance([], List), isinstance({}, Dict), isinstance(set(), Set), isinstance((), Tuple))
print(isinstance([], Dict), isinstance(frozenset(), FrozenSet), isinstance(int, Type))
print(isinstance([1], Iterable), isinstance(3, Iterable), isinstance(iter([]), Iterator))
print(isinstance('s', Sequence), isinstance({}, Mapping), isinstance({}, MutableMapping))
print(isinstance(3, Hashable), isinstance([], Hashable), isinstance('ab', Sized))
print(isinstance(len, Callable), isinstance(3, Callable), isinstance(lambda: 0, Callable))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Iterable))
print(issubclass(list, List), issubclass(collections.OrderedDict, Dict))
print(isinstance(1, Optional[int]), isinstance(None, Optional[int]), isinstance('x', Optional[int]))
print(isinstance(1.5, Union[int, float]), isinstance('x', Union[int, float]))
print(issubclass(bool, Union[int, str]), isinstance([], (int, List)))


def check(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, 'TypeError:', e)


check('List[int]', lambda: isinstance([], List[int]))
check('Dict[str, int]', lambda: isinstance({}, Dict[str, int]))
check('issubclass List[int]', lambda: issubclass(list, List[int]))
check('Any', lambda: isinstance(1, Any))
check('Literal', lambda: isinstance(1, Literal[1]))
check('ClassVar', lambda: isinstance(1, ClassVar))
check('Optional[List[int]]', lambda: isinstance([], Optional[List[int]]))
check('List()', lambda: List())
check('Dict()', lambda: Dict())
check('Any()', lambda: Any())
check('Union()', lambda: Union())
check('Union[()]', lambda: Union[()])
check('Optional[int, str]', lambda: Optional[int, str])
check('List[int, str]', lambda: List[int, str])
check('Dict[int]', lambda: Dict[int])
check('Hashable[int]', lambda: Hashable[int])
check('Callable[int]', lambda: Callable[int])
check('Annotated[int]', lambda: __import__('typing').Annotated[int])


def subclass_union():
    class X(Union[int, str]):
        pass


def subclass_optional():
    class X(Optional):
        pass


check('subclass Union', subclass_union)
check('subclass Optional', subclass_optional)
print(collections.deque is __import__('typing').Deque.__origin__)
