# RUN: %difftest %s
# method default arguments evaluated at definition time
class A:
    def add(self, x, acc=[]):
        acc.append(x)
        return acc
a, b = A(), A()
print(a.add(1), b.add(2), a.add(3, []))
print(A.add.__defaults__)
