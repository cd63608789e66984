# RUN: %difftest %s
# typing: TypeVar, Generic subclasses, C[int], parameter substitution, __orig_class__, errors
from typing import TypeVar, Generic, List, Dict, Tuple, Optional, Callable, Iterator

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
N = TypeVar('N', int, float)
B = TypeVar('B', bound=str)
print(N.__constraints__, B.__bound__, T.__bound__, T.__covariant__, T.__module__)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), list(s), s.__orig_class__, type(s).__name__)
print(Stack[int], Stack[str] == Stack[str], Stack.__parameters__, Stack.__orig_bases__)
print(Stack.__mro__)


class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v


print(Pair[str, int], Pair[str, List[int]], Pair.__parameters__)
print(Pair('a', 1).v, Pair[str, int]('b', 2).k)


class IntStack(Stack[int]):
    pass


print(IntStack.__orig_bases__, IntStack.__parameters__, IntStack.__mro__)


class KeyedStack(Stack[Tuple[K, V]]):
    pass


print(KeyedStack.__parameters__, KeyedStack[str, int])


class MyList(List[T]):
    pass


ml = MyList([3, 1, 2])
ml.sort()
print(ml, MyList.__mro__, MyList.__parameters__, MyList[int])


class Registry(Dict[str, int]):
    pass


print(Registry(a=1), Registry.__mro__)

Alias = Dict[str, List[T]]
print(Alias, Alias[int], Alias.__parameters__)
Fn = Callable[[T], Optional[T]]
print(Fn[int], Tuple[T, ...][str], List[Tuple[K, V]][str, int])


def check(label, fn):
    try:
        print(label, fn())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ':', e)


check('too many', lambda: Stack[int, str])
check('too few', lambda: Pair[int])
check('not generic', lambda: IntStack[int])
check('List[int][str]', lambda: List[int][str])
check('Generic[int]', lambda: Generic[int])
check('Generic[T, T]', lambda: Generic[T, T])
check('single constraint', lambda: TypeVar('X', int))
check('bivariant', lambda: TypeVar('X', covariant=True, contravariant=True))
check('Generic()', lambda: type(Generic()).__name__)


def plain_generic():
    class X(Generic):
        pass


def unlisted():
    class X(Generic[K], Dict[K, V]):
        pass


check('plain Generic', plain_generic)
check('unlisted', unlisted)
print(T | None, int | T)
