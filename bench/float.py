"""float: creates many small point objects, normalises them and folds them.

Exercises object allocation, attribute reads and writes, and float math
(sin, cos, sqrt). Usage: python3 float.py [points [loops]]   (default 100000 points, 20 loops)
"""
import sys
from math import sin, cos, sqrt


class Point:
    def __init__(self, i):
        x = sin(i)
        self.x = x
        self.y = cos(i) * 3.0
        self.z = x * x / 2.0

    def normalize(self):
        n = sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= n
        self.y /= n
        self.z /= n

    def maximize(self, other):
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self


def run(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    loops = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    total = 0.0
    for _ in range(loops):
        best = run(n)
        total += best.x + best.y + best.z
    print("max point: %.6f %.6f %.6f" % (best.x, best.y, best.z))
    print("checksum: %.6f" % total)


if __name__ == "__main__":
    main()
