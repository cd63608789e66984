# RUN: %difftest %s
# lambdas capture closures and defaults; lambda in class body
def f():
    x = 1
    g = lambda: x
    x = 2
    return g()
print(f())
class A:
    k = 10
    m = lambda self: self.k
    s = staticmethod(lambda: "static lambda")
print(A().m(), A.s())
print((lambda: (yield 1))().__class__.__name__, list((lambda: (yield 1))()))
