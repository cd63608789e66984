# RUN: %difftest %s
# mutable class attributes are shared between instances
class A:
    items = []
    count = 0
    def add(self, x):
        self.items.append(x)
        self.count += 1
a, b = A(), A()
a.add(1)
b.add(2)
print(A.items, a.count, b.count, A.count)
