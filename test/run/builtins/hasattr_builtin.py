# RUN: %difftest %s
# hasattr only swallows AttributeError
class A:
    @property
    def ok(self): return 1
    @property
    def bad(self): raise AttributeError("hidden")
    @property
    def worse(self): raise KeyError("not swallowed")
a = A()
print(hasattr(a, "ok"), hasattr(a, "bad"), hasattr(a, "nope"), hasattr(5, "real"), hasattr(int, "from_bytes"))
try:
    hasattr(a, "worse")
except KeyError as e:
    print(type(e).__name__, e)
