# stdlib together: Counter word counts, deque BFS, heapq Dijkstra, lru_cache DP, itertools/functools/operator pipelines, seeded random data
import random, heapq, itertools, functools, operator, bisect, string
from collections import Counter, deque, defaultdict, namedtuple, OrderedDict
random.seed(7)
words = [random.choice(["apple", "pear", "fig", "kiwi", "plum"]) for _ in range(200)]
cnt = Counter(words)
print(cnt.most_common(3), sum(cnt.values()), cnt.most_common()[-1])
graph = defaultdict(list)
for a, b in [(random.randrange(20), random.randrange(20)) for _ in range(40)]:
    w = random.randint(1, 9)
    graph[a].append((b, w)); graph[b].append((a, w))
def bfs(start):
    seen = {start}; q = deque([start]); order = []
    while q:
        n = q.popleft(); order.append(n)
        for m, _ in sorted(graph[n]):
            if m not in seen:
                seen.add(m); q.append(m)
    return order
print(bfs(0))
def dijkstra(src):
    dist = {src: 0}; pq = [(0, src)]
    while pq:
        d, n = heapq.heappop(pq)
        if d > dist.get(n, 1 << 60):
            continue
        for m, w in graph[n]:
            nd = d + w
            if nd < dist.get(m, 1 << 60):
                dist[m] = nd; heapq.heappush(pq, (nd, m))
    return sorted(dist.items())
print(dijkstra(0))
@functools.lru_cache(maxsize=None)
def lcs(a, b):
    if not a or not b:
        return 0
    if a[0] == b[0]:
        return 1 + lcs(a[1:], b[1:])
    return max(lcs(a[1:], b), lcs(a, b[1:]))
s1 = "".join(random.choice("ACGT") for _ in range(25)); s2 = "".join(random.choice("ACGT") for _ in range(25))
print(s1, s2, lcs(s1, s2), lcs.cache_info().currsize > 0)
Emp = namedtuple("Emp", "name dept salary")
emps = [Emp(random.choice(string.ascii_uppercase) + str(i), random.choice("XYZ"), random.randrange(30, 90) * 1000) for i in range(15)]
emps.sort(key=operator.attrgetter("dept", "salary"))
for dept, grp in itertools.groupby(emps, key=operator.attrgetter("dept")):
    g = list(grp)
    print(dept, len(g), functools.reduce(operator.add, map(operator.attrgetter("salary"), g)), max(g, key=operator.itemgetter(2)).name)
print(list(itertools.accumulate(sorted(e.salary for e in emps)[:5])), list(itertools.starmap(operator.mul, zip(range(5), itertools.count(10)))))
grades = [random.randrange(100) for _ in range(10)]
print([("FDCBA")[bisect.bisect([60, 70, 80, 90], g)] for g in grades])
od = OrderedDict()
for w in words[:30]:
    od[w] = od.get(w, 0) + 1
    od.move_to_end(w)
print(list(od.items()))
print(sorted(random.sample(range(1000), 8)), random.choices(["r", "g", "b"], weights=[5, 1, 1], k=12))
print(list(itertools.islice(itertools.cycle(itertools.combinations("abcd", 2)), 8)))
