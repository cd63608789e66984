# RUN: %difftest %s
# __subclasses__() of built-in types lists the built-in subclasses (exceptions in CPython's order, bool under int) and then the program's classes
import builtins


def builtin_subclasses(t):
    return [c.__name__ for c in t.__subclasses__() if c.__module__ == "builtins"]


for t in (BaseException, Exception, ArithmeticError, LookupError, OSError, ConnectionError,
          ValueError, UnicodeError, Warning, ImportError, RuntimeError, SyntaxError,
          IndentationError, BaseExceptionGroup, NameError, int, bool, str, list, dict, float):
    print(t.__name__, builtin_subclasses(t))
print(BaseException.__subclasses__()[:2], bool in int.__subclasses__())
print(ExceptionGroup in Exception.__subclasses__(), ExceptionGroup in BaseExceptionGroup.__subclasses__())
print(all(c in object.__subclasses__() for c in (type, int, list, dict, BaseException, str)))


class MyError(ValueError):
    pass


class MyInt(int):
    pass


class Both(MyError, KeyError):
    pass


print([c.__name__ for c in ValueError.__subclasses__()][-1:], [c.__name__ for c in int.__subclasses__()][-1:])
print(MyError.__subclasses__(), KeyError.__subclasses__()[-1:], MyInt.__subclasses__())
for name in dir(builtins):
    obj = getattr(builtins, name)
    if isinstance(obj, type):
        for sub in type.__subclasses__(obj):
            assert obj in sub.__bases__, (obj, sub)
print("every listed subclass has the type among its bases")
