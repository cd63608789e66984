# RUN: %difftest %s
# return in finally overrides return value and swallows exceptions
def f():
    try:
        return "try"
    finally:
        return "finally"
def g():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def h():
    x = "initial"
    try:
        return x
    finally:
        x = "changed"
print(f(), g(), h())
def count():
    n = 0
    for i in range(5):
        try:
            if i == 3:
                return n
        finally:
            n += 1
print(count())
