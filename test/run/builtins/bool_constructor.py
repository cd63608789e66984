# RUN: %difftest %s
# bool() of various values
for v in [0, 1, -1, 0.0, 0.1, "", "False", [], [0], (), {}, {0: 0}, set(), None, 0j, b"", range(1)]:
    print(repr(v), bool(v))
print(bool(), bool.__name__)
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
