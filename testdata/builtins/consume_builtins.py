# sum/any/all/min/max/sorted/list/tuple/set/str.join over generators, Python iterators and Python keys: results, errors, traceback entries
import threading
# A second thread: in parallel mode abortable spans are on from here on, and
# the consumers below run their loops as hidden frames (under -gil, the Go loops).
_t = threading.Thread(target=int)
_t.start()
_t.join()
import traceback

def gen(n):
    for i in range(n):
        yield i

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

def tb(e):
    return [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)]

def show(label, thunk):
    try:
        r = thunk()
    except Exception as e:
        print(label, '->', type(e).__name__, e, tb(e))
    else:
        print(label, '->', repr(r))

show('sum gen', lambda: sum(gen(10)))
show('sum start', lambda: sum(gen(4), 100))
show('sum start kw', lambda: sum(gen(4), start=0.5))
show('sum lists', lambda: sum(([i] for i in range(3)), []))
show('sum floats', lambda: sum(i / 2 for i in range(5)))
show('sum big', lambda: sum(2 ** 62 for _ in range(4)))
show('sum strs', lambda: sum(str(i) for i in range(3)))
show('sum str start', lambda: sum(gen(3), ''))
show('sum iter', lambda: sum(Countdown(5)))
show('sum empty', lambda: sum(gen(0)))
show('any', lambda: any(i > 5 for i in range(10)))
show('any none', lambda: any(gen(0)))
show('all', lambda: all(i < 5 for i in range(10)))
show('all iter', lambda: all(Countdown(3)))
show('min', lambda: min(gen(5)))
show('max', lambda: max(Countdown(5)))
show('min key', lambda: min(['bb', 'a', 'ccc'], key=len))
show('max key lambda', lambda: max(['bb', 'a', 'ccc', 'dd'], key=lambda s: len(s)))
show('max key ties', lambda: max([(1, 'a'), (1, 'b'), (0, 'c')], key=lambda p: p[0]))
show('min key ties', lambda: min([(1, 'a'), (1, 'b'), (2, 'c')], key=lambda p: p[0]))
show('min args key', lambda: min(3, 1, 2, key=lambda x: -x))
show('min empty', lambda: min(gen(0)))
show('max empty', lambda: max(x for x in []))
show('max empty key', lambda: max(gen(0), key=lambda x: x))
show('min default', lambda: min(gen(0), default='none'))
show('max default key', lambda: max([], key=lambda x: x, default=7))
show('min default unused', lambda: min(gen(3), default=-1))
show('min mixed', lambda: min(x for x in [1, 'a']))
show('max key None', lambda: max(gen(4), key=None))
show('sorted gen', lambda: sorted(x * 7 % 5 for x in range(8)))
show('sorted rev', lambda: sorted(gen(5), reverse=True))
show('sorted key', lambda: sorted(['b', 'A', 'c', 'a'], key=lambda s: s.lower()))
show('sorted stable', lambda: sorted([(2, 'x'), (1, 'y'), (2, 'a'), (1, 'b')], key=lambda p: p[0]))
show('sorted stable rev', lambda: sorted([(2, 'x'), (1, 'y'), (2, 'a'), (1, 'b')], key=lambda p: p[0], reverse=True))
show('sorted key None', lambda: sorted(Countdown(4), key=None))
show('sorted rev float', lambda: sorted(gen(3), key=lambda x: x, reverse=1.5))
show('sorted rev None', lambda: sorted(gen(3), reverse=None))
show('sorted mixed', lambda: sorted(x for x in [1, 'a']))
show('sorted key mixed', lambda: sorted([1, 2], key=lambda x: 'a' if x == 1 else 0))
show('list', lambda: list(gen(4)))
show('list iter', lambda: list(Countdown(3)))
show('tuple', lambda: tuple(c for c in 'abc'))
show('tuple empty', lambda: tuple(gen(0)))
show('set', sorted_set := lambda: sorted(set(x % 3 for x in range(10))))
show('set unhashable', lambda: set([x] for x in range(2)))
show('join', lambda: '-'.join(str(i) for i in range(5)))
show('join empty', lambda: ', '.join(x for x in []))
show('join bad', lambda: ''.join(x for x in ['a', 1]))
show('join bound', lambda: (''.join)(c.upper() for c in 'xyz'))
show('str.join', lambda: str.join('+', (c for c in 'ab')))

def boom(n):
    for i in range(n):
        if i == 2:
            raise KeyError('boom')
        yield i

def bad_key(x):
    if x == 3:
        return 1 / 0
    return x

show('sum raise', lambda: sum(boom(5)))
show('list raise', lambda: list(boom(5)))
show('tuple raise', lambda: tuple(boom(5)))
show('join raise', lambda: ''.join(str(x) for x in boom(5)))
show('min raise', lambda: min(boom(5)))
show('sorted raise', lambda: sorted(boom(5)))
show('sorted key raise', lambda: sorted(range(6), key=bad_key))
show('max key raise', lambda: max(range(6), key=bad_key))
show('any raise', lambda: any(x > 10 for x in boom(5)))

def stop_inside():
    yield 1
    raise StopIteration
show('stopiteration', lambda: sum(stop_inside()))

class BadNext:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError('bad next')
show('bad next', lambda: list(BadNext()))

class NotIter:
    pass
show('not iterable', lambda: sum(NotIter()))
show('sorted not iterable', lambda: sorted(NotIter(), key=len))
show('join not iterable', lambda: ''.join(NotIter()))

def reenter():
    yield sum(g)
g = reenter()
show('running', lambda: next(g))

# exceptions inside an except block keep their context
def ctx():
    try:
        raise IndexError('first')
    except IndexError:
        return min(gen(0))
try:
    ctx()
except ValueError as e:
    print('context', type(e.__context__).__name__, e.__context__)
