# random: seeded Mersenne Twister sequences equal CPython's (random, getrandbits, randrange, choice, shuffle, sample, choices)
import random
for s in [0, 1, 42, -42, 2**32, 2**100 + 7, 123456789012345678901234567890]:
    random.seed(s)
    print(s, [random.random() for _ in range(3)])
    print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33), random.getrandbits(64), random.getrandbits(100), random.getrandbits(0))
random.seed(12345)
print([random.randrange(10) for _ in range(20)])
print([random.randint(-5, 5) for _ in range(20)])
print([random.randrange(0, 100, 7) for _ in range(10)])
print([random.randrange(100, 0, -3) for _ in range(10)])
print(random.randrange(10**30))
print(random.choice("abcdefg"), random.choice([1, 2, 3]), random.choice(range(1000)))
l = list(range(20))
random.shuffle(l)
print(l)
print(random.sample(range(100), 10))
print(random.sample(range(10), 10))
print(random.sample(range(10**6), 5))
print(random.sample(["a", "b", "c", "d"], 2, counts=[1, 2, 3, 4]))
print(random.choices("abc", k=10))
print(random.choices("abc", [1, 5, 10], k=10))
print(random.choices("abc", cum_weights=[1, 2, 30], k=5))
print(random.uniform(1, 10), random.triangular(0, 10, 3))
print(random.expovariate(2.0), random.normalvariate(0, 1))
print(random.gammavariate(2.0, 1.0), random.gammavariate(0.5, 1.0), random.betavariate(2, 3))
print(random.paretovariate(3), random.weibullvariate(1, 2), random.lognormvariate(0, 1))
random.seed("hello")
print(random.random())
random.seed(b"bytes seed")
print(random.random())
random.seed(3.5)
print(random.random())
random.seed(True)
print(random.random())
print(random.randbytes(5))
r = random.Random(7)
r2 = random.Random(7)
print(r.random() == r2.random(), r.randint(1, 6), r2.randint(1, 6))
st = r.getstate()
a = [r.random() for _ in range(5)]
r.setstate(st)
print(a == [r.random() for _ in range(5)])
print(len(st), st[0], len(st[1]), st[2])
class MyRandom(random.Random):
    pass
m = MyRandom(99)
print(m.random(), m.choice([10, 20, 30]))
random.seed(None)
x = random.random()
print(0 <= x < 1)
for _ in range(1000):
    if not (3 <= random.randint(3, 9) <= 9):
        print("bad")
class OnlyRandom(random.Random):
    def __init__(self):
        super().__init__(0)
        self.n = 0
    def random(self):
        self.n += 1
        return (self.n * 0.6180339887) % 1.0
o = OnlyRandom()
print([o.randrange(10) for _ in range(8)], o.choice("abcdef"), o.n)
class Bits(random.Random):
    def getrandbits(self, k):
        return 3 % (1 << k) if k else 0
b = Bits(1)
print([b.randrange(10) for _ in range(3)], b.random() < 1)
