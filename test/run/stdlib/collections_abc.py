# RUN: %difftest %s
# collections.abc: isinstance of builtins, __subclasshook__ duck typing, register, mixin methods of Mapping/Sequence/Set
import collections.abc as cabc
from collections.abc import (Iterable, Iterator, Generator, Sized, Container, Collection, Callable,
                             Hashable, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet,
                             Reversible, KeysView, ItemsView, ValuesView)
import collections
print(collections.abc is cabc, cabc.__name__, Mapping, Mapping.__module__)
values = [[], (), '', b'', {}, set(), frozenset(), range(3), iter([]), (x for x in ()), len, 1, None, bytearray()]
for abc in (Iterable, Iterator, Generator, Sized, Container, Collection, Callable, Hashable,
            Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Reversible):
    print(abc.__name__, [isinstance(v, abc) for v in values])
print(isinstance({}.keys(), KeysView), isinstance({}.items(), ItemsView), isinstance({}.values(), ValuesView), isinstance({}.keys(), Set))
class Duck:
    def __iter__(self):
        return iter([1])
    def __len__(self):
        return 1
    def __contains__(self, x):
        return True
print(isinstance(Duck(), Iterable), isinstance(Duck(), Sized), isinstance(Duck(), Collection), isinstance(Duck(), Sequence), issubclass(Duck, Iterator))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), isinstance([], Hashable), issubclass(int, Hashable))
class Seq(Sequence):
    def __init__(self, *items):
        self.items = items
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)
s = Seq(1, 2, 3, 2)
print(list(s), 2 in s, s.index(2), s.count(2), list(reversed(s)), isinstance(s, Reversible))
try:
    s.index(9)
except ValueError:
    print('ValueError')
class Map(Mapping):
    def __init__(self, **kw):
        self.d = kw
    def __getitem__(self, k):
        return self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
m = Map(a=1, b=2)
print(m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2}, m.keys() & {'a'})
print(repr(m.keys()).startswith('KeysView(<__main__.Map'), dict(m))
class Bag(MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
b = Bag(); b.update({'x': 1}, y=2); b.setdefault('z', 3)
print(dict(b), b.pop('x'), b.popitem(), dict(b))
class S(Set):
    def __init__(self, it=()):
        self.items = list(dict.fromkeys(it))
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
a, c = S([1, 2, 3]), S([2, 3, 4])
print(list(a & c), list(a | c), list(a - c), list(a ^ c), a <= S([1, 2, 3, 4]), a == S([3, 2, 1]), a.isdisjoint([7]))
try:
    Sequence()
except TypeError as e:
    print('abstract')
class Reg:
    pass
Sequence.register(Reg)
print(issubclass(Reg, Sequence), isinstance(Reg(), Collection), issubclass(Reg, Iterable))
print(isinstance(collections.deque(), MutableSequence), isinstance(collections.OrderedDict(), MutableMapping), isinstance(collections.Counter(), Mapping))
