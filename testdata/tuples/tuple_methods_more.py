# tuple conversions, comparison of nested tuples, tuples in sorting and min/max
t = tuple(range(5))
print(t[1:4], t[::-2], t.index(3), (1, (2, 3)) < (1, (2, 4)), ((1, 2),) == ((1, 2),))
people = [("bob", 25), ("alice", 30), ("carol", 25)]
print(sorted(people, key=lambda p: (p[1], p[0])), min(people), max(people, key=lambda p: p[1]))
print(tuple(x * 2 for x in t), tuple({1: 2}), tuple("abc") + (1,), len(((),)), bool(()), bool(((),)))
print(divmod(7, 2) == (3, 1), type(divmod(7, 2)).__name__, (1, 2) * 0, hash(()) == hash(tuple()))
a, b, *c = t
print(a, b, c, type(c).__name__)
