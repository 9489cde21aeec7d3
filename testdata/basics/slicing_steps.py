# slice objects and extended slicing on several sequence types
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4))
data = list(range(12))
print(data[s], "abcdefghijkl"[s], tuple(data)[s], range(12)[s], bytes(range(12))[s])
print(data[::-4], data[-1:-12:-5], data[10:1:-3], data[slice(None, None, -1)][:3])
class Sl:
    def __getitem__(self, k):
        return k
print(Sl()[1:2], Sl()[::3], Sl()[1:2, 3], Sl()[...])
