# sorting thousands of generated records with runs, duplicates, keys and reverse; results checked and summarised
state = 2024
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return state % n
data = []
for run in range(40):
    base = rnd(1000)
    ascending = rnd(2) == 0
    for i in range(rnd(60) + 1):
        data.append((base + (i if ascending else -i)) % 500)
recs = [(v, i) for i, v in enumerate(data)]
s1 = sorted(data)
s2 = sorted(recs, key=lambda r: r[0])
s3 = sorted(recs, key=lambda r: r[0], reverse=True)
print(len(data), s1 == [r[0] for r in s2], all(s2[i] <= s2[i + 1] for i in range(len(s2) - 1)))
print(all(s3[i][0] > s3[i + 1][0] or (s3[i][0] == s3[i + 1][0] and s3[i][1] < s3[i + 1][1]) for i in range(len(s3) - 1)))
h = 0
for v, i in s3:
    h = (h * 131 + v * 7 + i) % 1000000007
print(h, s1[:10], s1[-5:])
words = ["w%03d" % rnd(300) for _ in range(500)]
ws = sorted(words, key=lambda w: w[-1])
print(ws[:6], ws[-3:], len(set(words)))
data.sort(key=lambda v: -v)
print(data[:5], data[-5:])
