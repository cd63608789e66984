# RUN: %difftest %s
# __cause__, __context__, __suppress_context__
try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise ValueError("outer")
except ValueError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError as inner:
        raise TypeError("t") from inner
except TypeError as e:
    print(type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("r") from None
except RuntimeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
e = Exception("plain")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)
