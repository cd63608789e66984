# RUN: %difftest %s
# json.dumps: scalars, float reprs, NaN/Infinity, indent/separators/sort_keys, ensure_ascii escaping, key coercion, int/float subclasses, tuples
import json
import enum

print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(0), json.dumps(-12345678901234567890))
for f in [0.0, -0.0, 1.5, 0.1, 1e16, 1e-7, 123456789.123, 2.5e300, float('nan'), float('inf'), float('-inf')]:
    print(json.dumps(f))
print(json.dumps("plain"), json.dumps('q"b\\s/\n\r\t\b\f\x00\x1f\x7f'))
print(json.dumps('caf\u00e9 \u4e2d \U0001f600 \ud800 \udfff'))
print(json.dumps('caf\u00e9 \u4e2d \U0001f600 \x01\x7f', ensure_ascii=False))
print(json.dumps([1, (2, 3), [], {}, (), [[]]]))
d = {'b': 1, 'a': [1, 2, {'z': None, 'y': True}], 'c': {}, 'd': []}
print(json.dumps(d))
print(json.dumps(d, sort_keys=True))
print(json.dumps(d, indent=2))
print(json.dumps(d, indent=0))
print(json.dumps(d, indent='\t', sort_keys=True))
print(json.dumps(d, indent=3, separators=(',', ' = ')))
print(json.dumps(d, separators=(',', ':')))
print(json.dumps({1: 'i', 2.5: 'f', True: 't', False: 'f', None: 'n', 'k': 's'}))
print(json.dumps({float('inf'): 1, -0.0: 2}))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print('TypeError:', e)
print(json.dumps({(1, 2): 3, 'ok': 4}, skipkeys=True))
print(json.dumps({(1, 2): 3, 'ok': 4}, skipkeys=True, indent=1))

class MyInt(int):
    def __repr__(self):
        return 'MyInt!'
    __str__ = __repr__

class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'

class Color(enum.IntEnum):
    RED = 1
    GREEN = 2

class MyDict(dict):
    pass

class MyList(list):
    pass

print(json.dumps([MyInt(7), MyFloat(2.5), Color.GREEN, MyDict(a=1), MyList([1, 2])]))
print(json.dumps({MyInt(3): MyInt(4), Color.RED: 'red'}))
print(json.dumps("only a string", ensure_ascii=False), json.dumps("\u00ff"))
print(json.dumps([1, [2, [3, [4]]]], indent=1))
print(json.dumps({'a': [1, {'b': [], 'c': {}}]}, indent=4, sort_keys=True))
print(repr(json.dumps([], indent=2)), repr(json.dumps({}, indent=2)))
