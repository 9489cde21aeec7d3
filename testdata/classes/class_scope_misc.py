# class bodies execute once, in order; class variables shared by instances
print("before class")
class K:
    print("in class body")
    items = []
    total = 0
    def add(self, x):
        self.items.append(x)
        self.total += x
    for i in range(3):
        total += i
    del i
a, b = K(), K()
a.add(5)
b.add(7)
print(K.items, a.total, b.total, K.total, "i" in K.__dict__)
class Counter:
    n = 0
    def __init__(self):
        Counter.n += 1
        self.id = Counter.n
cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.n)
