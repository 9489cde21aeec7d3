# sets of tuples and mixed numbers, deduplication across int/float/bool, sorted output
s = {(1, 2), (2, 1), (1, 2)}
print(sorted(s), len(s))
m = {1, 1.0, True, 2, 2.0}
print(len(m), sorted(m), 1 in m, 1.0 in m, True in m)
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs))
print(sorted({(x % 3, x % 2) for x in range(10)}))
u = set()
for w in [(0,), (0,), ()]:
    u.add(w)
print(sorted(u))
