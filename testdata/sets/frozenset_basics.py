# frozenset: hashable, usable as key, operators returning frozensets
f = frozenset([3, 1, 2])
g = frozenset({2, 5})
print(f, f | g, f & g, f - g, type(f | g).__name__, type({1} | f).__name__)
d = {f: "f"}
print(d[frozenset({1, 2, 3})], hash(f) == hash(frozenset([1, 2, 3])))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError", e)
s = {frozenset({1}), frozenset({1})}
print(len(s), frozenset(), set(frozenset({9})))
