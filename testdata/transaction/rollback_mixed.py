# One loop mixing list, dict, set, instance, generator, closure and exception state, for rollback at any iteration.
# lists, dicts, sets, instances, iterators, closures, generators, exceptions
class P:
    def __init__(self, x):
        self.x = x
        self.hist = []
    def bump(self, k):
        self.x += k
        self.hist.append(k)

def gen(n):
    for i in range(n):
        yield i * i

def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc

lst = [1, 2, 3]
d = {"a": 1}
s = {1, 2}
p = P(0)
inc = counter()
g = gen(30)
total = 0
log = []
for i in range(30):
    lst.append(i)
    if i % 4 == 0:
        lst.pop()
    if i % 5 == 0:
        lst.insert(0, -i)
    lst[1] = i
    d[i % 6] = d.get(i % 6, 0) + i
    if i % 7 == 0 and 0 in d:
        del d[0]
    s.add(i % 9)
    if i % 8 == 0:
        s.discard(1)
    p.bump(i)
    total += next(g)
    inc()
    try:
        if i % 3 == 0:
            raise ValueError(i)
    except ValueError as e:
        log.append(e.args[0])
    finally:
        total += 1
    for j, ch in enumerate("ab"):
        total += j
    print(i, total, len(lst)) if i % 10 == 0 else None
it = iter(lst)
first = [next(it) for _ in range(3)]
while True:
    try:
        v = next(it)
    except StopIteration:
        break
    total += v
lst.sort()
lst.reverse()
print(lst)
print(sorted(d.items(), key=str))
print(sorted(s))
print(p.x, p.hist[-3:], len(p.hist))
print(total, inc(), log, first)
print(list(zip(range(3), "xyz")), dict(enumerate("pq")))
