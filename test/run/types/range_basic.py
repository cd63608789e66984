# RUN: %difftest %s
# range: len, indexing, slicing, index/count, repr, negative steps, contains, equality
r = range(0, 20, 3)
print(r, len(r), r[2], r[-1], r[1:4], r[::-1], r[::2], list(r[10:]), r.index(9), r.count(9), r.count(10), 9 in r, 10 in r)
print(range(5), range(2, 5), range(10, 0, -2), list(range(10, 0, -2)), len(range(5, 0)), list(range(-3, 3)), range(0, -5, -1)[3])
print(range(0) == range(2, 2), range(0, 3) == range(3), range(1, 10, 2) == range(1, 11, 2), r.start, r.stop, r.step)
print(range(-2 ** 70, 2 ** 70)[2 ** 70], range(10 ** 20)[-1], 3.0 in range(5), "a" in range(5))
for expr in ["range(1, 2, 0)", "range(1.5)", "r[100]", "r.index(10)", "len(range(2**70))"]:
    try:
        eval(expr)
    except (ValueError, TypeError, IndexError, OverflowError) as e:
        print(expr, type(e).__name__, e)
