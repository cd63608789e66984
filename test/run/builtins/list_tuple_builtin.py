# RUN: %difftest %s
# list() and tuple() constructors
print(list(), tuple(), list((1, 2)), tuple([1, 2]), list("ab"), tuple("ab"), list({"k": 1}.items()), tuple(range(3)), tuple(x for x in "xy"))
t = (1, 2)
print(tuple(t) is t, list(t) is t)
try:
    tuple(5)
except TypeError as e:
    print(type(e).__name__, e)
