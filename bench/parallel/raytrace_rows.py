"""A small ray tracer whose image rows are shared out among threads.

usage: raytrace_rows.py [threads] [size]   (an image of size x size pixels)
Thread t renders rows t, t+T, ...; the scene is shared and only read. Pixels
are quantised to integers so the checksum is exact under every interpreter.
"""

import math
import sys
import threading


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def sub(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def unit(self):
        n = math.sqrt(self.dot(self))
        return Vec(self.x / n, self.y / n, self.z / n)


class Sphere:
    def __init__(self, centre, radius, shade, mirror):
        self.centre = centre
        self.radius = radius
        self.shade = shade
        self.mirror = mirror

    def hit(self, origin, direction):
        """Returns the distance along the ray to the nearest hit, or -1."""
        oc = origin.sub(self.centre)
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return -1.0
        root = math.sqrt(disc)
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        if t > 1e-6:
            return t
        return -1.0


SCENE = [
    Sphere(Vec(0.0, -1000.0, 0.0), 999.0, 0.6, 0.0),
    Sphere(Vec(-1.2, 0.0, 4.0), 1.0, 0.9, 0.3),
    Sphere(Vec(1.1, -0.3, 3.2), 0.7, 0.7, 0.5),
    Sphere(Vec(0.2, 1.1, 5.5), 0.8, 0.5, 0.0),
    Sphere(Vec(-0.3, -0.6, 2.2), 0.4, 1.0, 0.2),
]
LIGHT = Vec(-4.0, 6.0, -2.0)


def nearest(origin, direction):
    best = None
    best_t = 1e30
    for s in SCENE:
        t = s.hit(origin, direction)
        if 0.0 < t < best_t:
            best_t = t
            best = s
    return best, best_t


def trace(origin, direction, depth):
    s, t = nearest(origin, direction)
    if s is None:
        return 0.15 + 0.1 * direction.y
    point = origin.add(direction.scale(t))
    normal = point.sub(s.centre).unit()
    to_light = LIGHT.sub(point).unit()
    light = 0.1
    lambert = normal.dot(to_light)
    if lambert > 0.0:
        blocker, _ = nearest(point, to_light)
        if blocker is None:
            light += lambert * s.shade
    if s.mirror > 0.0 and depth < 3:
        bounce = direction.sub(normal.scale(2.0 * direction.dot(normal)))
        light = light * (1.0 - s.mirror) + s.mirror * trace(point, bounce, depth + 1)
    return light


def render_row(y, size):
    eye = Vec(0.0, 0.0, -1.0)
    total = 0
    for x in range(size):
        d = Vec((x - size / 2.0) / size, (size / 2.0 - y) / size, 1.0).unit()
        level = int(min(1.0, trace(eye, d, 0)) * 255.0)
        total += level * (x % 13 + 1)
    return total


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    partial = [0] * threads

    def work(t):
        acc = 0
        for y in range(t, size, threads):
            acc += render_row(y, size) * (y % 11 + 1)
        partial[t] = acc

    workers = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("checksum:", sum(partial))


main()
