# bisect: Go searches agree with CPython on lists, strs, tuples, ranges, lo/hi/key, insort, and the argument errors
import bisect, random
random.seed(4)
a = sorted(random.randrange(50) for _ in range(40))
print([bisect.bisect_left(a, x) for x in range(-1, 52, 3)], [bisect.bisect_right(a, x) for x in range(-1, 52, 3)])
print(bisect.bisect_left(a, 10, 5, 20), bisect.bisect_right(a, 10, lo=3), bisect.bisect(a, 10, hi=7), bisect.bisect_left(a, 10, 0, None))
print(bisect.bisect_left("acegi", "d"), bisect.bisect_right((1, 2, 2, 3), 2), bisect.bisect(range(0, 100, 5), 42))
recs = sorted([(random.random(), i) for i in range(10)])
print(bisect.bisect_left(recs, 0.5, key=lambda r: r[0]), bisect.bisect_right(recs, 0.5, key=lambda r: r[0], lo=2))
l = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(l, x)
bisect.insort_left(l, 5)
print(l)
def t(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)
t(bisect.bisect_left, [1, 2], 1, -1)
t(bisect.bisect_right, [1, 2], 1, "a")
t(bisect.bisect_right, [1, 2], 1, 0, 1.5)
t(bisect.bisect_left, [1, 2])
t(bisect.bisect_left, [1, "a"], 3)
t(bisect.bisect_left, 5, 3)
t(bisect.bisect_left, [1, 2], 1, bad=3)
t(bisect.bisect_left, [1, 2, 3], 2, 0, 10)
