# RUN: %difftest %s
# staticmethod objects are callable in 3.10+
@staticmethod
def s(x):
    return x + 1
print(s(1), type(s).__name__)
class A:
    f = s
print(A.f(2), A().f(3))
