# RUN: %difftest %s
# dict views: dynamic, set operations, reversed, len, membership
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
d["d"] = 4
print(k, v, i, len(k), "a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i)
print(sorted(k & {"a", "x"}), sorted(k | {"x"}), sorted(k - {"a"}), sorted(k ^ {"a", "z"}), sorted(i & {("a", 1)}))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)), k == {"a", "b", "c", "d"}, k.isdisjoint(["q"]))
print(type(k).__name__, type(v).__name__, type(i).__name__, d.keys() == d.keys(), d.values() == d.values())
print(k.mapping, list(iter(v)))
