# __getitem__ receiving ints, slices and tuples; __setitem__ with slices
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [0] * (w * h)
    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            return self.cells[y * self.w + x]
        if isinstance(key, slice):
            return self.cells[key]
        return self.cells[key]
    def __setitem__(self, key, v):
        x, y = key
        self.cells[y * self.w + x] = v
g = Grid(3, 2)
g[1, 1] = 5
g[2, 0] = 7
print(g[1, 1], g[2, 0], g[0:3], g[::2], g[-1])
class Echo:
    def __getitem__(self, k):
        return repr(k)
e = Echo()
print(e[1], e[1:2], e[:, 1], e[::], e["k"], e[1, 2:3, ...])
