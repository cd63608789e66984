# RUN: %difftest %s
# functions stored on classes bind as methods; stored on instances they do not
class A:
    def f(self, n):
        return n * 2
def g(self):
    return "g"
A.g = g
a = A()
print(a.f(3), A.f(a, 4), a.g())
a.h = lambda n: n + 1
print(a.h(1))
m = a.f
print(m.__self__ is a, m.__func__ is A.f, m.__name__)
print(m(5))
print(a.f == a.f, a.f is a.f)
