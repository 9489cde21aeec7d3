# heapq and bisect: heap layouts equal CPython's, merge/nlargest/nsmallest, bisect/insort with key, errors
import heapq, bisect, random
random.seed(3)
data = [random.randrange(100) for _ in range(30)]
h = list(data); heapq.heapify(h); print(h)
h2 = []
for x in data:
    heapq.heappush(h2, x)
print(h2)
print([heapq.heappop(h2) for _ in range(10)], h2)
print(heapq.heappushpop(h2, 1), heapq.heapreplace(h2, 500), h2[:5])
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge("ace", "bd")))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)), list(heapq.merge(["bb", "a"], ["ccc"], key=len)))
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(2, ["a", "bbb", "cc"], key=len), heapq.nsmallest(0, data))
pq = []
for pri, name in [(3, "c"), (1, "a"), (2, "b"), (1, "a2")]:
    heapq.heappush(pq, (pri, name))
print([heapq.heappop(pq) for _ in range(4)])
for f in [lambda: heapq.heappop([]), lambda: heapq.heapify((1, 2)), lambda: heapq.heapreplace([], 1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
a = [1, 2, 2, 2, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 0), bisect.bisect(a, 9), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3))
bisect.insort(a, 3); bisect.insort_left(a, 2); bisect.insort_right(a, 9); print(a)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("z", 4), key=lambda r: r[1]); print(recs)
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print(type(e).__name__, e)
