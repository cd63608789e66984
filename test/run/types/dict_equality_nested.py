# RUN: %difftest %s
# dict equality ignores order; nested containers compare deeply
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": [1]} == {"a": [1]}, {1: {2: {3: 4}}} == {1: {2: {3: 4}}})
print({"a": 1} == {"a": 1.0}, {"a": 1} == {"a": "1"}, {} == dict(), {1: 2}.__eq__([]))
print(list({3: 0, 1: 0, 2: 0}.items()) == [(3, 0), (1, 0), (2, 0)])
d = {"x": [1, 2]}
e = dict(d)
e["x"].append(3)
print(d)
