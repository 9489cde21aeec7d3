# sort is stable on large inputs and with many equal keys
data = [(i * 7919 % 101, i) for i in range(500)]
s = sorted(data, key=lambda p: p[0])
ok = all(s[i][0] < s[i + 1][0] or (s[i][0] == s[i + 1][0] and s[i][1] < s[i + 1][1]) for i in range(len(s) - 1))
print(ok, s[:5], s[-3:])
r = sorted(data, key=lambda p: p[0], reverse=True)
print(r[:4])
words = ["bb", "a", "ccc", "dd", "e", "fff", "gg"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [5, 3, 8, 1, 9, 2] * 3
nums.sort(key=lambda v: v % 3)
print(nums)
class Rec:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
recs = [Rec(1, "a"), Rec(0, "b"), Rec(1, "c"), Rec(0, "d")]
print([r.tag for r in sorted(recs, key=lambda r: r.k)])
try:
    [3, 1].sort(lambda a: a)
except TypeError as e:
    print("TypeError", e)
