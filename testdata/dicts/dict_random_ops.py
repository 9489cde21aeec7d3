# random insert/delete/popitem/setdefault sequences on int-keyed dicts keep CPython's insertion order
state = 4242
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return (state >> 4) % n
d = {}
log = []
for step in range(4000):
    op = rnd(10)
    k = rnd(300)
    if op < 5:
        d[k] = step
    elif op < 7:
        d.pop(k, None)
    elif op == 7 and d:
        log.append(d.popitem())
    elif op == 8:
        d.setdefault(k, -step)
    else:
        if k in d:
            del d[k]
            d[k] = "moved"
    if step % 1000 == 999:
        print(len(d), list(d)[:12], list(d)[-5:])
print(log[:5], log[-3:], len(log))
print(sum(k for k in d), sum(1 for v in d.values() if v == "moved"))
