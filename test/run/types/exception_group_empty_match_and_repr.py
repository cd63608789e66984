# RUN: %difftest %s
# split results when nothing or everything matches; str of nested groups
eg = ExceptionGroup("all", [ValueError(1), ValueError(2)])
m, r = eg.split(ValueError)
print(m is eg, r)
m, r = eg.split(KeyError)
print(m, r is eg)
print(str(ExceptionGroup("one", [ValueError()])), str(ExceptionGroup("two", [ValueError(), KeyError()])))
print(repr(BaseExceptionGroup("b", [SystemExit(1)])), eg.exceptions.__class__.__name__)
