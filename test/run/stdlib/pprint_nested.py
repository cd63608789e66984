# RUN: %difftest %s
# pprint: layout of nested dicts/lists/tuples/sets wider than the width, indent, sort_dicts, pp
import pprint

data = {'users': [{'name': 'alice', 'roles': ['admin', 'dev'], 'id': 1, 'email': 'alice@example.com'},
                  {'name': 'bob', 'roles': [], 'id': 2, 'email': 'bob@example.com', 'extra': (1, 2, 3)}],
        'meta': {'count': 2, 'tags': {30, 10, 20}, 'frozen': frozenset({3, 1, 2})}, 'n': None,
        'matrix': [[i * j for j in range(12)] for i in range(6)]}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, width=60, indent=0)
pprint.pp(data, width=50)
pprint.pprint(data, sort_dicts=False)
print(pprint.pformat(data, width=100))
pprint.pprint(list(range(30)))
pprint.pprint(tuple(range(30)))
pprint.pprint((list(range(40)),))
pprint.pprint(set(range(40)))
pprint.pprint(frozenset(range(0, 200, 7)))
pprint.pprint({3: 1, 'a': 2, (1,): 3, None: 4, 2.5: 'x' * 60})
pprint.pprint([{}, [], (), set(), frozenset(), '', b'', (1,), [[[[[1]]]]]])
pprint.pprint([[[[[list(range(30))]]]]], width=30)
pprint.pprint({'k%d' % i: {'inner': list(range(i)), 't': (i, str(i))} for i in range(8)}, width=60)
