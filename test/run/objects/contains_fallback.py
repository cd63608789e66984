# RUN: %difftest %s
# `in` uses __contains__, else __iter__, else __getitem__
class C:
    def __contains__(self, x):
        print("contains", x)
        return x == 1
class I:
    def __iter__(self):
        print("iter")
        return iter([1, 2])
print(1 in C(), 2 in C(), 2 not in C())
print(2 in I(), 3 in I())
class R:
    def __contains__(self, x): return "truthy"
print(5 in R())
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
