# Finished generators give their frames back for reuse (yield from, for loops): later generators and calls must see fresh locals; short tuples built in one piece.


def leaf(n, tag):
    total = 0
    for i in range(n):
        total += i
        yield (tag, i)
    return total * 10


def middle(n):
    got = []
    for k in range(3):
        r = yield from leaf(n + k, k)   # each leaf finishes and frees its frame
        got.append(r)
    return tuple(got)


def outer():
    res = yield from middle(2)
    yield ("done", res)


print(list(outer()))


def walk(depth):
    if depth == 0:
        return
    yield from walk(depth - 1)
    yield depth
    yield from walk(depth - 1)


print(list(walk(4)))
print(sum(x for x in walk(6)))


def fresh_locals():
    # A generator whose frame is reused must start with unbound locals.
    def g(flag):
        if flag:
            secret = "old"
        yield 1
        try:
            yield secret
        except UnboundLocalError as e:
            yield "unbound: " + str(e)

    out = []
    for flag in (True, False, True, False):
        out.append(list(g(flag)))
    return out


print(fresh_locals())


def gen_frames():
    def g():
        yield 1
        yield 2

    it = g()
    print(it.gi_frame is not None, next(it))
    for x in it:
        pass
    print(it.gi_frame)
    inner = g()
    def d():
        return (yield from inner)
    print(list(d()), inner.gi_frame)


gen_frames()


def raising():
    def bad():
        yield 1
        raise ValueError("boom")

    def wrap():
        try:
            yield from bad()
        except ValueError as e:
            yield "caught " + str(e)
        yield from leaf(2, "after")

    return list(wrap())


print(raising())


def tuples(a, b, c, d, e):
    return [(), (a,), (a, b), (a, b, c), (a, b, c, d), (a, b, c, d, e), ((a, b), (c,)), (a, (b, (c, (d, e))))]


ts = tuples(1, "x", 2.5, None, [1])
print(ts, [len(t) for t in ts], ts[2] == (1, "x"), hash(ts[3]) == hash((1, "x", 2.5)))
big = [(i, i * i) for i in range(5)]
print(big, sorted(big, key=lambda p: -p[1])[0])
