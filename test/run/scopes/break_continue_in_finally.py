# RUN: %difftest %s
# break and continue inside finally blocks
def f():
    out = []
    for i in range(4):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            if i == 1:
                continue
            if i == 3:
                break
    return out
print(f())
def g():
    while True:
        try:
            raise KeyError("dropped")
        finally:
            break
    return "break swallowed the exception"
print(g())
