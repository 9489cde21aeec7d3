# enumerate over generators driven by FOR_ITER and by consumers: counts, start, early exit and resumption, errors and tracebacks, nested
import threading
# A second thread: in parallel mode abortable spans are on from here on, and
# the consumers below run their loops as hidden frames (under -gil, the Go loops).
_t = threading.Thread(target=int)
_t.start()
_t.join()
def g(n):
    for i in range(n):
        yield i * 10
for i, x in enumerate(g(3)):
    print(i, x)
for p in enumerate(g(2), 5):
    print(p)
print(list(enumerate(g(4))), dict(enumerate(g(3), 1)), sum(i * x for i, x in enumerate(g(4))))
print(list(enumerate(g(2), 2 ** 63 - 1)), list(enumerate(g(2), -3)))
e = enumerate(g(6))
for i, x in e:
    if i == 2:
        break
print(next(e), list(e))
def boom():
    yield 'a'
    raise KeyError('k')
import traceback
try:
    for i, x in enumerate(boom()):
        print(i, x)
except KeyError as ex:
    print('KeyError', ex, [(f.name, f.lineno) for f in traceback.extract_tb(ex.__traceback__)])
try:
    list(enumerate(boom()))
except KeyError as ex:
    print('KeyError', ex, [(f.name, f.lineno) for f in traceback.extract_tb(ex.__traceback__)])
def stops():
    yield 1
    raise StopIteration
try:
    for p in enumerate(stops()):
        print(p)
except RuntimeError as ex:
    print('RuntimeError', ex)
print([[p for p in enumerate(g(k))] for k in range(3)])
gg = g(3)
print(list(enumerate(gg)), list(enumerate(gg)))
def echo():
    got = yield 0
    while True:
        got = yield got
ee = echo()
print([x for _, x in zip(range(3), enumerate(ee))])
def inner_enum():
    for i, x in enumerate(g(3)):
        yield i + x
print(list(inner_enum()), max(enumerate(g(4)), key=lambda p: -p[1]))
