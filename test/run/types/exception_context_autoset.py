# RUN: %difftest %s
# __context__ set implicitly, including inside finally and with nested handlers
def f():
    try:
        raise KeyError("a")
    finally:
        try:
            raise ValueError("b")
        except ValueError as v:
            return repr(v.__context__)
print(f())
try:
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise TypeError("second")
        except TypeError:
            raise ValueError("third")
except ValueError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))
e = ValueError()
try:
    raise e
except ValueError:
    try:
        raise e
    except ValueError as same:
        print(same.__context__ is None)
