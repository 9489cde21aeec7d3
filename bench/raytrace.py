"""raytrace: renders a small scene of spheres and a checkered plane.

Rays from a pinhole camera hit spheres and a plane, lit by point lights
with shadows, diffuse and specular terms and one level of reflection.
Exercises a small vector class (operator overloading, many short-lived
objects), method dispatch through a shape hierarchy, and float math.
Usage: python3 raytrace.py [size]   (default 270: a 270x270 image)
"""
import sys
from math import sqrt

EPSILON = 1e-5


class Vec:
    __slots__ = ("x", "y", "z")

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

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vec(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def length(self):
        return sqrt(self.dot(self))

    def unit(self):
        return self * (1.0 / self.length())

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


class Color:
    __slots__ = ("r", "g", "b")

    def __init__(self, r, g, b):
        self.r, self.g, self.b = r, g, b

    def __add__(self, o):
        return Color(self.r + o.r, self.g + o.g, self.b + o.b)

    def scale(self, k):
        return Color(self.r * k, self.g * k, self.b * k)

    def modulate(self, o):
        return Color(self.r * o.r, self.g * o.g, self.b * o.b)

    def to_bytes(self):
        return tuple(max(0, min(255, int(c * 255.0 + 0.5))) for c in (self.r, self.g, self.b))


BLACK = Color(0.0, 0.0, 0.0)


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse, specular, shininess, reflect):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def __init__(self, a, b, size, **kw):
        Material.__init__(self, a, **kw)
        self.other = b
        self.size = size

    def color_at(self, point):
        k = int((point.x + 1000.0) / self.size) + int((point.z + 1000.0) / self.size)
        return self.color if k % 2 == 0 else self.other


class Shape:
    def __init__(self, material):
        self.material = material


class Sphere(Shape):
    def __init__(self, center, radius, material):
        Shape.__init__(self, material)
        self.center = center
        self.radius2 = radius * radius

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius2
        disc = b * b - c
        if disc < 0.0:
            return None
        root = sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal(self, point):
        return (point - self.center).unit()


class Plane(Shape):
    def __init__(self, point, normal, material):
        Shape.__init__(self, material)
        self.point = point
        self.n = normal.unit()

    def intersect(self, ray):
        denom = self.n.dot(ray.direction)
        if abs(denom) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.n) / denom
        return t if t > EPSILON else None

    def normal(self, point):
        return self.n


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self):
        self.shapes = []
        self.lights = []
        self.ambient = 0.1

    def nearest(self, ray):
        best_t = None
        best = None
        for s in self.shapes:
            t = s.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t, best = t, s
        return best, best_t

    def shadowed(self, point, to_light, dist):
        ray = Ray(point, to_light)
        for s in self.shapes:
            t = s.intersect(ray)
            if t is not None and t < dist:
                return True
        return False

    def trace(self, ray, depth):
        shape, t = self.nearest(ray)
        if shape is None:
            return Color(0.2, 0.3, 0.5).scale(1.0 - 0.5 * max(0.0, ray.direction.y))
        point = ray.at(t)
        normal = shape.normal(point)
        mat = shape.material
        base = mat.color_at(point)
        color = base.scale(self.ambient)
        for light in self.lights:
            offset = light.position - point
            dist = offset.length()
            to_light = offset * (1.0 / dist)
            lambert = normal.dot(to_light)
            if lambert <= 0.0 or self.shadowed(point, to_light, dist):
                continue
            color = color + base.modulate(light.color).scale(lambert * mat.diffuse)
            spec = to_light.reflect(normal).dot(ray.direction)
            if spec > 0.0:
                power = 1.0
                for _ in range(mat.shininess):
                    power *= spec
                color = color + light.color.scale(power * mat.specular)
        if depth > 0 and mat.reflect > 0.0:
            bounce = Ray(point, ray.direction.reflect(normal))
            color = color + self.trace(bounce, depth - 1).scale(mat.reflect)
        return color


class Camera:
    def __init__(self, eye, target, up, fov_scale):
        self.eye = eye
        self.forward = (target - eye).unit()
        self.right = self.forward.cross(up).unit()
        self.up = self.right.cross(self.forward)
        self.scale = fov_scale

    def ray(self, u, v):
        d = self.forward + self.right * (u * self.scale) + self.up * (v * self.scale)
        return Ray(self.eye, d.unit())


def build_scene():
    scene = Scene()
    shiny = dict(diffuse=0.7, specular=0.5, shininess=20, reflect=0.3)
    scene.shapes.append(Sphere(Vec(0.0, 1.0, 0.0), 1.0, Material(Color(0.9, 0.2, 0.2), **shiny)))
    scene.shapes.append(Sphere(Vec(-2.2, 0.7, 1.0), 0.7, Material(Color(0.2, 0.9, 0.3), **shiny)))
    scene.shapes.append(Sphere(Vec(1.8, 0.5, 1.5), 0.5, Material(Color(0.3, 0.3, 0.9), diffuse=0.9, specular=0.2, shininess=8, reflect=0.0)))
    scene.shapes.append(Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0),
                              Checker(Color(0.9, 0.9, 0.9), Color(0.1, 0.1, 0.1), 1.0,
                                      diffuse=0.8, specular=0.0, shininess=1, reflect=0.2)))
    scene.lights.append(Light(Vec(-5.0, 6.0, 5.0), Color(0.8, 0.8, 0.8)))
    scene.lights.append(Light(Vec(4.0, 3.0, 6.0), Color(0.4, 0.4, 0.5)))
    return scene


def render(scene, camera, size):
    pixels = []
    for row in range(size):
        v = 1.0 - 2.0 * (row + 0.5) / size
        line = []
        for col in range(size):
            u = 2.0 * (col + 0.5) / size - 1.0
            line.append(scene.trace(camera.ray(u, v), 2).to_bytes())
        pixels.append(line)
    return pixels


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 270
    scene = build_scene()
    camera = Camera(Vec(0.0, 2.5, 7.0), Vec(0.0, 0.8, 0.0), Vec(0.0, 1.0, 0.0), 0.6)
    pixels = render(scene, camera, size)
    total = 0
    digest = 0
    for line in pixels:
        for r, g, b in line:
            total += r + g + b
            digest = (digest * 131 + r * 65536 + g * 256 + b) % 2147483647
    shades = " .:-=+*#%@"
    for line in pixels[::max(1, size // 12)]:
        print("".join(shades[(r + g + b) * 10 // 766] for r, g, b in line[::max(1, size // 40)]))
    print("checksum: %d %d" % (total, digest))


if __name__ == "__main__":
    main()
