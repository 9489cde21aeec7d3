# generators consumed by sum/any/all/min/max/sorted/list/tuple/set/join: early exit, finalisation, nesting, send/yield from, tracebacks
import threading
# A second thread: in parallel mode abortable spans are on from here on, and
# the consumers below run their loops as hidden frames (under -gil, the Go loops).
_t = threading.Thread(target=int)
_t.start()
_t.join()
def counted(log, n):
    try:
        for i in range(n):
            log.append(i)
            yield i
    finally:
        log.append('finally')

# any/all stop consuming at the first decisive item; the generator stays suspended
log = []
g = counted(log, 10)
print(any(x == 3 for x in g), log)
print(next(g), log)
print(all(x < 6 for x in g), log)
print(list(g), log)

log = []
g = counted(log, 5)
print(any(g), log)
print(sum(g), log)
print(g.gi_frame is None, list(g), sum(g))

# full consumption runs finally blocks during the call, in order
# (any and all stop early: the generator is closed explicitly, since when
# CPython's reference counting would close it is not a language rule)
for consumer in (sum, list, tuple, sorted, min, max, any, all, set):
    log = []
    g = counted(log, 3)
    r = consumer(g)
    if consumer is set:
        r = sorted(r)
    print(consumer.__name__, r, log)
    g.close()
    print(' closed', log)
log = []
print(''.join(str(x) for x in counted(log, 3)), log)

# closing after a partial run
log = []
g = counted(log, 5)
print(any(x == 1 for x in g))
g.close()
print(log, list(g))

# nested consumers and generators of generators
def chain(*gens):
    for gg in gens:
        yield from gg
print(sum(sum(range(i)) for i in range(6)))
print(sorted((sum(x for x in range(i)) for i in range(6)), reverse=True))
print(list(chain((i for i in range(3)), iter([7, 8]), (c for c in 'ab'))))
print(max((min(x for x in range(i, i + 3)) for i in range(5)), key=lambda v: -v))
print([list(x for x in range(n)) for n in range(4)])
print(tuple(any(c == 'b' for c in w) for w in ['abc', 'xyz', 'b']))
print(''.join(sorted((c for c in 'pystm'), key=lambda c: -ord(c))))

# a consumer inside a generator inside a consumer, with send
def averager():
    total = 0
    n = 0
    x = yield
    while x is not None:
        total = sum(v for v in (total, x))
        n += 1
        x = yield total / n
a = averager()
next(a)
print([a.send(v) for v in (10, 20, 60)])

# a generator that yields values computed by consumers of other generators
def rows():
    for i in range(3):
        yield tuple(j * i for j in range(3))
print(list(rows()), sum(sum(r) for r in rows()))

# recursion through consumers
def depth(n):
    return 0 if n == 0 else 1 + max(depth(n - 1) for _ in range(1))
print(depth(200))

# an exception inside a nested generator: traceback through every level
def inner():
    yield 1
    raise ValueError('inner failed')
def outer():
    yield sum(inner())
def run():
    return list(outer())
import traceback
try:
    run()
except ValueError as e:
    print([(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])

# the generator finished by an exception is finished
def failing():
    yield 1
    raise KeyError('x')
g = failing()
try:
    sorted(g, key=lambda v: v)
except KeyError as e:
    print('KeyError', e, list(g))

# an uncaught exception from a key function
print(sorted(range(5), key=lambda v: 10 // (3 - v)))
