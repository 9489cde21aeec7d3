# random: one seeded generator shared by threads hands out exactly the sequential values (no draw lost or repeated)
import random, threading
random.seed(2024)
expected = sorted(random.random() for _ in range(4000))
random.seed(2024)
out = [[] for _ in range(4)]
def work(k):
    for _ in range(1000):
        out[k].append(random.random())
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
got = sorted(x for part in out for x in part)
print(len(got), got == expected, expected[:2])
