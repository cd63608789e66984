# RUN: %difftest %s
# functools.cmp_to_key: keys of different calls share one type and compare by the left key's cmp
import functools

k1 = functools.cmp_to_key(lambda a, b: a - b)
k2 = functools.cmp_to_key(lambda a, b: b - a)
print(k1(1) < k2(2), k2(1) < k1(2), k1(1) == k2(1), k1(1) != k2(2))
print(k1(3) >= k2(3), k2(3) <= k1(4), k2(5) > k1(4))
print(type(k1) is type(k2) is type(k1(1)), type(k1))
print(type(k1).__name__, type(k1).__module__, type(k1).__qualname__)
print(k1(7).obj, k1.obj, k1(1)(2).obj, k1(obj=9).obj)
print(sorted([3, 1, 2], key=k2), sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))
k = k1(1)
k.obj = 5
print(k.obj)
for bad in (lambda: k1(1) < 3, lambda: k1(), lambda: k1(1, 2), lambda: type(k1)(),
            lambda: hash(k1(1)), lambda: k1(1).other, lambda: k1(x=1), lambda: k1(obj=1, y=2),
            lambda: k1(1, y=2), lambda: k1 < k1(1)):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
for args, kwargs in (((1, 2), {}), ((), {}), ((), {"x": 1}), ((), {"mycmp": 1, "y": 2}), ((1,), {"y": 2})):
    try:
        functools.cmp_to_key(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
print(type(functools.cmp_to_key(mycmp=len)).__name__)
