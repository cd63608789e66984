# RUN: %difftest %s
# sys.path is a list; sys.modules has __main__ and sys
import sys
print(type(sys.path).__name__, len(sys.path) > 0, all(isinstance(p, str) for p in sys.path))
print("__main__" in sys.modules, "sys" in sys.modules, sys.modules["sys"] is sys, sys.modules["__main__"].__name__)
print(type(sys.modules).__name__, "builtins" in sys.modules)
