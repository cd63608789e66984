# RUN: %difftest %s
# rich comparisons: reflected operand swapping (< <-> >, <= <-> >=, == <-> ==)
class A:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print("A.__lt__")
        return NotImplemented
    def __gt__(self, o):
        print("A.__gt__", self.n)
        return True
    def __eq__(self, o):
        print("A.__eq__", self.n)
        return NotImplemented
print(A(1) < A(2))
print(1 < A(3))
print(A(4) == A(5))
print(A(6) != A(6))
x = A(7)
print(x == x)
