# map over generators in for loops and consumers: arguments taken in order, the shortest argument ends the map, errors and StopIteration inside the generators and in the function, break and resume, the map after an error.
import sys, threading, traceback
# A second thread: in parallel mode abortable spans are on from here on (map's function runs as a frame of the loop).
_t = threading.Thread(target=int)
_t.start()
_t.join()

log = []
def gen(name, n):
    for i in range(n):
        log.append((name, i))
        yield i
    log.append((name, "end"))

def main():
    for y in map(lambda a: a * 10, gen("a", 3)):
        print("one", y)
    print(log); log.clear()

    for y in map(lambda a, b, c: (a, b, c), gen("a", 4), [7, 8], gen("c", 4)):
        print("three", y)
    print(log); log.clear()

    # the second generator ends first: the first's third value is dropped
    g1 = gen("x", 5)
    m = map(lambda a, b: a - b, g1, gen("y", 2))
    print("list", [v for v in m], log, next(g1)); log.clear()
    print("again", [v for v in m], log); log.clear()

    print("sum", sum(map(lambda a, b: a * b, gen("s", 4), gen("t", 5))))
    print("dict", dict(map(lambda a: (a, -a), gen("d", 3))))
    print(log); log.clear()

    m = map(lambda a: a + 100, gen("r", 5))
    for v in m:
        print("first", v)
        break
    print("rest", list(m))
    log.clear()

    def boom():
        yield 1
        raise KeyError("boom")
    try:
        for v in map(lambda a, b: a + b, gen("e", 3), boom()):
            print("row", v)
    except KeyError as e:
        tb = traceback.extract_tb(sys.exc_info()[2])
        print("KeyError", e, [fr.name for fr in tb])
    print(log); log.clear()

    def stops():
        yield 1
        raise StopIteration
    try:
        print(list(map(lambda a: a, stops())))
    except RuntimeError as e:
        print("RuntimeError", e)

    # the function raising StopIteration ends the loop (as CPython's map lets it through)
    def f(a):
        if a == 2:
            raise StopIteration
        return a
    print("fstop", [v for v in map(f, gen("f", 5))], log); log.clear()

    # the map goes on at its first argument after an error
    def flaky():
        yield 10
        raise ValueError("flaky")
    m = map(lambda a, b: a + b, gen("g", 5), flaky())
    try:
        for v in m:
            print("flaky", v)
    except ValueError as e:
        print("ValueError", e)
    print("after", [v for v in m], log); log.clear()

    # the same generator twice
    g = gen("h", 6)
    print("twice", [v for v in map(lambda a, b: (a, b), g, g)])
    log.clear()

main()
