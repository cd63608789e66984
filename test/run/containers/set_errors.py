# RUN: %difftest %s
for thunk in [
    lambda: {[1]},
    lambda: {1}.add([]),
    lambda: set([1], [2]),
    lambda: frozenset(1, 2),
    lambda: set(x=1),
    lambda: frozenset(5),
    lambda: {1}.remove(2),
    lambda: {1}.remove((1, 2)),
    lambda: hash({1}),
    lambda: {1}.union(5),
    lambda: {1} | [2],
    lambda: {1} - None,
    lambda: {1} ^ 'x',
    lambda: {1} & 3,
    lambda: {1}.add(),
    lambda: {1}.issubset(3),
    lambda: set().pop(),
    lambda: {{1}: 2},
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(e)
