# RUN: %difftest %s
# class bodies: see module globals, names not visible in methods
y = "module y"
class A:
    y = "class y"
    z = y + "!"
    def m(self):
        return y
    w = [y for _ in range(1)]
print(A.z, A().m(), A.w)
def f():
    y = "function y"
    class B:
        v = y
        def m(self):
            return y
    return B.v, B().m()
print(f())
