# RUN: %difftest %s
# set methods accept any iterable but operators need sets
a = {1, 2, 3}
print(a.union("ab") == {1, 2, 3, "a", "b"}, a.intersection([2, 3, 4]), a.difference(range(2)), a.issubset([1, 2, 3, 4]), a.issuperset((1,)))
for expr in ["a & [1]", "a - (1,)", "a ^ range(2)", "a <= [1, 2, 3]"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, type(e).__name__, e)
print(frozenset("ab") == set("ba"), {1} == frozenset({1}), {frozenset({1, 2}): "fs"}[frozenset({2, 1})])
