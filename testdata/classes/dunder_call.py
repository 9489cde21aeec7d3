# __call__, callable instances, __bool__ and __len__ interplay, __index__
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, step=1):
        self.n += step
        return self.n
c = Counter()
c(); c(5)
print(c.n, callable(c), c(step=10))
class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], "abcd"[Idx():], bin(Idx()), range(10)[Idx()], hex(Idx()))
class Ctr:
    def __len__(self):
        return 3
    def __iter__(self):
        yield from "xyz"
print(len(Ctr()), list(Ctr()), bool(Ctr()), "".join(Ctr()))
