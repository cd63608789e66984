# RUN: %difftest %s
# str.format_map with dicts, subclasses and mappings
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b}".format_map({"a": 1, "b": 2}), "{a} {zz}".format_map(Default(a=1)), "%s".format_map({}), "plain".format_map(1))
class Map:
    def __getitem__(self, k):
        return k * 2
print("{ab} {x}".format_map(Map()))
t(lambda: "{a}".format_map({}))
t(lambda: "{0}".format_map({}))
t(lambda: "{}".format_map({}))
t(lambda: "{x}".format_map(1))
t(lambda: "a".format_map())
t(lambda: "{".format_map({}))
