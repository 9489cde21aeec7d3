# keys of various hashable types, custom __hash__/__eq__, unhashable keys
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v % 3)
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return f"K({self.v})"
d = {K(1): "one", K(4): "four", K(1): "uno"}
print(d, d[K(4)], K(7) in d)
e = {None: 0, 1.5: 1, -1: 2, (1,): 3, "s": 4, frozenset({1}): 5, b"b": 6}
print(e)
print(e[None], e[frozenset([1])], e[b"b"])
for bad in ([], {}, {1}):
    try:
        e[bad] = 1
    except TypeError as ex:
        print("TypeError", ex)
big = {}
for i in range(1000):
    big[i * 7919 % 1009] = i
print(len(big), big[0], big[1008], sum(big.values()))
for i in range(0, 1000, 2):
    del big[i * 7919 % 1009]
print(len(big), list(big)[:5])
