# RUN: %difftest %s
# __missing__ on dict subclasses is used by [] but not get()
class Default(dict):
    def __missing__(self, key):
        print("missing", key)
        self[key] = len(key)
        return self[key]
d = Default()
print(d["abc"], d["abc"], d.get("zz"), "zz" in d)
print(d)
class Raise(dict):
    def __missing__(self, key):
        raise KeyError("nope " + key)
try:
    Raise()["k"]
except KeyError as e:
    print(type(e).__name__, e)
