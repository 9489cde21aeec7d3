# dict insertion order survives many deletions, re-insertions and resizes
d = {}
for i in range(100):
    d[i * 37 % 101] = i
for k in list(d)[::2]:
    del d[k]
for i in range(1000, 1020):
    d[i] = -i
for k in list(d)[:10]:
    d[k] = "updated"
print(list(d)[:15], len(d))
print(list(d.values())[-5:], sum(1 for v in d.values() if v == "updated"))
e = {}
for i in range(10):
    e[i] = i
    del e[i]
e["last"] = 1
print(e, len(e))
