# collections.Counter counting (Go fast path and the Python fallback for overridden get/__setitem__), float and big counts, unhashable elements
from collections import Counter
c = Counter("abracadabra"); print(c)
c.update("aaz"); print(c)
c.update(x for x in "zzq"); print(c, c.most_common(2))
c2 = Counter({"a": 1.5}); c2.update("aa"); print(c2)
class Loud(Counter):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
Loud("ab")
class G(Counter):
    def get(self, k, d=None):
        return 10
print(G("aa"))
print(Counter([1, 1, 2.0, 2, True]), Counter(iter([None, None])))
try:
    Counter([[1]])
except TypeError as e:
    print(type(e).__name__, e)
c3 = Counter(); c3["big"] = 2**63 - 1; c3.update(["big"]); print(c3)
