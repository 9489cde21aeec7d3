# `int in set`: exact sets, frozensets, floats/bools equal to ints, big ints, -1/-2 hashes, subclasses with __contains__
class S(set):
    def __contains__(self, x):
        return x == 99

def run():
    s = {1, 2.0, True, -1, -2, 2**64, 10**18}
    for x in (0, 1, 2, 3, -1, -2, -3, 2**64, 10**18, 10**18 + 1, True, 2.0, 2.5):
        print(repr(x), x in s, x not in s)
    f = frozenset(range(0, 100, 7))
    print([i for i in range(30) if i in f])
    e = set()
    print(5 in e, 5 not in e)
    sub = S([1, 2])
    print(1 in sub, 99 in sub, 99 not in sub)
    seen = {0}
    n = 0
    for i in range(1000):
        if (i * 7) % 61 not in seen:
            seen.add((i * 7) % 61)
            n += 1
    print(n, len(seen))
    try:
        print([] in s)
    except TypeError as e:
        print(type(e).__name__, e)

run()
