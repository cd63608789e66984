# RUN: %difftest %s
# isinstance/issubclass with nested tuples and union types
print(isinstance(1, (str, (float, int))), isinstance(1.0, (str, (bytes,))))
print(issubclass(bool, (str, int)), issubclass(int, ()))
print(isinstance(3, int | str), isinstance(None, int | None), issubclass(bool, float | int))
print(int | str, type(int | None).__name__)
class A: pass
class B(A): pass
print(issubclass(B, A), issubclass(A, B), issubclass(A, A), issubclass(B, object))
print(isinstance(B(), A), isinstance(A, type), isinstance(type, type), isinstance(type, object))
