# iter(callable, sentinel) over a Python function in for loops and consumers (pystm runs the function as a frame of the loop): the sentinel compared by ==, StopIteration raised by the function, break and resume, the exhausted iterator staying exhausted, errors of the call; in worker threads so that transactions end between elements
import threading


class Eq:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return other == self.n


def counter(stop):
    box = [0]

    def f():
        box[0] += 1
        return box[0] if box[0] <= stop else None
    return f


def raiser():
    box = [0]

    def f():
        box[0] += 1
        if box[0] > 4:
            raise StopIteration
        return box[0] * 10
    return f


def work(k, out):
    r = []
    s = 0
    for x in iter(counter(2000 + k), None):
        s += x
    r.append(s)
    r.append(list(iter(counter(5), None)))
    r.append(sum(iter(counter(100), None)))
    r.append(list(iter(counter(10), 7)))
    r.append(list(iter(counter(10), Eq(4))))
    r.append(list(iter(raiser(), -1)))
    it = iter(counter(10), None)
    first = []
    for x in it:
        if x == 3:
            break
        first.append(x)
    r.append((first, next(it), list(it), list(it)))
    try:
        next(it)
    except StopIteration:
        r.append("exhausted")
    it = iter(raiser(), -1)
    r.append((list(it), list(it)))

    # Functions that would go on after the sentinel or a StopIteration:
    # the iterator stays exhausted.
    vals = [1, 2, None, 3, 4]
    box = [0]

    def cyc():
        box[0] += 1
        return vals[(box[0] - 1) % 5]
    it = iter(cyc, None)
    r.append((list(it), list(it), next(it, "end")))
    box2 = [0]

    def once():
        box2[0] += 1
        if box2[0] == 3:
            raise StopIteration
        return box2[0] if box2[0] < 7 else None
    it = iter(once, None)
    r.append((list(it), list(it), next(it, "end")))
    it = iter(once, None)
    r.append(list(it))

    def needs(a):
        return a
    try:
        for x in iter(needs, 0):
            pass
    except TypeError as e:
        r.append(str(e))

    def boom():
        raise ValueError("boom")
    try:
        max(iter(boom, 0))
    except ValueError as e:
        r.append(str(e))
    out[k] = r


out = [None, None]
ts = [threading.Thread(target=work, args=(k, out)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out[0])
print(out[1][0], out[0][1:] == out[1][1:])
