# RUN: %difftest %s
# with statement: __exit__ runs on return, break, exception
class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False
def f():
    with CM("a") as a, CM("b"):
        return "returned " + a.name
print(f())
for i in range(2):
    with CM(str(i)):
        if i == 0:
            continue
        break
try:
    with CM("err"):
        raise ValueError
except ValueError:
    print("caught")
