# map and filter of Python functions driven by FOR_ITER and by consumers: results, StopIteration from the function, early exit, errors and tracebacks, handlers around the loop
import threading
# A second thread: in parallel mode abortable spans are on from here on, and
# the consumers below run their loops as hidden frames (under -gil, the Go loops).
_t = threading.Thread(target=int)
_t.start()
_t.join()
def f(x): return x * 3
def odd(x): return x % 2
def g(n):
    for i in range(n): yield i
print(list(map(f, range(5))), sum(map(f, g(4))), list(map(lambda a, b: a + b, [1, 2, 3], g(10))))
print(list(filter(odd, range(10))), sorted(filter(lambda x: x > 2, g(6)), reverse=True), list(filter(None, [0, 1, 2])))
for x in map(f, [1, 2]):
    print('for', x)
for i, x in enumerate(filter(odd, range(6))):
    print('enum', i, x)
def stopper(x):
    if x == 3: raise StopIteration
    return x
print(list(map(stopper, range(10))), list(filter(stopper, range(10))))
m = map(f, range(10))
print(any(x > 6 for x in m), next(m), list(m))
fl = filter(odd, range(10))
print(any(x > 4 for x in fl), next(fl), list(fl))
class Truthy:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v > 1
print(list(filter(Truthy, range(4))))
def boom(x):
    if x == 2: raise ValueError('boom %d' % x)
    return x
import traceback
for mk in (map, filter):
    try:
        for x in mk(boom, range(5)):
            pass
    except ValueError as e:
        print(mk.__name__, e, [(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)])
    try:
        list(mk(boom, range(5)))
    except ValueError as e:
        print(mk.__name__, e, [(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)])
def loop_try():
    out = []
    for x in map(boom, [0, 1]):
        try:
            out.append(x)
        except ValueError:
            out.append('no')
    try:
        for x in map(boom, [0, 1, 2]):
            out.append(x)
    except ValueError as e:
        out.append(str(e))
    return out
print(loop_try())
print(list(map(f, [])), list(filter(odd, [])), dict(map(lambda k: (k, k), 'ab')), list(map(lambda a, b: a * b, 'ab', g(3))))
def bad_bool(x):
    class B:
        def __bool__(self): raise TypeError('no bool')
    return B()
try:
    list(filter(bad_bool, [1]))
except TypeError as e:
    print('TypeError', e)
print(list(map(len, ['a', 'bb'])), list(map(f, map(f, range(3)))), list(filter(odd, filter(odd, map(f, range(6))))))
