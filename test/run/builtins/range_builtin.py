# RUN: %difftest %s
# range() argument handling
print(list(range(3)), list(range(1, 4)), list(range(0, 10, 5)), list(range(5, 0, -2)), list(range(True, 3)))
for args in [(), (1, 2, 3, 4), ("1",), (1.0,)]:
    try:
        range(*args)
    except TypeError as e:
        print(type(e).__name__, e)
