# RUN: %difftest %s
class MySet(set):
    pass

class MyFrozen(frozenset):
    pass

print(set(), frozenset(), MySet(), MyFrozen())
print({1, 2}, frozenset({1, 2}), MySet([1]), MyFrozen([3, 2]))
print(repr({'a'}), str(frozenset(['b'])))
print({(1, 2), None, 'x'} == {None, 'x', (1, 2)})
print(type(MySet([1]) | {2}).__name__, type(MyFrozen([1]) & {1}).__name__)
print(type(MySet([1]).copy()).__name__, type(MyFrozen([1]).copy()).__name__)
m = MySet([1, 2])
m.extra = 5
print(m.extra, len(m), 1 in m)
class Counted(set):
    def __init__(self, it, tag):
        super().__init__(it)
        self.tag = tag
c = Counted([3, 4], 'x')
print(c, c.tag)
print({frozenset({1, 2}): 1})
print({1: {2, 3}})
