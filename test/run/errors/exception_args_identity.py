# RUN: %difftest %s
# BaseException.__init__ keeps the args tuple __new__ made, and replaces it
# when __init__ gets other arguments.
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)

e = ValueError(1, 2)
print(e.args, type(e.args))
e.__init__(3)
print(e.args)
e.__init__(3)
print(e.args)
x = E(1, 2)
print(x.args, repr(x), str(x))
k = KeyError("k")
print(k.args, str(k))
o = OSError(2, "nope")
print(type(o).__name__, o.args, o.errno, o.strerror)
try:
    raise TypeError("a", "b")
except TypeError as t:
    print(t.args, t)
