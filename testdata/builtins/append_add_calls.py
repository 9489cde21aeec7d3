# list.append / set.add called as methods, as descriptors and on subclasses/frozensets: results and CPython's errors
class L(list):
    pass

class LA(list):
    def append(self, x):
        super().append(x * 10)

class S(set):
    pass

def run():
    l = []
    for i in range(5):
        l.append(i)
    list.append(l, "d")
    ap = l.append
    ap("b")
    print(l)
    s = set()
    for i in (3, 1, 3, 2):
        s.add(i)
    set.add(s, 7)
    print(sorted(s))
    sl, la, ss = L(), LA(), S()
    sl.append(1)
    la.append(2)
    ss.add(4)
    print(type(sl).__name__, sl, type(la).__name__, la, type(ss).__name__, sorted(ss))
    tests = [
        lambda: set.add(frozenset(), 1),
        lambda: list.append((), 1),
        lambda: set.add([], 1),
        lambda: s.add([]),
        lambda: l.append(x=1),
        lambda: l.append(),
        lambda: l.append(1, 2),
        lambda: s.add(1, 2),
        lambda: frozenset().add(1),
    ]
    for f in tests:
        try:
            f()
            print("no error")
        except Exception as e:
            print(type(e).__name__, e)
    print(len(l), len(s))

run()
