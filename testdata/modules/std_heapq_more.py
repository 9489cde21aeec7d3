# heapq on big random heaps (layouts equal CPython's, heapify beyond 2500 items), list subclasses, comparison errors, a __lt__ that resizes the heap
import heapq, random
random.seed(11)
data = [random.randrange(10000) for _ in range(6000)]
h = list(data); heapq.heapify(h)
print(sum(i * v for i, v in enumerate(h)) % 1000003, h[:8])
h2 = []
for x in data[:3000]:
    heapq.heappush(h2, x)
print(sum(i * v for i, v in enumerate(h2)) % 1000003)
print([heapq.heappushpop(h2, x) for x in data[3000:3010]], [heapq.heapreplace(h2, x) for x in data[3010:3020]])
print([heapq.heappop(h2) for _ in range(10)], len(h2))
class L(list):
    pass
l = L([5, 3, 8, 1]); heapq.heapify(l); heapq.heappush(l, 0); print(l, type(l).__name__, heapq.heappop(l))
def t(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)
t(heapq.heappush, (1,), 2)
t(heapq.heappop, "ab")
t(heapq.heappushpop, None, 1)
t(heapq.heappush, [1, 2], "x")
t(heapq.heappop, [])
t(heapq.heappushpop, [], 4)
t(heapq.heapify, [3, None, 1])
t(heapq.heappush, [1])
class Evil:
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap
    def __lt__(self, other):
        self.heap.clear()
        return self.v < other.v
hh = []
hh.append(Evil(1, hh))
t(heapq.heappush, hh, Evil(0, hh))
