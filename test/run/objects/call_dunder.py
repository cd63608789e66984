# RUN: %difftest %s
# __call__ makes instances callable
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, k=0):
        return self.n + x + sum(rest) + k
a = Adder(10)
print(a(1), a(1, 2, 3), a(1, k=100), callable(a), callable(Adder))
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
