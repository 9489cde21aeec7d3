# threads test for absent keys of one shared dict and insert them: disjoint keys, contended keys (one winner each), get defaults, KeyError, deletes
import threading

d = {}
shared = {}
claimed = {}
mine = [set(), set(), set()]
wins = [0, 0, 0]
bad = []
start = threading.Barrier(3)

def work(tid):
    start.wait()
    for i in range(1500):
        k = (tid, i)
        if k not in d:
            d[k] = i
        else:
            bad.append(("present", k))
        if d.get((tid, i + 1), "none") != "none":
            bad.append(("get", k))
        try:
            d[(tid, i + 2)]
            bad.append(("keyerror", k))
        except KeyError:
            pass
        # Contended: every thread tests for key i % 500 and stores it when
        # absent (two may both store: a GIL switch can fall between the
        # test and the store); setdefault claims it atomically, one winner.
        c = i % 500
        if c not in shared:
            shared[c] = tid
        if claimed.setdefault(c, tid) == tid and c not in mine[tid]:
            mine[tid].add(c)
            wins[tid] += 1
        if i % 3 == 0:
            del d[k]
            if k in d or d.get(k) is not None:
                bad.append(("deleted", k))
            d[k] = -i
            if d[k] != -i:
                bad.append(("reinsert", k))

ts = [threading.Thread(target=work, args=(n,)) for n in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(len(d), sum(d.values()), bad)
print(len(shared), set(shared.values()) <= {0, 1, 2}, len(claimed), sum(wins))
print(sorted(k for k in d if k[1] < 4))
