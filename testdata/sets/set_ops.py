# sets of small ints: operators, methods and print order
a = {5, 1, 3, 9, 7}
b = {3, 4, 5, 6}
print(a, b, a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [100]), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, a.isdisjoint({2, 4}), {1}.issubset([1, 2]), {1, 2}.issuperset({2}))
s = set()
s.add(3)
s.add(3)
s.add(1)
s.update([10, 2], {7})
print(s, len(s))
s.discard(10)
s.discard(99)
s.remove(7)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
print(s.pop(), s)
c = {1, 2, 3}
c |= {4}
c &= {1, 2, 4}
c -= {2}
c ^= {1, 8}
print(c)
print(set(), set([3, 3, 1]), set(range(5)), {x % 4 for x in range(10)})
print({1, 2} == {2, 1}, {1} == frozenset({1}), frozenset({3, 1}), 2 in frozenset([2]))
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
