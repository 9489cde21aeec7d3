# threads writing their own shared lists by slice assignment (growing, shrinking, same size, extended slices), remove(x), extend from shared lists, ranges and generators, mixed with pops/inserts/appends, against local mirrors; error messages; with injected aborts nothing may change
import threading

T = 2
src = list(range(100, 107))          # shared, read by every thread, never written
own = [list(range(40)) for _ in range(T)]
res = [None] * T

def mirror(k):
    s, m = own[k], list(range(40))
    seed = k + 7
    bad = []
    for i in range(8300):  # (2^14 moves, after which pystm buffers a thread's moves of its own list)
        s.append(i); s.pop()
    for i in range(6000):
        seed = (seed * 1103515245 + 12345) % 2147483648
        op, a, b = seed % 16, (seed >> 8) % 70 - 10, (seed >> 16) % 70 - 10
        c = (seed >> 24) % 5
        if op == 0:
            s[a:b] = (i, -i, i)[:c]; m[a:b] = (i, -i, i)[:c]
        elif op == 1:
            s[a:] = [i] * c; m[a:] = [i] * c
        elif op == 2:
            s[:b] = src; m[:b] = src
        elif op == 3:
            n = len(m[a:b])
            s[a:b] = range(n) if c < 2 else tuple(range(n)); m[a:b] = list(range(n))
        elif op == 4:
            st = (2, -2, 3, -1)[c % 4]
            n = len(m[a::st])
            s[a::st] = [i] * n; m[a::st] = [i] * n
        elif op == 5:
            x = (seed >> 4) % 45
            if (x in s) != (x in m) or (-x in s) != (-x in m): bad.append(("in", k, i))
            try:
                s.remove(x); r1 = True
            except ValueError as e:
                r1 = str(e)
            try:
                m.remove(x); r2 = True
            except ValueError as e:
                r2 = str(e)
            if r1 != r2: bad.append(("remove", k, i, r1, r2))
        elif op == 6:
            s.extend(src); m.extend(src)
        elif op == 7:
            s += src; m += src
        elif op == 8:
            s.extend(x * 2 for x in range(c)); m.extend(x * 2 for x in range(c))
            s.extend(range(c, 0, -1)); m.extend(range(c, 0, -1))
        elif op == 9 and len(m) < 200:
            s.extend(s); m.extend(m)
        elif op == 10 and m:
            if s.pop(a % len(m)) != m.pop(a % len(m)): bad.append(("pop", k, i))
        elif op == 11:
            s.insert(a, i); m.insert(a, i)
        elif op == 12:
            s.append(i % 45); m.append(i % 45)
            s[a % len(m)] = -i; m[a % len(m)] = -i
            s[-1] += 1; m[-1] += 1
        elif op == 13:
            del s[a:b]; del m[a:b]
        elif op == 14 and i % 500 == 0:
            s[:] = []; m[:] = []
        elif op == 14 and len(m) < 150:
            s[a:b] = s; m[a:b] = m
        elif i % 20 == 0:
            s[a:b] = s[b:a:-1]; m[a:b] = m[b:a:-1]
        else:
            s.insert(a, i); m.insert(a, i)
        if len(m) > 300:
            del s[150:]; del m[150:]
        if len(s) != len(m) or (m and (s[-1] != m[-1] or s[0] != m[0] or s[len(m) // 2] != m[len(m) // 2])):
            bad.append(("len/items", k, i))
        if i % 7 == 0 and (s[a:b] != m[a:b] or s[::3] != m[::3] or s[-4:] != m[-4:]):
            bad.append(("slice", k, i))
        if i % 97 == 0 and [x for x in s] != m:
            bad.append(("iter", k, i))
    res[k] = (len(s), s == m, sum(s), bad[:3])

ts = [threading.Thread(target=mirror, args=(k,)) for k in range(T)]
for t in ts: t.start()
for t in ts: t.join()
print("mirror", res)
print("src", src)

# Errors and Python __eq__ from a worker thread (inside a span).
class Key:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, int) and o % 10 == self.v
out = []
def errors():
    e = list(range(10))
    shared = [e]
    e = shared[0]
    try:
        e[::2] = [1, 2]
    except ValueError as x:
        out.append(str(x))
    try:
        e.remove(99)
    except ValueError as x:
        out.append(str(x))
    try:
        e[1:3] = 5
    except TypeError as x:
        out.append(str(x))
    try:
        e[::0] = []
    except ValueError as x:
        out.append(str(x))
    e.remove(Key(3))          # Key.__eq__ is Python code
    e.append(Key(4))
    e.remove(4)               # 4 == Key(4)? int's __eq__ says NotImplemented, then Key's
    e[2:4] = (7, 7, 7)
    e.remove(7)
    out.append([x if isinstance(x, int) else "Key" for x in e])
t = threading.Thread(target=errors)
t.start(); t.join()
print(out)
