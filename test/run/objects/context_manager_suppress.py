# RUN: %difftest %s
# __enter__/__exit__: return values, exception arguments, suppression
class CM:
    def __init__(self, suppress): self.suppress = suppress
    def __enter__(self):
        print("enter")
        return "value"
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM(False) as v:
    print("body", v)
with CM(True):
    raise ValueError("swallowed")
print("after suppress")
try:
    with CM(False):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
with CM(False) as a, CM(True) as b:
    1 / 0
print("done")
