# zip over generators in for loops (the generators run as frames of the loop when spans are on): rows, unequal lengths, items dropped at the end, errors and StopIteration inside the generators, break and resume, nesting, consumers over zip.
import sys, threading, traceback
# A second thread: in parallel mode abortable spans are on from here on.
_t = threading.Thread(target=int)
_t.start()
_t.join()

# Everything runs inside main(): module-level objects are shared once a second
# thread has run, and shared generators are resumed from Go.
log = []
def main():
    global zz
    def gen(name, n):
        for i in range(n):
            log.append((name, i))
            yield name + str(i)
        log.append((name, "end"))

    for a, b in zip(gen("a", 3), gen("b", 3)):
        print("pair", a, b)
    print(log); log.clear()

    for row in zip(gen("a", 2), [10, 20, 30], gen("c", 5)):
        print("row", row)
    print(log); log.clear()

    # the second is shorter: the first's third item is taken and dropped
    g1 = gen("x", 5)
    z = zip(g1, gen("y", 2))
    for p in z:
        print("p", p)
    print(log, next(g1)); log.clear()
    print("again", [p for p in z], list(z))

    # the first is shorter: the second is not advanced again
    g2 = gen("n", 4)
    for p in zip(gen("m", 1), g2):
        print("p2", p)
    print(log, next(g2)); log.clear()

    # single argument, three generators, unpacked to three names
    for (x,) in zip(gen("s", 2)):
        print("single", x)
    for x, y, w in zip(gen("t", 2), gen("u", 2), gen("v", 3)):
        print("three", x, y, w)
    log.clear()

    # break and resume the same zip
    z = zip(gen("r", 4), gen("q", 4))
    for p in z:
        print("first", p)
        break
    for p in z:
        print("rest", p)
    log.clear()

    # errors inside a generator under zip
    def boom(n):
        yield 1
        raise KeyError("boom")
    try:
        for p in zip(gen("e", 3), boom(1)):
            print("err row", p)
    except KeyError as e:
        tb = traceback.extract_tb(sys.exc_info()[2])
        print("KeyError", e, [fr.name for fr in tb])
    print(log); log.clear()

    def stops():
        yield 1
        raise StopIteration
    try:
        for p in zip(stops(), gen("f", 3)):
            print("stop row", p)
    except RuntimeError as e:
        print("RuntimeError", e, type(e.__cause__).__name__)
    log.clear()

    # the zip goes on at its first iterator after an error
    def flaky():
        yield "ok1"
        try:
            raise ValueError("flaky")
        finally:
            pass
    z = zip(gen("g", 5), flaky())
    try:
        for p in z:
            print("flaky row", p)
    except ValueError as e:
        print("ValueError", e)
    print("after error", [p for p in z], list(z), log); log.clear()

    # nested zips and generators that themselves loop over zips
    def pairs(n):
        for a, b in zip(range(n), gen("in", n)):
            yield a * 10, b
    for (a, b), c in zip(pairs(3), gen("out", 3)):
        print("nested", a, b, c)
    log.clear()

    # consumers over zip of generators
    print("list", list(zip(gen("l", 3), gen("k", 2))))
    print("dict", dict(zip(gen("dk", 3), gen("dv", 3))))
    print("sum", sum(a + b for a, b in zip(range(5), range(5, 10))))
    print("enumerate", list(enumerate(zip(gen("z", 2), gen("w", 2)))))
    log.clear()

    # a generator yielding inside a try/except under zip; send-less close after partial use
    def guarded(n):
        for i in range(n):
            try:
                yield i
            except GeneratorExit:
                print("closed at", i)
                raise
    g = guarded(5)
    for a, b in zip(g, "xy"):
        print("guarded", a, b)
    g.close()

    # the same generator twice in one zip
    g = gen("d", 6)
    for a, b in zip(g, g):
        print("twice", a, b)
    log.clear()

    # a generator resuming itself through the zip
    def selfref():
        yield 1
        yield next(zz)
    zz = zip(selfref(), gen("h", 3))
    try:
        for p in zz:
            print("self", p)
    except ValueError as e:
        print("ValueError", e)

main()
