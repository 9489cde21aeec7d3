# shared sets holding elements whose __eq__ is Python code: threads' buffered adds of pure elements with colliding hashes call __eq__ as CPython does
import threading

class Eq:
    """Hashes like the int h; equal to it (counted), or raises instead."""
    def __init__(self, h, raises):
        self.h = h
        self.raises = raises
        self.calls = 0
    def __hash__(self):
        return self.h
    def __eq__(self, o):
        self.calls += 1
        if self.raises and o == self.h:
            raise ValueError("no %d" % self.h)
        return o == self.h
    def __repr__(self):
        return "Eq(%d)" % self.h

s1 = set(range(100, 110))
first = Eq(5, False)
s1.add(first)                     # impure before the threads start
s2 = set(range(100, 110))         # pure until the merge below
late = Eq(1250, True)

def adder(s, base, n, out):
    for i in range(base, base + n):
        try:
            s.add(i)
        except ValueError as e:
            out.append(("add", i, str(e)))

def merger():
    global s2
    s2 |= {late}                  # an impure element arrives by a merge

def run(s, bases, n, out):
    ts = [threading.Thread(target=adder, args=(s, b, n, out)) for b in bases]
    for t in ts: t.start()
    for t in ts: t.join()

out = []
run(s1, [0, 40], 40, out)
run(s2, [0, 40], 40, out)
m = threading.Thread(target=merger); m.start(); m.join()
run(s2, [1000, 3000], 400, out)   # 1250 is thread 1's 251st add
print(out)
print(len(s1), 5 in s1, first in s1, first.calls)
print(len(s2), 1250 in s2 if False else None, late in s2, late.calls)
for s in (s1, s2):
    ints = sorted(x for x in s if type(x) is int)
    print(ints[:8], ints[80:84], ints[-4:])
    print(sorted(repr(x) for x in s if type(x) is Eq), list(s)[:12])
