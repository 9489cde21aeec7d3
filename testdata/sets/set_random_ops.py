# random add/discard/pop/update sequences on int sets; the printed order must follow CPython's table
state = 31337
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return (state >> 4) % n
s = set()
for step in range(3000):
    op = rnd(10)
    v = rnd(200) - 50
    if op < 5:
        s.add(v if rnd(7) else v * 10 ** 12)
    elif op < 8:
        s.discard(v)
    elif op == 8 and s:
        s.pop()
    else:
        s |= {v, v + 1, v + 2}
    if step % 500 == 499:
        print(len(s), s)
t = {x for x in s if x % 3 == 0}
print(t, s - t == {x for x in s if x % 3}, len(s & t))
