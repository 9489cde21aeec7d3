# Stress: threads move elements between shared sets in atomic blocks (discard from one, add to another, with a loop in between) and claim elements exactly once, while auditors check inside atomic blocks that every element is in exactly one set (by membership and by iterating the sets) and that the sizes add up; plus disjoint adds and discards outside atomic blocks
import sys
sys.path.append((__file__.rpartition("/")[0] or ".") + "/../../../bench")  # CPython: bench/transaction.py; pystm's own module wins
import threading
import transaction

N_SETS = 4
N_ELEMS = 60
boxes = [set() for _ in range(N_SETS)]
for e in range(N_ELEMS):
    boxes[e % N_SETS].add(e)
claimed = set()
claims = []
bad = []
audits = [0]
free = set()


def rng(seed):
    x = seed
    while True:
        x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        yield x >> 33


def mover(seed, n):
    r = rng(seed)
    for _ in range(n):
        e, dst = next(r) % N_ELEMS, boxes[next(r) % N_SETS]
        with transaction.atomic:
            for src in boxes:
                if e in src:
                    break
            src.discard(e)
            if e in src:
                bad.append(("own discard", e))
            for _ in range(2):
                pass
            dst.add(e)
            if e not in dst:
                bad.append(("own add", e))


def claimer(tid, n):
    r = rng(tid + 100)
    for _ in range(n):
        x = next(r) % 500
        with transaction.atomic:
            if x not in claimed:
                claimed.add(x)
                claims.append(x)


def auditor(n):
    for _ in range(n):
        with transaction.atomic:
            count = 0
            for e in range(N_ELEMS):
                count += sum(1 for b in boxes if e in b)
            sizes = sum(len(b) for b in boxes)
            if count != N_ELEMS or sizes != N_ELEMS or len(claimed) != len(claims):
                bad.append(("audit", count, sizes, len(claimed), len(claims)))
            seen = []
            for b in boxes:
                for e in b:
                    seen.append(e)
            if sorted(seen) != list(range(N_ELEMS)):
                bad.append(("iter", len(seen)))
            audits[0] += 1


def churner(tid, n):
    base = 1000 * (tid + 1)
    for i in range(n):
        free.add(base + i % 100)
        if i % 3 == 0:
            free.discard(base + (i + 50) % 100)
        if base + i % 100 not in free:
            bad.append(("churn", tid, i))


threads = [threading.Thread(target=mover, args=(s, 600)) for s in range(4)]
threads += [threading.Thread(target=claimer, args=(t, 300)) for t in range(2)]
threads += [threading.Thread(target=auditor, args=(100,)) for _ in range(2)]
threads += [threading.Thread(target=churner, args=(t, 900)) for t in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("elements", sorted(e for b in boxes for e in b) == list(range(N_ELEMS)))
print("audits", audits[0], "bad", len(bad), bad[:3])
print("claims", len(claims) == len(set(claims)) == len(claimed), claimed == set(claims))
print("free", len(free), sorted(free)[:3])
