# container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
s = Seq(5)
print(len(s), s[3], list(s), 9 in s, 10 in s, [x for x in s if x % 2], sorted(s, reverse=True))
class Box:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v
    def __getitem__(self, k):
        return self.d[k]
    def __delitem__(self, k):
        print("del", k)
        del self.d[k]
    def __contains__(self, k):
        print("contains", k)
        return k in self.d
    def __iter__(self):
        return iter(sorted(self.d))
b = Box()
b["x"] = 1
b["a"] = 2
print(b["x"], "a" in b, "z" in b, list(b))
del b["x"]
print(list(b), b.d)
b["k"] = []
b["k"] += [1]
print(b["k"])
