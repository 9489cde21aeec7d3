# Threads read the attributes of shared instances while others write them: kinds change (int, float, str), attributes are added, two attributes written together are read together, read-only scene objects give a deterministic sum
import threading


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


class Sphere:
    def __init__(self, c, r):
        self.center = c
        self.radius = r
        self.name = "s%d" % r

    def area2(self):
        return self.radius * self.radius


p = Point(50, 50)
scene = [Sphere(Point(i, 2 * i), i + 1) for i in range(20)]
bad = []
sums = []


def writer(w):
    for i in range(1, 2000):
        x = (i * 31 + w) % 101
        if i % 7 == 0:
            p.x = float(x)                   # kind change: another shape
            p.y = 100.0 - x
        else:
            p.x = x
            p.y = 100 - x
        if i % 500 == 0:
            setattr(p, "tag%d_%d" % (w, i), i)  # new attribute: new shape
    p.x = 50
    p.y = 50


def reader(r):
    acc = 0
    for i in range(1500):
        a = p.x
        b = p.y
        if a + b != 100:
            bad.append(("pair", a, b))
        if p.total() != 100:
            bad.append(("method", p.total()))
        s = scene[(i + r) % len(scene)]
        acc += s.area2() + s.center.x + s.center.y + len(s.name)
    sums.append(acc)


ts = [threading.Thread(target=writer, args=(w,)) for w in range(2)]
ts += [threading.Thread(target=reader, args=(r,)) for r in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("violations", bad[:5], len(bad))
print("sums", sorted(sums))
print("final", p.x, p.y, sorted(k for k in vars(p) if k.startswith("tag")))
