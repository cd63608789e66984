# RUN: %difftest %s
# type() with one argument for many values
for v in [1, 1.0, "s", b"b", [], (), {}, set(), frozenset(), None, ..., NotImplemented, range(1), slice(1), True, 1j, len, type, object(), iter([]), (x for x in [])]:
    print(type(v).__name__, end=" ")
print()
