# RUN: %difftest %s
# max/min with key, default, multiple args, errors
print(max(3, 1, 2), min(3, 1, 2), max([1, 5, 2]), min("hello"), max("a", "B", key=str.lower), min([], default="empty"))
print(max([(1, "b"), (1, "a")]), max([3, 1, 3], key=lambda x: -x), min([1, 2, 3], key=lambda x: abs(x - 2)), max({1: "a", 2: "b"}))
print(max([2, 2.0]), max([2.0, 2]), min(1, True), max(0, False, key=bool))
for expr in ["max([])", "min()", "max(1)", "max(1, 2, default=0)", "max([1, 'a'])", "min([], key=len)"]:
    try:
        eval(expr)
    except (ValueError, TypeError) as e:
        print(expr, type(e).__name__, e)
