# Mixed OO + float: a small ray tracer (Vec class with operator overloading
# __add__/__sub__/__mul__, method calls, attribute access, float math,
# polymorphic scene objects, recursion for reflections).
import math


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        m = math.sqrt(self.dot(self))
        return Vec(self.x / m, self.y / m, self.z / m)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.norm()

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, center, radius, color, reflect):
        self.center = center
        self.radius = radius
        self.color = color
        self.reflect = reflect

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        sq = math.sqrt(disc)
        t = -b - sq
        if t > 1e-6:
            return t
        t = -b + sq
        if t > 1e-6:
            return t
        return None

    def normal_at(self, p):
        return (p - self.center).norm()


class Plane:
    def __init__(self, point, normal, color, reflect):
        self.point = point
        self.normal = normal.norm()
        self.color = color
        self.reflect = reflect

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > 1e-6 else None

    def normal_at(self, p):
        return self.normal


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0.0, 1.0, 5.0), 1.0, Vec(1.0, 0.2, 0.2), 0.3),
            Sphere(Vec(-2.0, 0.7, 6.0), 0.7, Vec(0.2, 1.0, 0.2), 0.5),
            Sphere(Vec(2.0, 0.5, 4.5), 0.5, Vec(0.2, 0.2, 1.0), 0.1),
            Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), Vec(0.8, 0.8, 0.8), 0.2),
        ]
        self.light = Vec(5.0, 5.0, -3.0)

    def hit(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def trace(self, ray, depth):
        obj, t = self.hit(ray)
        if obj is None:
            return Vec(0.1, 0.1, 0.2)
        p = ray.at(t)
        n = obj.normal_at(p)
        to_light = (self.light - p).norm()
        shadow, _ = self.hit(Ray(p, to_light))
        diffuse = max(0.0, n.dot(to_light))
        if shadow is not None:
            diffuse *= 0.3
        color = obj.color * (0.1 + 0.9 * diffuse)
        if depth > 0 and obj.reflect > 0.0:
            d = ray.direction
            r = d - n * (2.0 * d.dot(n))
            color = color * (1.0 - obj.reflect) + self.trace(Ray(p, r), depth - 1) * obj.reflect
        return color


def render(w, h):
    scene = Scene()
    eye = Vec(0.0, 1.0, -1.0)
    total = 0
    for j in range(h):
        for i in range(w):
            x = (i - w / 2) / w
            y = (h / 2 - j) / h
            c = scene.trace(Ray(eye, Vec(x, y, 1.0)), 3)
            total += int(min(c.x, 1.0) * 255) + int(min(c.y, 1.0) * 255) * 3 + int(min(c.z, 1.0) * 255) * 7
    return total


print("raytrace", render(220, 165))
