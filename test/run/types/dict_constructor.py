# RUN: %difftest %s
# dict() constructor forms and errors
print(dict(), dict(a=1), dict([("a", 1), ("b", 2)]), dict({"a": 1}, b=2), dict(zip("ab", range(2))), {x: x * x for x in range(4)})
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(1)
except TypeError as e:
    print(type(e).__name__, e)
print(dict.fromkeys(range(3), []), {1: 2} == {1: 2.0}, {1: 2} != {2: 1})
try:
    {1: 2} < {1: 2}
except TypeError as e:
    print(type(e).__name__, e)
