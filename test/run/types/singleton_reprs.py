# RUN: %difftest %s
# reprs of None, NotImplemented, Ellipsis and their types
print(None, repr(None), NotImplemented, Ellipsis, ..., ... is Ellipsis)
print(type(None).__name__, type(NotImplemented).__name__, type(...).__name__)
print(type(None)() is None, type(...)() is ..., bool(None))
print(str(None), f"{None}", f"{...!r}", [None, ..., NotImplemented])
