# RUN: %difftest %s
# insertion order, reinsertion, key equality across numeric types
d = {}
d["z"] = 1; d["a"] = 2; d["m"] = 3
print(list(d))
d["z"] = 9
print(list(d), d)
del d["z"]
d["z"] = 0
print(list(d))
n = {1: "int", 1.0: "float", True: "bool"}
print(n, {0: "a", False: "b", 0.0: "c"}, {(1, 2): "t", frozenset({1}): "f"})
print({**{"a": 1}, "b": 2, **{"a": 3}})
