# tuples as dict keys and set members; unhashable contents fail
d = {}
d[(1, 2)] = "a"
d[(1, 2)] = "b"
d[1, 3] = "c"
print(d, d[(1, 2)], (1, 3) in d, len(d))
grid = {(r, c): r * 10 + c for r in range(3) for c in range(3)}
print(grid[(2, 1)], sorted(k for k in grid if k[0] == k[1]))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2)), (1, 2) == (1.0, 2))
s = {(0, 0), (0, 1), (0, 0)}
print(len(s), (0, 1) in s)
try:
    hash(([1], 2))
except TypeError as e:
    print("TypeError", e)
try:
    d[([1],)] = 1
except TypeError as e:
    print("TypeError", e)
print({(1, (2, 3)): "nested"}[(1, (2, 3))])
