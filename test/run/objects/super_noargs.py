# RUN: %difftest %s
# zero-argument super in methods, including __init__ chains
class A:
    def __init__(self):
        print("A init")
    def who(self):
        return "A"
class B(A):
    def __init__(self):
        print("B init")
        super().__init__()
    def who(self):
        return "B>" + super().who()
class C(B):
    def who(self):
        return "C>" + super().who()
c = C()
print(c.who())
