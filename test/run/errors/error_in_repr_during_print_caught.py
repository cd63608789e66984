# RUN: %difftest %s
# an exception from __repr__ or __str__ during print propagates; print has already written the earlier items
class BadRepr:
    def __repr__(self):
        raise ValueError("repr broke")
class BadStr:
    def __str__(self):
        raise KeyError("str broke")
try:
    print("prefix", [BadRepr()])
except ValueError as e:
    print("caught", e)
try:
    print("a", BadStr(), "b")
except KeyError as e:
    print("caught", e)
try:
    f"{BadStr()}"
except KeyError as e:
    print("caught f-string", e)
