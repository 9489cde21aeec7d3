# slicing matrix over list/str/tuple/range/bytes/bytearray with many bounds and steps; slice assignment and deletion
seqs = [list(range(7)), "abcdefg", tuple("ABCDEFG"), range(10, 17), b"0123456", bytearray(b"xyzXYZ!")]
bounds = [None, 0, 1, 3, -1, -3, 6, 7, 100, -100]
steps = [None, 1, 2, -1, -2, 3, -7]
for s in seqs:
    out = []
    for st in steps:
        for a in bounds[::3]:
            for b in bounds[1::3]:
                r = s[a:b:st]
                out.append(repr(r) if not isinstance(r, (list, tuple, range)) else str(list(r)))
    print(type(s).__name__, len(out), " ".join(out))
l = list(range(10))
for (a, b, st, val) in [(1, 3, None, []), (None, None, 2, "abcde"), (-1, None, -3, "xyz"), (5, 2, None, [9, 9]), (0, 0, None, "new"), (8, 100, None, range(3))]:
    m = l[:]
    try:
        m[a:b:st] = val
        print(m)
    except ValueError as e:
        print("ValueError", e)
for (a, b, st) in [(None, None, 3), (-2, None, None), (2, 8, -1), (8, 2, -2), (None, None, -1)]:
    m = l[:]
    del m[a:b:st]
    print(m)
