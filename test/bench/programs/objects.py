# Object attributes and methods: user classes, __init__, instance attribute
# loads/stores, method calls, inheritance and super(), properties,
# class attributes, isinstance.


class Vector:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, k):
        self.x *= k
        self.y *= k
        return self

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Counter:
    def __init__(self):
        self.count = 0
        self.total = 0

    def bump(self, amount):
        self.count += 1
        self.total += amount


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return self.area() + len(self.name)


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"


class Tri(Shape):
    def __init__(self, b, h):
        Shape.__init__(self, "tri")
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h // 2


def run_vectors(n):
    acc = Vector(0, 0)
    c = Counter()
    for i in range(n):
        v = Vector(i % 17, i % 13)
        acc = acc.add(v)
        c.bump(v.dot(acc) % 101)
        if i % 1000 == 0:
            acc.scale(1)
    return acc.x, acc.y, acc.norm1, c.count, c.total


def run_shapes(n):
    shapes = []
    for i in range(n):
        k = i % 3
        if k == 0:
            shapes.append(Rect(i % 10 + 1, i % 7 + 1))
        elif k == 1:
            shapes.append(Square(i % 9 + 1))
        else:
            shapes.append(Tri(i % 11 + 1, i % 5 + 2))
    total = 0
    rects = 0
    for _ in range(4):
        for s in shapes:
            total += s.describe()
            if isinstance(s, Rect):
                rects += 1
    return total, rects, Vector.dims


print("vectors", run_vectors(400000))
print("shapes", run_shapes(100000))
