# RUN: %difftest %s
# collections.ChainMap lookups/writes/new_child/parents and UserDict/UserList/UserString basics
from collections import ChainMap, UserDict, UserList, UserString
defaults = {'color': 'red', 'user': 'guest'}
args = {'user': 'admin'}
cm = ChainMap(args, defaults)
print(cm['user'], cm['color'], len(cm), list(cm), list(cm.items()), dict(cm), 'color' in cm, cm.get('nope', 0))
print(cm)
cm['color'] = 'blue'; print(args, defaults)
del cm['color']; print(args)
try:
    del cm['color']
except KeyError as e:
    print('KeyError', e)
child = cm.new_child({'x': 1}); print(child, child.parents, child.maps[0])
print(cm.new_child(), ChainMap(), bool(ChainMap({})), bool(cm))
try:
    ChainMap()['k']
except KeyError as e:
    print('KeyError', e)
print(cm.pop('user'), cm, cm.pop('zz', 'dflt'))
try:
    ChainMap({}).popitem()
except KeyError as e:
    print('KeyError', e)
print(ChainMap({'a': 1}) | {'b': 2}, ChainMap.fromkeys('ab', 0), cm.copy(), cm == {'color': 'red', 'user': 'guest'}, list(cm.keys()), list(cm.values()))
class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
u = Lower({'A': 1}, B=2)
u['C'] = 3
print(u, u.data, len(u), 'a' in u, u['a'], u.get('zz'), list(u), isinstance(u, UserDict), u | {'d': 4})
u.update({'E': 5}); print(u, u.pop('e'), u.setdefault('f', 6), u)
try:
    u['missing']
except KeyError as e:
    print('KeyError', e)
ul = UserList([3, 1, 2])
ul.append(0); ul.sort(); print(ul, ul[1:], type(ul[1:]).__name__, len(ul), ul + [9], ul * 2, ul == [0, 1, 2, 3])
ul.extend(UserList([7])); ul.insert(0, -1); print(ul, ul.pop(), ul.index(2), ul.count(1), 2 in ul)
ul.reverse(); ul.remove(2); print(ul, ul.data)
us = UserString('Hello')
print(us, repr(us), us.upper(), us + '!', us[1:3], len(us), 'ell' in us, us * 2, us.split('l'), us == 'Hello', type(us.lower()).__name__)
print(us.replace('l', 'L'), us.find('o'), us.startswith('He'), us.center(9, '*'), us.zfill(7), sorted([UserString('b'), UserString('a')]))
