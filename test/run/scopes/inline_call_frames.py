# RUN: %difftest %s
# exit: 1
# Calls that built executables make inline (a Python function called with
# exactly its positional parameters) against the ones that take the
# runtime's path: frames reused after every kind of exit, frames kept by
# tracebacks, f_back, generators and locals(), the recursion limit, a
# replaced __code__, methods and functions the interpreter runs.
import sys


def add(a, b):
    return a + b


def unbind(a):
    del a
    try:
        return a
    except UnboundLocalError as e:
        return str(e)


# A frame whose argument was deleted is reused: the next call binds it.
print([unbind(i) for i in range(3)], add(2, 3))


def fails(x):
    if x > 1:
        raise ValueError(x)
    return x


def keep_tb(x):
    try:
        fails(x)
    except ValueError as e:
        return e.__traceback__


tbs = [keep_tb(i) for i in (2, 3)]
for tb in tbs:
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_locals)
print([fails(i) for i in range(2)])


def me(keep=True):
    return sys._getframe() if keep else None


def caller():
    f = me(True)
    return f, f.f_back


# Calls that keep nothing first, so that the frames kept next come from
# the code's free list.
print([me(False) for _ in range(3)])
frames = [caller() for _ in range(3)]
print([(f.f_code.co_name, b.f_code.co_name) for f, b in frames])
print(len({id(f) for f, _ in frames}), "distinct frames kept")


def snapshot(a, b):
    c = a * b
    return locals()


print([snapshot(i, i + 1) for i in range(3)])


def gen(n):
    for i in range(n):
        yield i * n


print([list(gen(k)) for k in range(4)])


def depth(n):
    return depth(n + 1) if n < 10000 else n


old = sys.getrecursionlimit()
sys.setrecursionlimit(120)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(9990), add(1, 1))
sys.setrecursionlimit(old)


def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)


print(count_down(500), count_down(5))


def one(a):
    return ("one", a)


def two(a, b):
    return ("two", a, b)


one.__code__ = two.__code__
try:
    one(1)
except TypeError as e:
    print("TypeError:", e)
print(one(1, 2))
try:
    add(1)
except TypeError as e:
    print("TypeError:", e)
try:
    add(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    @staticmethod
    def origin():
        return Point(0, 0)

    @classmethod
    def unit(cls):
        return cls(1, 1)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
print(p.moved(3, 4), p.origin(), p.unit(), Point.moved(p, 1, 1))
m = p.moved
print(m(5, 5), [m(i, i) for i in range(2)])


def many(a, b, c, d, e, f, g):
    return a + b + c + d + e + f + g


def six(a, b, c, d, e, f):
    return a * b * c * d * e * f


print(many(1, 2, 3, 4, 5, 6, 7), six(1, 2, 3, 4, 5, 6), add(b=1, a=2))

ns = {}
exec("def twice(x):\n    return x * 2\n", ns)
twice = ns["twice"]
print([twice(i) for i in range(3)])


def make_counter():
    n = 0

    def bump(k):
        nonlocal n
        n += k
        return n

    return bump


bump = make_counter()
print([bump(i) for i in range(5)])


def outer(x):
    def inner(y):
        return x + y
    return inner(1) + inner(2)


print([outer(i) for i in range(3)])


def raise_deep(n):
    if n == 0:
        raise KeyError("bottom")
    return raise_deep(n - 1)


for attempt in range(2):
    try:
        raise_deep(3)
    except KeyError as e:
        tb = e.__traceback__
        lines = []
        while tb:
            lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print(attempt, lines)
print(add("a", "b"), count_down(3))
raise_deep(2)
