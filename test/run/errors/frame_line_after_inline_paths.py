# RUN: %difftest %s
# exit: 1
# The line a frame reports while it calls out (f_lineno, warnings, tracebacks) after inline
# fast paths on the same line: a cached attribute, a float kept unboxed until the call.
import sys
import types
import warnings

m = types.ModuleType("m")
m.where = lambda *args: sys._getframe(1).f_lineno


class Box:
    pass


box = Box()
box.where = m.where


def via_module(x):
    y = x * 2.0
    return m.where(y)


def via_instance(x):
    y = x + 0.5
    f = box.where
    return f(y)


def warn_twice(x):
    y = x * 3.0
    warnings.warn("w%s" % y)


print([via_module(1.5) for _ in range(3)], [via_instance(2.0) for _ in range(3)])
warnings.simplefilter("always")
warn_twice(1.0)
warn_twice(2.0)


def boom(v):
    raise ValueError(v)


m.boom = boom


def fails(x):
    y = x - 1.0
    return m.boom(y)


for _ in range(2):
    try:
        fails(3.0)
    except ValueError as e:
        print("line", e.__traceback__.tb_next.tb_lineno)
fails(4.0)
