# Instances, closures, generators, iterators, exceptions and deep frames inside transactions that may be rolled back.
class Obj:
    pass
o = Obj()
o.a = 1
for i in range(30):
    o.a += i
    if i == 4: o.b = "x"
    if i == 8: o.a = 2.5
    if i == 9: o.a = 7
    if i == 12: o.c = [i]
    if i == 15: del o.b
    if i == 20: o.__dict__["d"] = i
    if i > 20: o.d += 1
print(sorted(vars(o).items()))
def make():
    x = 0
    def add(k):
        nonlocal x
        x += k
        return x
    return add
add = make()
for i in range(20):
    add(i)
print(add(0))
def g(n):
    tot = 0
    for i in range(n):
        got = yield i
        if got:
            tot += got
    return tot
gen = g(20)
acc = []
x = next(gen)
for i in range(15):
    acc.append(gen.send(i))
print(acc)
def outer():
    r = yield from g(5)
    yield r
print(list(outer()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
fs = []
for v in fib():
    if v > 500: break
    fs.append(v)
print(fs)
gg = (i * 2 for i in range(10))
print(sum(gg))
def rec(n):
    if n == 0:
        s = 0
        for i in range(50):
            s += i
        return s
    return rec(n - 1) + 1
print(rec(25))
def with_loops(n):
    out = []
    for i in range(n):
        for j in range(3):
            out.append((i, j))
    return out
print(len(with_loops(20)))
d = {i: str(i) for i in range(10)}
it = iter(d)
keys = []
for k in it:
    keys.append(k)
print(keys, list(d.values())[:3], list(reversed(d))[:3])
print(list(map(lambda x: x * 2, filter(lambda x: x % 3, range(20)))))
cnt = [0]
def nxt():
    cnt[0] += 1
    return cnt[0]
print(list(iter(nxt, 12)))
print(list(enumerate(zip("abc", range(3)), 1)))
errs = []
saved = None
for i in range(10):
    try:
        try:
            if i % 2: raise KeyError(i)
            [][i]
        except KeyError as e:
            saved = e
            raise RuntimeError("wrapped") from e
    except (RuntimeError, IndexError) as e:
        errs.append((type(e).__name__, type(e.__cause__).__name__))
print(errs[:4], len(errs))
for i in range(3):
    try:
        raise saved
    except KeyError as e:
        pass
import traceback
try:
    raise saved
except KeyError as e:
    print(len(traceback.format_tb(e.__traceback__)))
total = 0
for i in range(100):
    total += i
    G = total
print(G)
