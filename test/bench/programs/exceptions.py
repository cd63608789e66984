# Exceptions: raise and catch in loops, user exception classes, try/except/
# else/finally, re-raising, exception chaining, built-in exceptions from
# operations (KeyError, ZeroDivisionError, IndexError).


class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


class NotFound(AppError):
    pass


def check(i):
    if i % 5 == 0:
        raise NotFound(i)
    if i % 7 == 0:
        raise AppError(i)
    return i


def run(n):
    found = missing = errors = finals = 0
    for i in range(n):
        try:
            found += check(i)
        except NotFound as e:
            missing += e.code % 3
        except AppError as e:
            errors += 1
        else:
            found += 1
        finally:
            finals += 1
    return found, missing, errors, finals


def builtin_errors(n):
    d = {1: 2}
    lst = [1, 2, 3]
    caught = 0
    for i in range(n):
        try:
            d[i]
        except KeyError:
            caught += 1
        try:
            lst[i]
        except IndexError:
            caught += 2
        try:
            caught += 10 // (i % 4)
        except ZeroDivisionError:
            caught += 3
    return caught


def nested(n):
    out = 0
    for i in range(n):
        try:
            try:
                raise ValueError(i)
            except ValueError as e:
                raise RuntimeError("wrapped") from e
        except RuntimeError as r:
            if isinstance(r.__cause__, ValueError):
                out += 1
    return out


print("app", run(500000))
print("builtin", builtin_errors(250000))
print("nested", nested(150000))
