# RUN: %difftest %s
# exception args can be replaced; str follows args
e = ValueError("a")
e.args = ("x", "y")
print(str(e), repr(e))
e.args = ()
print(repr(str(e)), repr(e))
e.custom = 5
print(e.custom)
class E(Exception):
    def __init__(self, x):
        self.x = x
e2 = E(3)
print(e2.args, str(e2), repr(e2))
class F(Exception):
    def __init__(self, a, b):
        super().__init__(a)
try:
    raise F(1, 2)
except F as e:
    print(e.args)
