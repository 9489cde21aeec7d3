# consumers over generators, map/filter and Python keys in several threads at once: shared inputs, per-thread results, a lock taken inside a consumed generator
import threading

DATA = [(i * 7919) % 1009 for i in range(3000)]
WORDS = ['w%03d' % ((i * 31) % 500) for i in range(600)]
results = {}
lock = threading.Lock()
counter = [0]

def squares(xs):
    for x in xs:
        yield x * x

def locked_items(xs):
    for x in xs:
        with lock:
            counter[0] += 1
        yield x

def work(k):
    part = DATA[k::4]
    r = []
    r.append(sum(squares(part)))
    r.append(any(x == 1008 for x in part))
    r.append(all(x < 1009 for x in part))
    r.append(min(squares(part)))
    r.append(max(part, key=lambda x: (x % 97, x)))
    r.append(sorted(part, key=lambda x: -x)[:3])
    r.append(sorted(x % 10 for x in part)[-5:])
    r.append(len(list(squares(part))))
    r.append(tuple(x for x in part[:5]))
    r.append(len(set(x % 50 for x in part)))
    r.append(''.join(w[-1] for w in WORDS[k::8])[:20])
    r.append(sum(locked_items(part)))
    r.append(sorted(WORDS[k::5], key=lambda w: (w[-1], w))[:3])
    r.append(sum(map(lambda x: x % 7, part)))
    r.append(len(list(filter(lambda x: x % 3 == 0, squares(part)))))
    r.append([y for y in map(lambda a, b: a - b, part, part[1:])][:4])
    results[k] = r

threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in range(4):
    print(k, results[k])
print(counter[0])
