# RUN: %difftest %s
# custom __ne__ independent of __eq__; comparisons returning non-bools
class A:
    def __eq__(self, o): return "eq-result"
    def __ne__(self, o): return "ne-result"
    def __lt__(self, o): return [1]
print(A() == 1, A() != 1, A() < 1, 1 == A())
print(bool(A() < 1))
print([1, 2] == [1, 2], (1, A()) == (1, 2))
class NaNLike:
    def __eq__(self, o): return False
n = NaNLike()
print(n == n, n in [n], [n] == [n], [n].count(n))
