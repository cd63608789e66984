# RUN: %difftest %s
# dict methods
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 9), d)
print(d.pop("a"), d.pop("z", "dflt"), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d, list(d.keys()), list(d.values()), list(d.items()))
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["b"] = 100
print(d, c, dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
d.clear()
print(d, len(d))
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.pop("q")
except KeyError as e:
    print(type(e).__name__, e)
