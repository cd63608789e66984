# RUN: %difftest %s
# generator expressions: laziness, first iterable evaluated eagerly
def src():
    print("src called")
    return [1, 2, 3]
ge = (x * 10 for x in src())
print("created")
print(next(ge), list(ge))
print(sum(x * x for x in range(5)), max((len(w), w) for w in ["a", "bbb", "cc"]))
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
ge2 = (y for y in range(3))
print(type(ge2).__name__, ge2.__name__, ge2.__qualname__, list(ge2), list(ge2))
nested = ((i, j) for i in range(2) for j in range(i, 2))
print(list(nested))
