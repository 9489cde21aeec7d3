# hash of ints, floats and tuples is deterministic and consistent with equality
print(hash(1), hash(-1), hash(0), hash(2 ** 61 - 1), hash(2 ** 61), hash(-2), hash(2 ** 100))
print(hash(1.0), hash(1.5), hash(-0.5), hash(float("inf")), hash(True), hash(None) == hash(None))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(frozenset({1, 2})) == hash(frozenset([2, 1])))
print(hash(1) == hash(1.0) == hash(True), hash(3 + 0j) == hash(3))
for bad in ([], {}, set()):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError", e)
