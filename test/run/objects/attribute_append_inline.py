# RUN: %difftest %s
# `self.name = value` for a new attribute, which built executables append
# to the instance dict inline when the site's cache says where it goes:
# every way the append must not happen (the name already there, deleted
# entries, a full or grown table, a replaced __dict__, a data descriptor or
# __setattr__ added to the class later, another class at the same site).


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


ps = [P(i, -i) for i in range(5)]
print([vars(p) for p in ps])

# The name is already in the dict (put there directly) before __init__.
q = P.__new__(P)
q.__dict__["y"] = "early"
P.__init__(q, 1, 2)
print(vars(q), list(q.__dict__))

# Deleted entries: the dict's entries and its live count differ.
r = P(1, 2)
del r.x
P.__init__(r, 3, 4)
print(vars(r), list(r.__dict__))


class Wide:
    def __init__(self, n):
        self.a = n
        self.b = n + 1
        self.c = n + 2
        self.d = n + 3
        self.e = n + 4
        self.f = n + 5  # past the first table
        self.g = n + 6


print([vars(Wide(i)) for i in range(3)])


class Many:
    pass


m = Many()
for i in range(200):  # a dict with wide index slots
    setattr(m, "k%d" % i, i)
m.__class__ = P
P.__init__(m, "x", "y")
print(len(vars(m)), m.x, m.y, list(vars(m))[-2:])

# A replaced __dict__ (plain dict, and a dict subclass).
s = P(0, 0)
s.__dict__ = {"z": 1}
P.__init__(s, 5, 6)
print(vars(s))


class D(dict):
    def __setitem__(self, k, v):
        print("never called by attribute stores", k)
        super().__setitem__(k, v)


t = P(0, 0)
t.__dict__ = D()
P.__init__(t, 7, 8)
print(vars(t), type(t.__dict__).__name__)

# Names whose hashes share the dict's home slot are stored all the same.
class Crowd:
    def __init__(self):
        for name in ["n%d" % i for i in range(40)]:
            setattr(self, name, name)


c = Crowd()
print(len(vars(c)), list(vars(c))[:5])

# A data descriptor added to the class after the site has run.
P.y = property(lambda self: "prop", lambda self, v: print("setter", v))
u = P(9, 10)
print(vars(u), u.y)
del P.y


# __setattr__ added later.
def loud(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)


P.__setattr__ = loud
v = P(11, 12)
print(vars(v))
del P.__setattr__


# Another class reaching the same site, and a subclass.
class Q(P):
    pass


class R:
    __slots__ = ("x", "y")


print(vars(Q(13, 14)), vars(P(15, 16)))
w = R()
try:
    P.__init__(w, 1, 2)
except TypeError as e:
    print("TypeError:", e)
print(w.x, w.y)

# Dict version: iteration over an instance dict while __init__ adds to it.
z = P(1, 2)
try:
    for k in z.__dict__:
        P.__init__(z, 3, 4)
        z.__dict__.pop("y")
except RuntimeError as e:
    print("RuntimeError:", e)
print(vars(z))



# An appended attribute that shadows a method: obj.m() must find the
# instance's, also at a call site that has so far seen only the method
# (the dict's key filter has to know the new name).
class Shadow:
    def __init__(self, tag, shadow):
        self.tag = tag
        if shadow:
            self.m = lambda: "instance " + tag

    def m(self):
        return "method " + self.tag


def call_m(o):
    return o.m()


plain = [Shadow(str(i), False) for i in range(3)]
shadowed = [Shadow(str(i), True) for i in range(3)]
# The last shadowed instance got its attribute by the inline append (the
# first went through the runtime, which filled the site's cache).
print([call_m(o) for o in plain + shadowed[::-1] + plain])
