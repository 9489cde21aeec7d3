# dict() over generators, map, filter, enumerate and iter(f, sentinel): results, order, and CPython's errors (element not a sequence, wrong length, unhashable key, errors raised by the generator), with tracebacks.
import sys, traceback, threading
# A second thread: in parallel mode abortable spans are on from here on, and
# dict() over Python iterators runs its loop as a hidden frame (under -gil, the Go loop).
_t = threading.Thread(target=int)
_t.start()
_t.join()

def gen_pairs(n):
    for i in range(n):
        yield (i % 5, i)

def show(label, f):
    try:
        r = f()
        print(label, r if len(r) < 12 else (len(r), list(r.items())[:3], list(r)[-2:]))
    except Exception as e:
        tb = traceback.extract_tb(sys.exc_info()[2])
        print(label, type(e).__name__, e, [(fr.name, fr.line) for fr in tb])

show("tuples", lambda: dict(gen_pairs(12)))
show("lists", lambda: dict([i, str(i)] for i in range(4)))
show("strings", lambda: dict(s for s in ["ab", "cd", "ae"]))
show("inner_gen", lambda: dict((c for c in (i, -i)) for i in range(3)))
show("empty", lambda: dict(x for x in ()))
show("big", lambda: dict((i * 7 % 1009, i) for i in range(3000)))
show("map", lambda: dict(map(lambda i: (i, i * i), range(6))))
show("filter", lambda: dict(filter(lambda p: p[0] % 2, ((i, i) for i in range(7)))))
show("enumerate", lambda: dict(enumerate(x * 3 for x in range(5))))
box = [0]
def counter():
    box[0] += 1
    return (box[0], -box[0]) if box[0] < 5 else None
show("calliter", lambda: dict(iter(counter, None)))

class Pair(tuple):
    def __iter__(self):
        return iter(("overridden", "iter"))
show("tuple_subclass", lambda: dict(Pair((i, i)) for i in range(2)))

class Seq:
    def __init__(self, *xs):
        self.xs = xs
    def __iter__(self):
        return iter(self.xs)
show("iterable_items", lambda: dict(Seq(i, i + 1) for i in range(3)))

# dict.update over generators: into an existing dict, returns None, keeps
# what it stored before an error
def upd(d, it):
    r = d.update(it)
    return d if r is None else ("returned", r)
show("update", lambda: upd({0: "x", 9: "y"}, ((i, i * 2) for i in range(3))))
show("update_map", lambda: upd({5: 0}, map(lambda i: (i, -i), range(4))))
show("update_big", lambda: upd({i: 0 for i in range(600)}, ((i, 1) for i in range(300, 900))))
def partial():
    d = {"a": 1}
    try:
        d.update(x for x in [(1, 2), (3,), (4, 5)])
    except ValueError as e:
        return {"err": str(e), "d": d}
show("update_partial", partial)
show("update_unbound", lambda: upd({}, (p for p in [(1, 1)])) if dict.update({}, (p for p in [(2, 2)])) is None else "?")

# errors
show("len3", lambda: dict((1, 2, 3) for _ in range(2)))
show("len1_later", lambda: dict([(1, 2), (3, 4), (5,)][i] for i in range(3)))
show("not_seq", lambda: dict(x for x in [(1, 2), 7]))
show("none_item", lambda: dict(x for x in [None]))
show("unhashable", lambda: dict(x for x in [(1, 2), ([3], 4)]))

class BadIter:
    def __iter__(self):
        raise ValueError("inner boom")
show("item_iter_raises", lambda: dict(x for x in [BadIter()]))

class TypeErrIter:
    def __iter__(self):
        raise TypeError("inner type error")
show("item_iter_typeerror", lambda: dict(x for x in [(0, 0), TypeErrIter()]))

def failing():
    yield (1, 2)
    yield (3, 4)
    raise KeyError("gen failed")
show("gen_raises", failing_dict := (lambda: dict(failing())))

def stops():
    yield (1, 1)
    raise StopIteration
show("gen_stopiteration", lambda: dict(stops()))

show("map_raises", lambda: dict(map(lambda i: (i, 1 // (2 - i)), range(4))))

# the generator sees its consumer's caller
def who():
    yield (sys._getframe(1).f_code.co_name, 1)
def caller():
    return dict(who())
print("getframe", caller())

# partial consumption: the generator resumes after the error
g = (x for x in [(1, 2), 5, (3, 4), (5, 6)])
try:
    dict(g)
except TypeError as e:
    print("partial", e, dict(g))

# duplicates keep the first position and the last value
print("dups", dict((k % 3, k) for k in range(10)))

# an uncaught error: the traceback on stderr
def last():
    yield (1, 2)
    yield [1, 2, 3]
d = dict(last())
