# RUN: %difftest %s
# json errors: JSONDecodeError messages/positions/lineno/colno, circular references, default=, unserializable objects, allow_nan, type errors
import json

bad = ['', '   ', '[1,]', '{"a":1,}', '{"a" 1}', '"ab', '"a\\x"', '"\\u12"', '"ab\\ud800\\u12"', '"a\nb"',
       '[1 2]', '01', '{1:2}', '-', '-x', '[', '{', '{"a":', 'nul', '1.5e', '"\\', '[1.]', '[-]',
       '{"a": 1}\n\n  x', '[\n  1,\n  2\n  3]', '\ufeff[]', 'tru', '{"a" : 1 "b": 2}', '[1] [2]', '{"a"', '["a" "b"]']
for doc in bad:
    try:
        json.loads(doc)
        print(repr(doc), 'parsed?')
    except json.JSONDecodeError as e:
        print(repr(doc), '|', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.doc == doc, isinstance(e, ValueError))

try:
    json.loads(5)
except TypeError as e:
    print('TypeError:', e)

print(type(json.JSONDecodeError('m', 'doc', 1)).__name__, json.JSONDecodeError('m', 'ab\ncd', 4))

a = [1]
a.append(a)
d = {}
d['self'] = d
for obj in [a, d, [d]]:
    for kw in [{}, {'indent': 1}]:
        try:
            json.dumps(obj, **kw)
        except ValueError as e:
            print('ValueError:', e)

class P:
    def __init__(self, x):
        self.x = x

for obj in [P(1), {1, 2}, b'bytes', [1, object], {'k': 1j}]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print('TypeError:', e)

print(json.dumps([P(1), P(2)], default=lambda o: {'P': o.x}))
print(json.dumps({1, 2, 3}, default=sorted))

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)

print(json.dumps([1j, 2 + 3j], cls=Enc))
print(Enc(indent=2).encode({'c': 1j}))
try:
    Enc().encode(P(3))
except TypeError as e:
    print('TypeError:', e)

loop = P(0)
try:
    json.dumps(loop, default=lambda o: o)
except ValueError as e:
    print('ValueError:', e)

for kw in [{}, {'indent': 2}]:
    for obj in [float('nan'), [float('inf')], {'k': float('-inf')}, {float('nan'): 1}]:
        try:
            print(json.dumps(obj, allow_nan=False, **kw))
        except ValueError as e:
            print('ValueError:', e)

try:
    json.dumps({1: 'a', 'b': 2}, sort_keys=True)
except TypeError as e:
    print('TypeError:', e)
print(json.dumps({'x': [1, 2]}, check_circular=False))
