# RUN: %difftest %s
# isinstance and issubclass basics with builtins
print(isinstance(True, int), isinstance(1, bool), isinstance([], (list, tuple)), isinstance("", object), isinstance(int, type))
print(issubclass(bool, int), issubclass(int, bool), issubclass(list, object), issubclass(type, object), issubclass(object, type))
print(isinstance(None, type(None)), isinstance(1.0, (int,)), isinstance(..., type(Ellipsis)))
