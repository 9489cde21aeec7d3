# iter() and next() with defaults, and the two-argument iter with a sentinel
it = iter([1, 2])
print(next(it), next(it), next(it, "end"), next(it, None))
vals = [5, 4, 3, 0, 9]
def pop_front():
    return vals.pop(0)
print(list(iter(pop_front, 0)), vals)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
for v in iter(tick, 4):
    print("tick", v)
s = iter("ab")
print(list(s), list(s))
d = iter({"k": 1, "j": 2})
print(next(d), type(d).__name__, type(iter([])).__name__, type(iter(range(1))).__name__)
try:
    next([1])
except TypeError as e:
    print("TypeError", e)
