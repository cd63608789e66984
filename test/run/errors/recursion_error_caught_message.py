# RUN: %difftest %s
# RecursionError caught, with its message, and recursion depth restored afterwards
def f(n):
    return f(n + 1) + 1
for _ in range(3):
    try:
        f(0)
    except RecursionError as e:
        print(type(e).__name__, e, isinstance(e, RuntimeError))
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(500))
