# Adds, discards and removes on shared sets from several threads, which pystm's abortable transactions buffer until they commit, with membership tests and len read without the lock: each thread's own elements read back at once, common elements added by all, elements of equal value across types, ordered writers whose readers must see a prefix, and an add/discard phase that ends empty
import threading

T = 4
N = 2000
s = set(range(-5, 0))
hot = set()
errors = []


def work(tid):
    base = (tid + 1) * 100000
    for i in range(N):
        x = base + i
        s.add(x)
        if x not in s:
            errors.append(("add", tid, i))
        hot.add(i % 10)
        if i % 3 == 0:
            s.discard(x)
            if x in s:
                errors.append(("discard", tid, i))
            s.add(x)
        if i % 5 == 0:
            s.remove(x)
            if x in s:
                errors.append(("remove", tid, i))
            try:
                s.remove(x)
                errors.append(("remove twice", tid, i))
            except KeyError as e:
                if e.args != (x,):
                    errors.append(("keyerror", tid, i, e.args))
            s.add((tid, i))
            if (tid, i) not in s or (tid, float(i)) not in s:
                errors.append(("tuple", tid, i))
        if i % 100 == 0 and len(s) < 5:
            errors.append(("len", tid, i))
    s.discard(-5)


ts = [threading.Thread(target=work, args=(t,)) for t in range(T)]
for t in ts:
    t.start()
for t in ts:
    t.join()
ints = sorted(x for x in s if type(x) is int)
tups = sorted(x for x in s if type(x) is tuple)
print("len", len(s), len(ints), len(tups), ints[:4], ints[-1])
for tid in range(T):
    own = [x for x in ints if (tid + 1) * 100000 <= x < (tid + 2) * 100000]
    print(tid, len(own), sum(own) - len(own) * (tid + 1) * 100000, len([x for x in tups if x[0] == tid]))
print("hot", sorted(hot), 1.0 in hot, True in hot)
print("errors", errors)

# A writer adds 0, 1, 2, ... in order to one set, and later discards them
# in order; readers check that what they see is a prefix (everything below
# an element they found was added before it) and that len and membership
# agree.
seq = set()
done = threading.Event()


def writer():
    for i in range(N):
        seq.add(i)
    for i in range(N):
        seq.discard(i)
    done.set()


def reader(rid):
    bad = 0
    seen = 0
    while not done.is_set():
        # While 0 is there (no discard yet), the set is 0..n-1.
        n = len(seq)
        if n and (n - 1) not in seq and 0 in seq:
            bad += 1
        k = seen % N
        if k in seq:
            if k > 0 and (k - 1) not in seq and 0 in seq:
                bad += 1
        seen += 1
    if seq:
        bad += 1
    return bad


results = []


def run_reader(rid):
    results.append(reader(rid))


ts = [threading.Thread(target=writer)] + [threading.Thread(target=run_reader, args=(r,)) for r in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("prefix", results, len(seq))
