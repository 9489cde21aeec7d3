# for-loops unpacking 2 from enumerate/zip/dict.items (fused FOR_ITER pair path) and edge cases
class E(enumerate):
    def __next__(self):
        i, x = super().__next__()
        return (i * 10, x)

class Z(zip):
    pass

def loops():
    d = {1: 'one', 2: 'two', 3: 'three'}
    for k, v in d.items():
        print(k, v)
    for i, x in enumerate("xyz", 5):
        print(i, x)
    for i, x in enumerate([], 1):
        print("never", i, x)
    for a, b in zip([1, 2, 3], "ab"):
        print(a, b)
    for x, x in enumerate("pq"):
        print("repeat", x)
    for i, x in enumerate(range(2**63 - 2, 2**63 + 1), 2**63 - 1):
        print(i, x)
    for i, x in E("ab"):
        print("sub", i, x)
    for a, b in Z("ab", "cd"):
        print("zsub", a, b)
    # nested: the inner iterator's state is not disturbed
    for i, row in enumerate([[1, 2], [3, 4]]):
        for j, v in enumerate(row):
            print(i, j, v)
    # break and else
    for k, v in d.items():
        if k == 2:
            break
    else:
        print("no")
    print("broke at", k, v)
    for k, v in {}.items():
        pass
    else:
        print("empty else")
    # generator state after a pair loop
    g = (c for c in "abc")
    for i, c in enumerate(g):
        if i == 1:
            break
    print(next(g))

def errors():
    for it in (zip([1], [2], [3]), iter([(1, 2), (1,)]), iter([(1, 2, 3)]), enumerate([None])):
        try:
            for a, b in it:
                print("ok", a, b)
        except Exception as e:
            print(type(e).__name__, e)
    try:
        for a, b, c in enumerate("ab"):
            pass
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        for a, b in [1]:
            pass
    except TypeError as e:
        print(type(e).__name__, e)
    d = {1: 2}
    try:
        for k, v in d.items():
            d[k + 1] = v
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        for a, b in zip([1, 2], [3], strict=True):
            print("strict", a, b)
    except ValueError as e:
        print(type(e).__name__, e)
    def bad():
        yield 1
        raise KeyError("inner")
    try:
        for i, x in enumerate(bad()):
            print("got", i, x)
    except KeyError as e:
        print(type(e).__name__, e)
    try:
        for i, x in zip(bad(), "abc"):
            print("got", i, x)
    except KeyError as e:
        print(type(e).__name__, e)

loops()
errors()
# module level: UNPACK_SEQUENCE then STORE_NAME
for k, v in {'z': 9, 'y': 8}.items():
    print(k, v)
for i, (a, b) in enumerate(zip("ab", "cd")):
    print(i, a, b)
for (i, x) in enumerate([7]):
    print(i, x)
