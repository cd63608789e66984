# RUN: %difftest %s
# classes defined in functions capture enclosing variables
def make(n):
    class K:
        val = n
        def get(self): return n * 2
    return K
K1, K2 = make(1), make(2)
print(K1.val, K2.val, K1().get(), K2().get(), K1 is K2)
print(K1.__qualname__)
