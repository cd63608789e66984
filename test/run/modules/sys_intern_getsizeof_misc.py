# RUN: %difftest %s
# misc sys functions that are deterministic
import sys
a = sys.intern("hello world")
print(a == "hello world", sys.intern(a) is a)
print(callable(sys.exit), callable(sys.getrefcount), isinstance(sys.getrefcount(a), int))
print(sys.displayhook.__name__, sys.excepthook.__name__)
