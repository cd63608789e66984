# RUN: %difftest %s
# dict() with keyword arguments and mappings with keys()
class KeysOnly:
    def keys(self): return ["a", "b"]
    def __getitem__(self, k): return k.upper()
print(dict(KeysOnly()), dict(KeysOnly(), c=3), dict(a=1, **{"b": 2}))
d = {}
d.update(KeysOnly())
print(d)
