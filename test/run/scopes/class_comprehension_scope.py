# RUN: %difftest %s
# comprehensions in a class body cannot see class variables (except the first iterable)
class A:
    items = [1, 2, 3]
    doubled = [x * 2 for x in items]
    try:
        bad = [x * factor for x in items for factor in [2]]
        factor = 3
        bad2 = [x * factor for x in items]
    except NameError as e:
        err = str(e)
print(A.doubled, A.bad, A.err)
