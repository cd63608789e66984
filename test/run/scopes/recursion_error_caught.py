# RUN: %difftest %s
# deep recursion raises RecursionError, which can be caught and recovered from
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
print("recovered", sum(range(10)))
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print(type(e).__name__, e)
l = []
for _ in range(100000):
    l = [l]
try:
    s = str(l)
    print("str of nested list", len(s))
except RecursionError as e:
    print(type(e).__name__, e)
