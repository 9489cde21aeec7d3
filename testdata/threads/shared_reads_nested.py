# Readers inside exec (a nested interpreter loop, where a thread keeps the token) and in plain loops read shared globals, instance attributes, methods and class attributes while writers rebind them: every read is a value some write stored whole
import threading

CODE = '''
def check(r, rounds, bad):
    global hits
    acc = 0
    for i in range(rounds):
        hits += 1  # a global rebound in the loop (its other globals stay cached)
        box.mine += 1  # a store into a shared instance, holding the token
        g = G
        if g[0] != -g[1]:
            bad.append(("global", g))
        v = box.v
        if v % 7:
            bad.append(("attr", v))
        f = box.kind()
        if f != 1 and f != 2:
            bad.append(("method", f))
        c = Box.LIMIT
        if c % 5:
            bad.append(("class attr", c))
        c = box.LIMIT
        if c % 5:
            bad.append(("class attr via instance", c))
        s = scene[(i + r) % 10]
        acc += s.r + len(s.name)
    return acc
'''


class Box:
    LIMIT = 5

    def __init__(self):
        self.v = 7
        self.mine = 0

    def kind(self):
        return 1


def kind_two(self):
    return 2


kind_one = Box.kind


class Sphere:
    def __init__(self, r):
        self.r = r
        self.name = "s%d" % r


G = (0, 0)
box = Box()
scene = [Sphere(i + 1) for i in range(10)]
bad = []
sums = []
ns = {"G": G, "box": box, "Box": Box, "scene": scene, "hits": 0}


first = spun = 0  # bound now: adding a global later would void the entries below


def warm():
    # Run before the second thread exists: the globals are thread-local
    # here, so LOAD_GLOBAL caches their entry numbers (valid while no global
    # is added); the same code runs again once they are shared.
    return len(scene) + len(Sphere.__name__) + len(CODE) + len(G)


def spin(n):
    # The same, with nothing else in the loop.
    k = 0
    for i in range(n):
        k += len(G) + len(scene)
    return k


def writer(w):
    global G
    for i in range(1, 3000):
        G = (i, -i)
        ns["G"] = (i + w, -i - w)
        box.v = 7 * (i % 13)
        Box.kind = kind_two if i % 3 == 0 else kind_one
        Box.LIMIT = 5 * (i % 11)
        if i % 200 == 0:
            setattr(box, "extra%d_%d" % (w, i), i)  # a new shape
    G = (0, 0)
    ns["G"] = (0, 0)
    box.v = 7
    Box.LIMIT = 5


def reader_exec(r):
    local = {}
    exec(CODE, ns, local)
    ns_check = local["check"]
    ns["bad"] = bad
    sums.append(ns_check(r, 2500, bad))


def reader_plain(r):
    k = spin(3000)
    acc = 0
    for i in range(2500):
        g = G
        if g[0] != -g[1]:
            bad.append(("global", g))
        v = box.v
        if v % 7:
            bad.append(("attr", v))
        f = box.kind()
        if f != 1 and f != 2:
            bad.append(("method", f))
        c = Box.LIMIT
        if c % 5:
            bad.append(("class attr", c))
        c = box.LIMIT
        if c % 5:
            bad.append(("class attr via instance", c))
        if box.mine < 0:
            bad.append(("mine", box.mine))
        s = scene[(i + r) % 10]
        acc += s.r + len(s.name) + warm() - first
    sums.append(acc + k - 300 * spun)


def main():
    # Two phases of two threads each (a writer and a reader), so that with
    # two run slots they run at the same time.
    for reader in (reader_exec, reader_plain):
        for r in range(2):
            ts = [threading.Thread(target=writer, args=(r,)), threading.Thread(target=reader, args=(r,))]
            for t in ts:
                t.start()
            for t in ts:
                t.join()
    print("bad:", bad[:5], len(bad))
    print("sums:", sorted(sums))
    print("after:", G, ns["G"], box.v, Box.LIMIT, warm() == first, ns["hits"], box.mine)


first = warm()
spun = spin(10)
main()
