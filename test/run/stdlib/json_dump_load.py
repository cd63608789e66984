# RUN: %difftest %s
# json.dump/json.load through io.StringIO, iterencode chunks joined, dump's out-of-range float message, module attributes
import io
import json

buf = io.StringIO()
json.dump({'a': [1, 2.5, None], 'b': {'c': 'd\u00e9'}}, buf, indent=2, sort_keys=True)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
buf = io.StringIO()
json.dump(['x', {'y': (1, 2)}], buf)
print(buf.getvalue())
print(json.load(io.StringIO('  [1, {"k": "v"}]\n'), object_pairs_hook=tuple))
try:
    json.dump([float('nan')], io.StringIO(), allow_nan=False)
except ValueError as e:
    print('ValueError:', e)
enc = json.JSONEncoder(sort_keys=True)
print(''.join(enc.iterencode({'z': 1, 'a': [True, False]})))
print(enc.encode('str \u2603'), json.JSONEncoder(ensure_ascii=False).encode('str \u2603'))
print(json.JSONEncoder.item_separator, json.JSONEncoder.key_separator)
print(json.JSONDecodeError.__name__, issubclass(json.JSONDecodeError, ValueError))
print(sorted(json.__all__))
