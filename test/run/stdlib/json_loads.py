# RUN: %difftest %s
# json.loads: values, numbers, string escapes and surrogate pairs, hooks, parse_float/parse_int/parse_constant, strict, bytes input, round trips
import json
from collections import OrderedDict

docs = ['null', ' true ', 'false', '0', '-0', '12345678901234567890123', '-1.5', '1e5', '1E+2', '2.5e-3',
        '"abc"', '"a\\"b\\\\c\\/d\\b\\f\\n\\r\\t"', '"\\u00e9\\u4E2D"', '"\\ud83d\\ude00"', '"\\ud800x"',
        '"\\ud800\\u0041"', '"\\udc00\\ud800"', '[]', '{}', '[1, [2, [3, []]], {"a": {}}]',
        '{"a": 1, "b": [true, false, null], "a": 2}', ' \n\t[ 1 ,\n 2 ] \r\n', 'NaN', '-Infinity', 'Infinity',
        '"\u00e9\U0001f600"', '[1.0, 10.25, -0.0]']
for doc in docs:
    print(repr(doc), '->', repr(json.loads(doc)))

print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('[{"x": 1}, {}]', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: ('obj', d)))
print(json.loads('{"x": 1}', object_hook=lambda d: 1, object_pairs_hook=lambda p: 2))
print(json.loads('[1.5, 2, 3e2]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: '<' + s + '>'))
print(repr(json.loads('"a\tb\nc"', strict=False)))
print(json.loads(b'{"k": [1, 2]}'), json.loads(bytearray(b'"x"')), json.loads('"\u00e9"'.encode('utf-16')))
print(json.loads('"caf\u00e9"'.encode('utf-8-sig')))
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] trailing'))
print(dec.decode('  {"a": [1]}  '))

data = {'name': 'x\u00e9\U0001f600', 'vals': [1, 2.5, -3, None, True], 'nested': {'t': (1, 2)}}
for kw in [{}, {'indent': 2}, {'ensure_ascii': False}, {'sort_keys': True, 'separators': (',', ':')}]:
    text = json.dumps(data, **kw)
    print(json.loads(text))

for f in [0.1, 1 / 3, 1e300, 5e-324, 123.456]:
    assert json.loads(json.dumps(f)) == f
print('float round trip ok')
