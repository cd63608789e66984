# RUN: %difftest %s
# a slot name conflicting with a class variable
try:
    class A:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print(type(e).__name__, e)
