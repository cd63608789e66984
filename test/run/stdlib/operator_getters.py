# RUN: %difftest %s
# operator.itemgetter/attrgetter/methodcaller: results, dotted names, reprs, errors
from operator import itemgetter, attrgetter, methodcaller
g = itemgetter(1)
print(g([1, 2, 3]), g('xyz'), repr(g))
g2 = itemgetter(0, 'k') if False else itemgetter(0, 2)
print(g2('abc'), repr(g2), repr(itemgetter('key')), itemgetter('a')({'a': 5}))
class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
n = Node('root', Node('leaf'))
a = attrgetter('name')
print(a(n), repr(a))
ab = attrgetter('child.name', 'name')
print(ab(n), repr(ab))
m = methodcaller('split', ',')
print(m('a,b,c'), repr(m))
print(repr(methodcaller('replace', 'a', 'b', )), methodcaller('replace', 'a', 'b')('banana'))
print(repr(methodcaller('f', 1, key='v')), methodcaller('format', x=1)('{x}'))
for f in [lambda: itemgetter(), lambda: attrgetter(), lambda: methodcaller(), lambda: attrgetter(1), lambda: methodcaller(1)]:
    try:
        f()
    except TypeError as e:
        print(e)
try:
    attrgetter('missing')(n)
except AttributeError as e:
    print(e)
try:
    itemgetter(5)([1])
except IndexError as e:
    print(e)
data = [{'n': 'b', 'v': 2}, {'n': 'a', 'v': 2}, {'n': 'c', 'v': 1}]
print(sorted(data, key=itemgetter('v', 'n')))
print(type(itemgetter(1)).__name__, type(attrgetter('a')).__name__, type(methodcaller('a')).__name__)
